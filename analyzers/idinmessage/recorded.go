package idinmessage

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
)

// A recField is a field that an event records besides its message.
type recField struct {
	key   string   // its constant key; "" when not a constant
	value ast.Expr // the value as written
	// outside: the field is written outside the call (in a slice the
	// call spreads, or in a With call that made its logger variable).
	outside bool
}

// recorded returns the fields that the call at cur records besides its
// message, by the source text of their values: its own field arguments;
// those inside its options, for a style whose fields travel in one
// (tracer.Start(ctx, name, trace.WithAttributes(...))); those of a slice
// it or an option spreads (slog.Info(msg, attrs...)), a local variable
// built in the function ([]any{"id", id}, then appended to);
// those of the With calls of its receiver chain (logger.With(...).Info),
// and of a local logger variable made by With calls (l :=
// logger.With("id", id); l.Info(...)). A field that only some paths to
// the call add (an append or a With in a branch) is not counted.
func (c *checker) recorded(cur inspector.Cursor, call *ast.CallExpr, api *apis.API) map[string]recField {
	out := make(map[string]recField)
	var add func(style *apis.Style, args []ast.Expr, outside bool)
	add = func(style *apis.Style, args []ast.Expr, outside bool) {
		if style != nil && style.Option != nil {
			// The fields travel inside options
			// (trace.WithAttributes(kvs...)): those of each option.
			for _, arg := range args {
				opt := style.OptionCall(c.pass.TypesInfo, arg)
				if opt == nil {
					continue
				}
				oargs := opt.Args
				if opt.Ellipsis.IsValid() && len(oargs) > 0 {
					for _, es := range c.sliceElems(cur, oargs[len(oargs)-1]) {
						add(nil, es, true)
					}
					oargs = oargs[:len(oargs)-1]
				}
				add(nil, oargs, outside)
			}
			return
		}
		for _, f := range c.fieldsOf(style, args) {
			f.outside = outside
			if _, dup := out[c.source(f.value)]; !dup {
				out[c.source(f.value)] = f
			}
		}
	}
	if api.Fields >= 0 && api.Fields <= len(call.Args) {
		args := call.Args[api.Fields:]
		if call.Ellipsis.IsValid() && len(args) > 0 {
			spread := args[len(args)-1]
			args = args[:len(args)-1]
			for _, es := range c.sliceElems(cur, spread) {
				add(api.Style, es, true)
			}
		}
		add(api.Style, args, false)
		add(api.Style, api.LeadArgs(call), false) // go-kit's pairs before "msg"
	}
	for _, w := range c.withCalls(cur, call, 0, nil) {
		if a := apis.Lookup(c.pass.TypesInfo, w.call); a != nil && a.Role == apis.FieldCtor {
			add(nil, []ast.Expr{w.call}, w.outside) // a field method of a chain
		} else if a != nil {
			add(a.Style, a.FieldArgs(w.call), w.outside)
		}
	}
	return out
}

// fieldsOf returns the fields that args (field arguments in style)
// write: key-value pairs and whole fields of a KV style, constructor
// calls of the table, or other values (of unknown key).
func (c *checker) fieldsOf(style *apis.Style, args []ast.Expr) []recField {
	info := c.pass.TypesInfo
	var out []recField
	whole := func(arg ast.Expr) {
		if ctor, ok := ast.Unparen(arg).(*ast.CallExpr); ok {
			if a := apis.Lookup(info, ctor); a != nil && a.Role == apis.FieldCtor {
				if v := apis.Arg(ctor, a.Value); v != nil {
					k, _ := apis.CtorKey(info, ctor)
					out = append(out, recField{key: k, value: v})
				}
				return
			}
		}
		if info.Types[arg].Value == nil {
			out = append(out, recField{value: arg})
		}
	}
	if style != nil && style.Pairing == apis.KV {
		kv := &apis.API{Fields: 0, Style: style}
		ps, _ := kv.Pairs(info, &ast.CallExpr{Args: args})
		for _, p := range ps {
			if p.Field != nil {
				whole(p.Field)
				continue
			}
			k, _ := apis.ConstString(info, p.Key)
			out = append(out, recField{key: k, value: p.Value})
		}
		return out
	}
	for _, arg := range args {
		if ps, ok := style.MapPairs(info, arg); ok {
			for _, p := range ps {
				k, _ := apis.ConstString(info, p.Key)
				out = append(out, recField{key: k, value: p.Value})
			}
			continue
		}
		whole(arg)
	}
	return out
}

// A withCall is a With call whose fields an event records.
type withCall struct {
	call    *ast.CallExpr
	outside bool
}

// withCalls returns the With calls of call's receiver chain and, where
// the chain starts at a local logger variable, those that made it.
func (c *checker) withCalls(cur inspector.Cursor, call *ast.CallExpr, depth int, self *types.Var) []withCall {
	var out []withCall
	info := c.pass.TypesInfo
	e := ast.Expr(call)
	for {
		var x ast.Expr
		switch ce := ast.Unparen(e).(type) {
		case *ast.CallExpr:
			if a := apis.Lookup(info, ce); a != nil && (a.Role == apis.With || a.Role == apis.FieldCtor && a.Style.Pairing == apis.Chain) {
				out = append(out, withCall{call: ce, outside: depth > 0})
			}
			sel, ok := ast.Unparen(ce.Fun).(*ast.SelectorExpr)
			if !ok {
				return out
			}
			x = sel.X
		case *ast.Ident:
			if depth >= 3 {
				return out
			}
			v, ok := info.Uses[ce].(*types.Var)
			if !ok || v.Kind() != types.LocalVar || v == self {
				return out // l = l.With(...): l's own fields are counted once
			}
			for _, rhs := range c.everyPath(cur, v) {
				if rc, ok := ast.Unparen(rhs).(*ast.CallExpr); ok {
					out = append(out, c.withCalls(cur, rc, depth+1, v)...)
				}
			}
			return out
		default:
			return out
		}
		e = x
	}
}

// sliceElems returns the element lists that make the slice spread, a
// local variable, at the call at cur: the composite literal that made
// it, and the elements appended to it on every path (see everyPath).
func (c *checker) sliceElems(cur inspector.Cursor, spread ast.Expr) [][]ast.Expr {
	id, ok := ast.Unparen(spread).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Kind() != types.LocalVar {
		return nil
	}
	var out [][]ast.Expr
	for _, rhs := range c.everyPath(cur, v) {
		switch rhs := ast.Unparen(rhs).(type) {
		case *ast.CompositeLit:
			out = append(out, rhs.Elts)
		case *ast.CallExpr:
			if !rhs.Ellipsis.IsValid() && len(rhs.Args) > 0 && c.isBuiltin(rhs.Fun, "append") && c.isVar(rhs.Args[0], v) {
				out = append(out, rhs.Args[1:])
			}
		}
	}
	return out
}

func (c *checker) isVar(e ast.Expr, v *types.Var) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && c.pass.TypesInfo.Uses[id] == v
}

func (c *checker) isBuiltin(fun ast.Expr, name string) bool {
	id, ok := ast.Unparen(fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := c.pass.TypesInfo.Uses[id].(*types.Builtin)
	return ok && b.Name() == name
}

// everyPath returns the values assigned to v, a local variable, that
// every path to the call at cur records: v must be assigned once
// afresh (l := logger.With(...), attrs := []any{...}) and otherwise only
// from itself (l = l.With(...), attrs = append(attrs, ...)); the
// assignments from itself count when they sit in the block of the call,
// before it (in a branch, only some paths take them). It returns nil
// when v is assigned in any other way, or inside a function literal, or
// has its address taken.
func (c *checker) everyPath(cur inspector.Cursor, v *types.Var) []ast.Expr {
	fnCur, fn := c.declaringFunc(cur, v)
	if fn == nil {
		return nil
	}
	as := c.funcInfo(fn).assigns[v]
	var block inspector.Cursor
	for b := range cur.Enclosing((*ast.BlockStmt)(nil)) {
		block = b
		break
	}
	fresh := false
	var out []ast.Expr
	for _, a := range as {
		if a.unknown || a.nested || a.add {
			return nil
		}
		if a.zero || !c.mentions(a.rhs, v) {
			if fresh {
				return nil // assigned afresh twice
			}
			fresh = true
			if !a.zero {
				out = append(out, a.rhs)
			}
			continue
		}
		if a.stmt == nil || a.stmt.Pos() >= cur.Node().Pos() || !block.Valid() {
			continue
		}
		if sc, ok := fnCur.FindNode(a.stmt); ok && sc.Parent() == block {
			out = append(out, a.rhs)
		}
	}
	if !fresh {
		return nil
	}
	return out
}

// declaringFunc returns the innermost function around cur whose body
// declares v.
func (c *checker) declaringFunc(cur inspector.Cursor, v *types.Var) (inspector.Cursor, ast.Node) {
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var body *ast.BlockStmt
		switch n := fc.Node().(type) {
		case *ast.FuncDecl:
			body = n.Body
		case *ast.FuncLit:
			body = n.Body
		}
		if body != nil && body.Pos() <= v.Pos() && v.Pos() < body.End() {
			return fc, fc.Node()
		}
	}
	return inspector.Cursor{}, nil
}

// recordedKeys returns the keys of fields, for a new key to avoid them.
func recordedKeys(fields map[string]recField) []string {
	var ks []string
	for _, f := range fields {
		if f.key != "" {
			ks = append(ks, f.key)
		}
	}
	return ks
}

// recordedAs returns the field of m's call that already records the
// value of p, if any: the same expression, without effects.
func (c *checker) recordedAs(m *message, p part) (recField, bool) {
	if p.value == nil || !c.pure(p.value) {
		return recField{}, false
	}
	f, ok := m.recorded[c.source(p.field)]
	return f, ok
}
