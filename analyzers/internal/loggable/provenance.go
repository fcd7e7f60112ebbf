package loggable

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
)

// Unbounded returns the call that the bytes of e come from when they
// hold an unbounded payload, or nil when they do not or nothing says so.
// fn is the function holding e (the outermost declaration or literal,
// where every assignment to a local it can see is; nil when unknown).
// Info must record Types, Uses and Defs.
//
// The bytes of e hold a payload when e is, after parentheses:
//
//   - a call of a payload source of the API table ([apis.SourceFor]:
//     io.ReadAll, os.ReadFile, (*bytes.Buffer).Bytes, httputil's dumps,
//     and every function or method named Marshal or MarshalIndent that
//     returns ([]byte, error)), except a read through a limiting reader
//     (io.LimitReader, http.MaxBytesReader, an *io.LimitedReader: given
//     as the argument or held by a local, or a local's field, that fn
//     assigns one) and a file read by a constant name (a file the
//     program knows, such as /etc/os-release);
//   - a conversion between byte slice types (json.RawMessage(b)), or an
//     append whose first or spread argument holds one;
//   - a slice b[i:j] of one, unless j (or the capacity bound) is a
//     constant or a min(...) with a constant argument: a fixed-size
//     prefix is bounded;
//   - a local variable, or a field of a local (r.Body), that fn assigns
//     a payload anywhere (bytes, err := io.ReadAll(r) counts for bytes),
//     unless fn also assigns it a bounded slice anywhere (the function
//     truncates it: if len(b) > 512 { b = b[:512] }).
//
// Everything else is of unknown origin and not a payload: a parameter
// that fn never assigns, a field of a parameter or of anything else, a
// package-level variable, the result of any other call, a buffer made
// in fn (make([]byte, n)), a stack trace (see [HoldsStackTrace]).
// Provenance stops at fn: what a caller passes is not followed.
func Unbounded(info *types.Info, fn ast.Node, e ast.Expr) *ast.CallExpr {
	return (&flow{info: info, fn: fn}).unbounded(e)
}

// A loc is a variable, or a field of a variable (field non-nil): a place
// that assignments in a function give values to.
type loc struct {
	v, field *types.Var
}

// flow holds the assignments of one function, collected on first use.
type flow struct {
	info     *types.Info
	fn       ast.Node
	assigned map[loc][]ast.Expr // nil until collected
	seen     map[loc]bool       // locs being followed, against cycles
}

// locOf returns the place e denotes: a local variable, or a field of
// one (x.f). ok is false for anything else.
func (fl *flow) locOf(e ast.Expr) (loc, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v := localVar(fl.info, e); v != nil {
			return loc{v: v}, true
		}
	case *ast.SelectorExpr:
		v := localVar(fl.info, ast.Unparen(e.X))
		sel, ok := fl.info.Selections[e]
		if v != nil && ok && sel.Kind() == types.FieldVal && len(sel.Index()) == 1 {
			if f, ok := sel.Obj().(*types.Var); ok {
				return loc{v: v, field: f}, true
			}
		}
	}
	return loc{}, false
}

// values returns every value fn assigns to l, in source order. Of a
// tuple assignment (b, err := f()), the first place gets the call and
// the others nothing: a source's bytes are its first result.
func (fl *flow) values(l loc) []ast.Expr {
	if fl.fn == nil {
		return nil
	}
	if fl.assigned == nil {
		fl.assigned = make(map[loc][]ast.Expr)
		add := func(lhs, rhs ast.Expr) {
			if l, ok := fl.locOf(lhs); ok {
				fl.assigned[l] = append(fl.assigned[l], ast.Unparen(rhs))
			}
		}
		ast.Inspect(fl.fn, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						add(n.Lhs[i], n.Rhs[i])
					}
				} else if len(n.Rhs) == 1 && len(n.Lhs) > 0 {
					add(n.Lhs[0], n.Rhs[0])
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i := range n.Names {
						add(n.Names[i], n.Values[i])
					}
				} else if len(n.Values) == 1 && len(n.Names) > 0 {
					add(n.Names[0], n.Values[0])
				}
			}
			return true
		})
	}
	return fl.assigned[l]
}

// follow reports whether some value assigned to the place e denotes
// satisfies f, each place followed once.
func (fl *flow) follow(e ast.Expr, f func(ast.Expr) bool) bool {
	l, ok := fl.locOf(e)
	if !ok || fl.seen[l] {
		return false
	}
	if fl.seen == nil {
		fl.seen = make(map[loc]bool)
	}
	fl.seen[l] = true
	defer delete(fl.seen, l)
	for _, rhs := range fl.values(l) {
		if f(rhs) {
			return true
		}
	}
	return false
}

func (fl *flow) unbounded(e ast.Expr) *ast.CallExpr {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		return fl.unboundedCall(e)
	case *ast.SliceExpr:
		if fl.bounded(e) {
			return nil
		}
		return fl.unbounded(e.X)
	case *ast.Ident, *ast.SelectorExpr:
		if _, ok := fl.locOf(e); !ok {
			return nil
		}
		if fl.follow(e, func(rhs ast.Expr) bool { s, ok := rhs.(*ast.SliceExpr); return ok && fl.bounded(s) }) {
			return nil // truncated somewhere in fn
		}
		var src *ast.CallExpr
		fl.follow(e, func(rhs ast.Expr) bool {
			src = fl.unbounded(rhs)
			return src != nil
		})
		return src
	}
	return nil
}

func (fl *flow) unboundedCall(call *ast.CallExpr) *ast.CallExpr {
	if tv, ok := fl.info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 && isByteSlice(tv.Type) {
			return fl.unbounded(call.Args[0]) // json.RawMessage(b)
		}
		return nil
	}
	switch callee := typeutil.Callee(fl.info, call).(type) {
	case *types.Builtin:
		if callee.Name() == "append" && len(call.Args) > 0 {
			if src := fl.unbounded(call.Args[0]); src != nil {
				return src
			}
			if call.Ellipsis.IsValid() {
				return fl.unbounded(call.Args[len(call.Args)-1])
			}
		}
	case *types.Func:
		src := apis.SourceFor(callee)
		if src == nil || !isByteSlice(fl.info.TypeOf(call)) && !firstResultBytes(callee) {
			return nil
		}
		if arg := apis.Arg(call, src.File); arg != nil && isConst(fl.info, arg) {
			return nil // a file the program knows
		}
		if arg := apis.Arg(call, src.Reader); arg != nil && fl.limited(arg) {
			return nil
		}
		if arg := apis.Arg(call, src.Doc); arg != nil && boundedRecord(fl.info.TypeOf(arg)) {
			return nil // the document of a small record
		}
		return call
	}
	return nil
}

// boundedRecord reports whether t (or the struct t points to) is a
// struct whose fields are all scalars (booleans, numbers, strings,
// time.Time and time.Duration) or structs of the same kind: its encoding
// has a fixed shape and no collection that can grow with the data.
func boundedRecord(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	s, ok := t.Underlying().(*types.Struct)
	return ok && s.NumFields() > 0 && scalarFields(s, 0)
}

func scalarFields(s *types.Struct, depth int) bool {
	if depth > 3 {
		return false
	}
	for i := range s.NumFields() {
		ft := s.Field(i).Type()
		if n, ok := types.Unalias(ft).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "time" && (n.Obj().Name() == "Time" || n.Obj().Name() == "Duration") {
			continue
		}
		switch u := ft.Underlying().(type) {
		case *types.Basic:
			if u.Info()&(types.IsBoolean|types.IsNumeric|types.IsString) == 0 {
				return false
			}
		case *types.Struct:
			if !scalarFields(u, depth+1) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// limited reports whether the reader r passes on a bounded number of
// bytes: a call of a limiter, an *io.LimitedReader, or a place that fn
// assigns one of those.
func (fl *flow) limited(r ast.Expr) bool {
	r = ast.Unparen(r)
	if t := fl.info.TypeOf(r); t != nil {
		if elem, ok := Pointee(t); ok && apis.LimitedReader.Is(elem) {
			return true
		}
	}
	if call, ok := r.(*ast.CallExpr); ok {
		fn, _ := typeutil.Callee(fl.info, call).(*types.Func)
		return apis.LimiterFor(fn) != nil
	}
	if u, ok := r.(*ast.UnaryExpr); ok && u.Op == token.AND {
		return fl.limited(u.X)
	}
	return fl.follow(r, fl.limited)
}

// bounded reports whether the slice s has a fixed size bound: its high
// or max index is a constant, or a min(...) with a constant argument.
func (fl *flow) bounded(s *ast.SliceExpr) bool {
	for _, x := range []ast.Expr{s.High, s.Max} {
		if x == nil {
			continue
		}
		if isConst(fl.info, x) {
			return true
		}
		if call, ok := ast.Unparen(x).(*ast.CallExpr); ok {
			if b, ok := typeutil.Callee(fl.info, call).(*types.Builtin); ok && b.Name() == "min" {
				for _, a := range call.Args {
					if isConst(fl.info, a) {
						return true
					}
				}
			}
		}
	}
	return false
}

func isConst(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil
}

func isByteSlice(t types.Type) bool {
	if t == nil {
		return false
	}
	s, ok := t.Underlying().(*types.Slice)
	return ok && isByte(s.Elem())
}

// firstResultBytes reports whether fn's first result is a byte slice
// (the call's own type is a tuple).
func firstResultBytes(fn *types.Func) bool {
	res := fn.Signature().Results()
	return res.Len() > 0 && isByteSlice(res.At(0).Type())
}
