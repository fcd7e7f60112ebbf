package apis

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// A Pair is one field among the arguments of a call in a KV style: a
// key and its value, or a single whole field (an slog.Attr).
type Pair struct {
	Index      int // index of the first argument in call.Args
	Key, Value ast.Expr
	Field      ast.Expr
}

// Pairs splits the field arguments of call, a call of a, into fields the
// way a KV library does. It stops at an argument whose static type is
// an interface (it may be a key or a field: the pairing is unknown from
// there on); complete is false then. A lone key at the end (slog's
// !BADKEY) is not paired, and makes complete false too. A non-string
// argument where a key is due is skipped.
func (a *API) Pairs(info *types.Info, call *ast.CallExpr) (ps []Pair, complete bool) {
	args := a.FieldArgs(call)
	if args == nil {
		return nil, a.Fields >= 0 && !call.Ellipsis.IsValid() && a.Fields == len(call.Args)
	}
	for i := 0; i < len(args); {
		t := info.TypeOf(args[i])
		switch {
		case t == nil || t == types.Typ[types.Invalid]:
			return ps, false // no type: the pairing is unknown from here on
		case a.Style.IsField(t):
			ps = append(ps, Pair{Index: a.Fields + i, Field: args[i]})
			i++
		case isString(t):
			if i+1 == len(args) {
				return ps, false // a key without a value: !BADKEY
			}
			ps = append(ps, Pair{Index: a.Fields + i, Key: args[i], Value: args[i+1]})
			i += 2
		case types.IsInterface(t):
			return ps, false
		default:
			i++
		}
	}
	return ps, true
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// FieldKeys returns the constant keys of the fields that call passes
// to a, in order (a constructor's FixedKey included; a key that is not
// a constant is left out; for a style whose fields travel inside an
// option, those of the option calls among the arguments), and whether fields can be appended to the
// call: not when it spreads a slice (f(msg, fields...)), nor when a KV
// list does not pair up to its end (a key without a value, or an
// argument that may be a key or a field).
func (a *API) FieldKeys(info *types.Info, call *ast.CallExpr) (keys []string, appendable bool) {
	if a.Style != nil && a.Style.Pairing == Chain {
		return a.Style.ChainKeys(info, call, a.Style.Chain(info, call)), true
	}
	if a.lead != nil {
		// A message that is a pair (go-kit's "msg"): every key of the
		// call, before the message, its own and after it.
		return a.lead.FieldKeys(info, call)
	}
	if a.Fields < 0 || call.Ellipsis.IsValid() || a.Fields > len(call.Args) {
		return nil, false
	}
	add := func(k string, ok bool) {
		if ok {
			keys = append(keys, k)
		}
	}
	if a.Style == nil || a.Style.Pairing != KV {
		for _, arg := range a.Style.Unwrap(info, call.Args[a.Fields:]) {
			add(CtorKey(info, arg))
		}
		return keys, true
	}
	ps, complete := a.Pairs(info, call)
	for _, p := range ps {
		if p.Field != nil {
			add(CtorKey(info, p.Field))
		} else {
			add(ConstString(info, p.Key))
		}
	}
	return keys, complete
}

// Chain returns the calls of the field methods of style s (its
// constructors, and its Map method) in the chain of calls that ends in
// call, nearest first: log.Info().Str("a", a).Int("n", n).Msg(m) has
// Int then Str. It stops at the first call that is not one (log.Info()),
// or at an expression that is not a call (a variable holding an event).
// Call itself is not included; links without fields (logrus's
// WithContext, zerolog's Event.Ctx) are passed through.
func (s *Style) Chain(info *types.Info, call *ast.CallExpr) []*ast.CallExpr {
	var out []*ast.CallExpr
	for c := call; ; {
		sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok {
			return out
		}
		link, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok {
			return out
		}
		r := Lookup(info, link)
		if r != nil && r.Role == With && r.Style == nil {
			c = link // a link without fields (WithContext, Event.Ctx)
			continue
		}
		if r == nil || r.Style != s || (r.Role != FieldCtor && !r.IsMap()) {
			return out
		}
		out = append(out, link)
		c = link
	}
}

// ChainKeys returns the constant keys of the fields of call, when it
// is a field method of s, and of links, the chain that ends in call
// (see [Style.Chain]), nearest first.
func (s *Style) ChainKeys(info *types.Info, call *ast.CallExpr, links []*ast.CallExpr) []string {
	var keys []string
	for _, link := range append([]*ast.CallExpr{call}, links...) {
		if k, ok := CtorKey(info, link); ok {
			keys = append(keys, k)
			continue
		}
		if r := Lookup(info, link); r != nil && r.IsMap() && len(link.Args) == 1 {
			keys = append(keys, s.MapKeys(info, link.Args[0])...)
		}
	}
	return keys
}

// IsMap reports whether a is the Map method of its Chain style
// (logrus's WithFields).
func (a *API) IsMap() bool {
	return a.Role == With && a.Style != nil && a.Style.Map != nil && a.Name == a.Style.Map.Method
}

// MapKeys returns the constant keys of e, a composite literal of the
// style's Map type, in order; nil for any other e.
func (s *Style) MapKeys(info *types.Info, e ast.Expr) []string {
	ps, _ := s.MapPairs(info, e)
	var keys []string
	for _, p := range ps {
		if k, ok := ConstString(info, p.Key); ok {
			keys = append(keys, k)
		}
	}
	return keys
}

// MapPairs returns the entries of e, a composite literal of the style's
// Map type (logrus.Fields{"id": id}), as key-value pairs, and whether e
// is one.
func (s *Style) MapPairs(info *types.Info, e ast.Expr) (ps []Pair, ok bool) {
	lit := s.MapLit(info, e)
	if lit == nil {
		return nil, false
	}
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			ps = append(ps, Pair{Index: i, Key: kv.Key, Value: kv.Value})
		}
	}
	return ps, true
}

// OptionCall returns e as a call of the style's Option function
// (trace.WithAttributes(...)), or nil when e is not one or the style
// has no option. The function is recognised by its identity.
func (s *Style) OptionCall(info *types.Info, e ast.Expr) *ast.CallExpr {
	if s == nil || s.Option == nil {
		return nil
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || fn.Signature().Recv() != nil || fn.Pkg().Path() != s.Option.Pkg || fn.Name() != s.Option.Name {
		return nil
	}
	return call
}

// Unwrap returns the fields among args, field arguments of a call in
// style s: args themselves, or, for a style whose fields travel inside
// an option, the arguments of the option calls among them (but a slice
// an option spreads, whose fields are not visible one by one).
func (s *Style) Unwrap(info *types.Info, args []ast.Expr) []ast.Expr {
	if s == nil || s.Option == nil {
		return args
	}
	var out []ast.Expr
	for _, arg := range args {
		if opt := s.OptionCall(info, arg); opt != nil {
			oargs := opt.Args
			if opt.Ellipsis.IsValid() && len(oargs) > 0 {
				oargs = oargs[:len(oargs)-1]
			}
			out = append(out, oargs...)
		}
	}
	return out
}

// CtorKey returns the constant key of e, a call of a field constructor
// of the table.
func CtorKey(info *types.Info, e ast.Expr) (string, bool) {
	c, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return "", false
	}
	r := Lookup(info, c)
	if r == nil || r.Role != FieldCtor {
		return "", false
	}
	if r.FixedKey != "" {
		return r.FixedKey, true
	}
	return ConstString(info, Arg(c, r.Key))
}

// IsError reports whether t is error or a type that implements it (a
// *CmdError): a value that an error field records.
func IsError(t types.Type) bool { return t != nil && types.Implements(t, errorIface) }

var errorIface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// ConstString returns the value of e if it is a constant string.
func ConstString(info *types.Info, e ast.Expr) (string, bool) {
	if e == nil {
		return "", false
	}
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value), true
	}
	return "", false
}
