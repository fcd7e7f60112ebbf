package idinmessage

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
	"github.com/tracelint/tracelint/analyzers/internal/format"
	"golang.org/x/tools/go/ast/inspector"
)

// A message is a message (or span name) argument taken apart into
// constant text and the values formatted into it.
type message struct {
	parts []part
	noFix bool // the rewrite could change what runs or is printed

	// For a message held in a local variable: the statement declaring
	// it, which the fix deletes, and the expression that builds it.
	decl ast.Stmt
	next ast.Stmt // the statement of the call, right after the declaration
	// copied: the local is used again after the call, so the fix keeps
	// its declaration and evaluates the values again in the call.
	copied bool
	source ast.Expr
	builds []ast.Expr // for a local: every assignment that builds the value reaching the call
	local  *types.Var

	// recorded are the fields that the call records besides the
	// message, by the source of their values (see checker.recorded).
	recorded map[string]recField

	call *ast.CallExpr
	api  *apis.API
	args []ast.Expr // the message argument of call, or a Sprint-style or printf-style event's arguments
	file *ast.File
}

// A part is constant text (value == nil) or one value of a message.
type part struct {
	text string
	hole bool // a directive without an operand (%!d(MISSING))

	// variant: text that takes one of a few forms at this call (a local
	// variable holding one of a few constants, see constLocal; a kind
	// name; a type printed with %T). Not a value to record: a fix keeps
	// it in the message (kept is then set), or, where it cannot write it
	// as the message printed it, has no fix.
	variant bool

	// kept: text that is the same at every run but that the analyzer
	// does not know (a call of a function of the package that only
	// combines its constant arguments, docURL("config")), or a
	// component's name prefix (see componentPrefix). Not a value to
	// record: the fix keeps the expression in the message, followed by
	// sep (": ").
	kept ast.Expr
	sep  string

	// keptVerb, when set, is the directive that formats kept as the
	// message did ("%T", "%q", "%v" for Sprint's default), for a kept
	// value that is not a string printed as itself: the fix keeps the
	// message a call of keptFun's package's Sprintf with that directive.
	keptVerb string
	keptFun  ast.Expr

	// value is the operand as written (err.Error(), strconv.Itoa(n));
	// field is the expression the new field records (err, n).
	value, field ast.Expr

	// keep, when set, is a call that formats value as the message did
	// (fmt.Sprintf("%x", d)): the field records its result, a string,
	// because the verb's output differs from the value's own rendering.
	keep *keepFormat
}

type keepFormat struct {
	fun  ast.Expr // fmt.Sprintf or fmt.Sprint, as written; nil in a Sprint-style or printf-style event (the fix imports fmt)
	verb string   // the directive ("%x"), or "" for Sprint
}

// message takes apart the message argument arg of the call at cur. It
// returns nil if the message is not built from values.
func (c *checker) message(cur inspector.Cursor, arg ast.Expr) *message {
	if id, ok := ast.Unparen(arg).(*ast.Ident); ok {
		return c.local(cur, id)
	}
	ps, built, ok := c.decompose(arg)
	ps = c.componentPrefix(ps)
	if !built || !hasValue(ps) {
		return nil
	}
	return &message{parts: ps, noFix: !ok || hasVariant(ps), source: arg}
}

// hasValue reports whether ps holds a value (not only text).
func hasValue(ps []part) bool {
	for _, p := range ps {
		if p.value != nil {
			return true
		}
	}
	return false
}

// hasVariant reports whether ps holds text that takes one of a few
// forms (a local variable that is one of a few constants, a kind name)
// that a fix cannot keep in the message as it was printed.
func hasVariant(ps []part) bool {
	for _, p := range ps {
		if p.variant && p.kept == nil {
			return true
		}
	}
	return false
}

// decompose takes a message expression apart. built reports whether e
// is one of the ways of building a message from values (a Sprint call,
// a concatenation, a strconv conversion, an Error call) with at least one
// non-constant value; ok is false when a fix cannot rebuild it exactly.
// Any other expression is a single opaque value.
func (c *checker) decompose(e ast.Expr) (ps []part, built, ok bool) {
	e = ast.Unparen(e)
	info := c.pass.TypesInfo
	tv := info.Types[e]
	if tv.Value != nil {
		return []part{{text: constText(tv.Value)}}, false, true
	}
	if c.kindName(e) {
		return []part{{variant: true, kept: e}}, false, true
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if e.Op == token.ADD && isString(tv.Type) {
			xs, _, xok := c.decompose(e.X)
			ys, _, yok := c.decompose(e.Y)
			ps = append(xs, ys...)
			return ps, hasValue(ps), xok && yok
		}
	case *ast.CallExpr:
		if c.constCall(e) {
			return []part{{kept: e}}, false, true
		}
		if fn := calleeFunc(info, e); fn != nil && fn.Pkg() != nil && fn.Signature().Recv() == nil {
			switch fn.Pkg().Path() {
			case "fmt":
				switch fn.Name() {
				case "Sprintf":
					return c.sprintf(e)
				case "Sprint", "Sprintln":
					return c.sprint(e, fn.Name() == "Sprintln")
				}
			case "strconv":
				return c.strconv(e, fn)
			}
		}
		if x, ok := errorCall(info, e); ok {
			if id, isID := ast.Unparen(x).(*ast.Ident); isID && c.constError(id) || c.constGlobal(x) {
				return []part{{variant: true, kept: e}}, false, true
			}
			return []part{{value: e, field: x}}, true, true
		}
		if c.constGlobal(e) {
			return []part{{variant: true, kept: e}}, false, true
		}
	case *ast.Ident:
		if c.constLocal(e) || c.constGlobal(e) || c.constParam(e) {
			return []part{{variant: true, kept: e}}, false, true
		}
	case *ast.SelectorExpr:
		if c.constGlobal(e) {
			return []part{{variant: true, kept: e}}, false, true
		}
	}
	return []part{{value: e, field: e}}, false, true
}

// opaque is an expression that decompose does not take apart.
func opaque(e ast.Expr) ([]part, bool, bool) {
	return []part{{value: e, field: e}}, false, true
}

// sprintf takes fmt.Sprintf(format, operands...) apart along the
// directives of its constant format.
func (c *checker) sprintf(call *ast.CallExpr) ([]part, bool, bool) {
	if len(call.Args) == 0 {
		return opaque(call)
	}
	return c.formatParts(call, call.Fun, call.Args)
}

// printfMessage takes apart the message of a printf-style event
// (sugar.Infof("user %d logged in", id)): its format and operands args,
// formatted as fmt.Sprintf formats them. A format that is not constant
// is a message of its own when nothing is formatted into it
// (sugar.Infof(msg)); with operands, it is a printf-style wrapper's,
// whose callers are the ones to report. It returns nil if no value is
// formatted into the message.
func (c *checker) printfMessage(cur inspector.Cursor, call *ast.CallExpr, args []ast.Expr) *message {
	if c.pass.TypesInfo.Types[args[0]].Value == nil {
		if len(args) > 1 {
			return nil
		}
		return c.message(cur, args[0])
	}
	if v := c.pass.TypesInfo.Types[args[0]].Value; len(args) == 2 && v.Kind() == constant.String &&
		loneVerb(constant.StringVal(v)) && c.message(cur, args[1]) == nil {
		// logger.Fatalf("%v", err), logger.Printf("%s", dump): a value
		// alone, as in the Sprint-style logger.Fatal(err).
		return nil
	}
	ps, built, ok := c.formatParts(call, nil, args)
	ps = c.componentPrefix(ps)
	if !built || !hasValue(ps) {
		return nil
	}
	return &message{parts: ps, noFix: !ok || hasVariant(ps), source: args[0]}
}

// loneVerb reports whether the format f formats one operand and nothing
// else but spaces and newlines ("%v", "%s\n").
func loneVerb(f string) bool {
	ds := format.Parse(f)
	if len(ds) != 1 || ds[0].Literal() || !ds[0].Valid() || ds[0].Indexed || ds[0].WidthStar || ds[0].PrecStar {
		return false
	}
	return strings.TrimSpace(f[:ds[0].Pos]+f[ds[0].End:]) == ""
}

// formatParts takes apart a format and its operands, args, of call: a
// call of fmt.Sprintf (fun, as written) or, when fun is nil, a
// printf-style event.
func (c *checker) formatParts(call *ast.CallExpr, fun ast.Expr, args []ast.Expr) ([]part, bool, bool) {
	info := c.pass.TypesInfo
	ftv := info.Types[args[0]]
	if ftv.Value == nil || ftv.Value.Kind() != constant.String {
		// A format that is not constant: a printf-style wrapper,
		// whose callers are the ones to report.
		return opaque(call)
	}
	operands := args[1:]
	if call.Ellipsis.IsValid() {
		// Sprintf(format, args...): the values are not visible.
		if len(operands) == 0 {
			return opaque(call)
		}
		spread := operands[len(operands)-1]
		if fun == nil && len(operands) == 1 && isParam(info, spread) {
			// sugar.Infof("[db] "+..., args...) of the function's
			// own parameter: a printf-style wrapper.
			return opaque(call)
		}
		return []part{{value: spread, field: spread}}, true, false
	}
	f := constant.StringVal(ftv.Value)
	ds := format.Parse(f)
	ok := format.Operands(ds) == len(operands)
	var ps []part
	last := 0
	for i := range ds {
		d := &ds[i]
		ps = append(ps, part{text: f[last:d.Pos]})
		last = d.End
		if d.Literal() {
			ps = append(ps, part{text: "%"})
			continue
		}
		if d.Indexed || d.WidthStar || d.PrecStar || d.BadIndex || !d.Valid() {
			ok = false
		}
		for _, s := range d.Stars {
			// A width or precision taken from an operand: a value
			// of the message too (never rewritten: ok is false).
			if s < len(operands) && info.Types[operands[s]].Value == nil {
				ps = append(ps, part{value: operands[s], field: operands[s]})
			}
		}
		if d.Arg < 0 || d.Arg >= len(operands) {
			ok = false
			ps = append(ps, part{hole: true})
			continue
		}
		ps = append(ps, c.operand(operands[d.Arg], fun, d, f[d.Pos:d.End]))
	}
	ps = append(ps, part{text: f[last:]})
	return ps, hasValue(ps), ok
}

// sprint takes fmt.Sprint(operands...) or fmt.Sprintln apart.
func (c *checker) sprint(call *ast.CallExpr, ln bool) ([]part, bool, bool) {
	if call.Ellipsis.IsValid() {
		spread := call.Args[len(call.Args)-1]
		if len(call.Args) == 1 && isParam(c.pass.TypesInfo, spread) {
			// fmt.Sprint(args...) of the function's own parameter: an
			// adapter (a Println-style logger over a structured one),
			// whose callers' values these are.
			return opaque(call)
		}
		return []part{{value: spread, field: spread}}, true, false
	}
	ps, ok := c.sprintParts(call.Args, call.Fun, ln)
	return ps, hasValue(ps), ok
}

// sprintMessage takes apart the message of a Sprint-style event
// (sugar.Info("user ", id, " logged in")): its arguments args, joined
// as fmt.Sprint joins them. It returns nil if no value is formatted
// into it.
func (c *checker) sprintMessage(args []ast.Expr) *message {
	ps, ok := c.sprintParts(args, nil, false)
	ps = c.componentPrefix(ps)
	if !hasValue(ps) {
		return nil
	}
	return &message{parts: ps, noFix: !ok || hasVariant(ps), source: args[0]}
}

// sprintParts takes apart the operands of fmt.Sprint (fun, as written)
// or fmt.Sprintln (ln), or, when fun is nil, the arguments of a
// Sprint-style event, whose string operands are taken apart as messages
// are (they print as themselves). ok is false when a fix cannot rebuild
// the text exactly: where Sprint puts its spaces depends on the dynamic
// type of an operand of interface type, or an operand of the event
// prints as no field would.
func (c *checker) sprintParts(args []ast.Expr, fun ast.Expr, ln bool) (ps []part, ok bool) {
	info := c.pass.TypesInfo
	ok = true
	for i, arg := range args {
		if i > 0 {
			space, known := sprintSpace(info.TypeOf(args[i-1]), info.TypeOf(arg), ln)
			ok = ok && known
			if space {
				ps = append(ps, part{text: " "})
			} else if fun == nil && gluesWords(info, args[i-1], arg) {
				// log.Error(err, "unable to create controller",
				// "controller", "ApplicationSet"): logr's pairs on a
				// Sprint-style event print as one word
				// ("controllercontrollerApplicationSet"); a fix would
				// write that into the message.
				ok = false
			}
		}
		if fun == nil && isString(info.TypeOf(arg)) {
			xs, _, xok := c.decompose(arg)
			ps, ok = append(ps, xs...), ok && xok
			continue
		}
		ps = append(ps, c.operand(arg, fun, nil, ""))
	}
	if ln {
		ps = append(ps, part{text: "\n"})
	}
	return ps, ok
}

// gluesWords reports whether a and b are constant strings that Sprint
// joins inside a word: a ends and b starts with a letter or a digit.
func gluesWords(info *types.Info, a, b ast.Expr) bool {
	x, xok := apis.ConstString(info, a)
	y, yok := apis.ConstString(info, b)
	if !xok || !yok || x == "" || y == "" {
		return false
	}
	l, _ := utf8.DecodeLastRuneInString(x)
	r, _ := utf8.DecodeRuneInString(y)
	return (unicode.IsLetter(l) || unicode.IsDigit(l)) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// sprintSpace reports whether fmt.Sprint puts a space between two
// operands of static types a and b (Sprintln always does): Sprint does
// when neither operand is a string. known is false when that depends on
// the dynamic type of an operand of interface type (or of unknown type),
// which may be a string or not.
func sprintSpace(a, b types.Type, ln bool) (space, known bool) {
	switch {
	case ln:
		return true, true
	case isString(a) || isString(b):
		return false, true
	case a == nil || b == nil || types.IsInterface(a) || types.IsInterface(b):
		return false, false
	}
	return true, true
}

// operand returns the part for one operand of a Sprint call formatted
// by directive d (nil for Sprint's default %v): constant text, the
// value, or the value formatted as the message formatted it.
func (c *checker) operand(arg, fun ast.Expr, d *format.Directive, verb string) part {
	info := c.pass.TypesInfo
	tv := info.Types[arg]
	if tv.Value != nil && (d == nil || d.Verb != 'T') {
		if selfFormatting(tv.Type) {
			// A constant of a type that formats itself
			// (rafthttp.DefaultConnReadTimeout, a time.Duration): a
			// fixed text, but not one this analyzer computes.
			return c.variant(arg, fun, d, verb)
		}
		if b, ok := tv.Type.Underlying().(*types.Basic); ok {
			if v := goValue(tv.Value, b); v != nil {
				if d == nil {
					return part{text: fmt.Sprint(v)}
				}
				return part{text: fmt.Sprintf(verb, v)}
			}
		}
	}
	if id, ok := ast.Unparen(arg).(*ast.Ident); ok && (c.constLocal(id) || c.constError(id) || c.constParam(id)) {
		return c.variant(arg, fun, d, verb)
	}
	if c.constGlobal(arg) {
		return c.variant(arg, fun, d, verb)
	}
	if c.constCall(arg) {
		if d == nil || d.Plain() && (d.Verb == 'v' || d.Verb == 's') {
			return part{kept: arg}
		}
		return c.variant(arg, fun, d, verb) // constant, but formatted by its directive
	}
	if d != nil && d.Verb == 'T' || c.kindName(arg) {
		// The name of a type: one of the program's few.
		return c.variant(arg, fun, d, verb)
	}
	field := arg
	if call, ok := ast.Unparen(arg).(*ast.CallExpr); ok {
		if x, ok := errorCall(info, call); ok {
			field = x
		} else if x := c.strconvValue(call); x != nil {
			field = x
		}
	}
	if !defaultRendering(d, tv.Type) {
		return part{value: arg, field: arg, keep: &keepFormat{fun: fun, verb: verb}}
	}
	return part{value: arg, field: field}
}

// variant returns the part for an operand arg of a Sprint call (fun, as
// written) whose text takes one of a few forms (see part.variant),
// formatted by directive d (nil: Sprint's default), written verb: kept
// as it is where it is a string printed as itself, kept with its
// directive where the call is fmt's, and otherwise a variant no fix
// writes.
func (c *checker) variant(arg, fun ast.Expr, d *format.Directive, verb string) part {
	t := c.pass.TypesInfo.TypeOf(arg)
	if _, hasMethods := methodful(t); isString(t) && !hasMethods && (d == nil || d.Plain() && (d.Verb == 'v' || d.Verb == 's')) {
		return part{variant: true, kept: arg}
	}
	if _, ok := ast.Unparen(fun).(*ast.SelectorExpr); !ok {
		return part{variant: true} // no fmt at hand (a Sprint-style event), or fmt dot-imported
	}
	if d == nil {
		verb = "%v"
	}
	return part{variant: true, kept: arg, keptFun: fun, keptVerb: verb}
}

// defaultRendering reports whether directive d (nil: Sprint's %v)
// prints a value of type t as the field that records it would: %v and
// %s for anything, %d for integers, %t for booleans, %g for floats (and
// %.2f, %e and the like of a float: the value is kept, only its digits
// change),
// without flags, width or precision. A []byte never is: as a field it
// is a payload, not text.
func defaultRendering(d *format.Directive, t types.Type) bool {
	if t == nil || isBytes(t) {
		return false
	}
	if d == nil {
		return true
	}
	b, _ := t.Underlying().(*types.Basic)
	_, hasMethods := methodful(t)
	if d.Flags == "" && d.Width < 0 && !d.WidthStar && !d.PrecStar && !d.Indexed && d.Prec >= 0 &&
		strings.ContainsRune("fFgGeE", d.Verb) && b != nil && b.Info()&types.IsFloat != 0 && !hasMethods {
		// %.2f of a float: the field keeps the value itself, only its
		// rendering changes (more digits).
		return true
	}
	if !d.Plain() {
		return false
	}
	switch d.Verb {
	case 'v', 's':
		return true
	case 'd':
		return b != nil && b.Info()&types.IsInteger != 0 && !hasMethods
	case 't':
		return b != nil && b.Info()&types.IsBoolean != 0 && !hasMethods
	case 'g':
		return b != nil && b.Info()&types.IsFloat != 0 && !hasMethods
	}
	return false
}

// methodful reports whether a named type t has methods (a String
// method, say), which change how a field renders it.
func methodful(t types.Type) (*types.Named, bool) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return nil, false
	}
	return n, types.NewMethodSet(types.NewPointer(t)).Len() > 0
}

// strconv takes a strconv call apart: the conversions of integers and
// booleans to their decimal text (Itoa, FormatInt(x, 10), FormatBool)
// are the value itself; any other (Quote, FormatFloat(f, 'f', 2, 64))
// is kept whole, as a string value.
func (c *checker) strconv(call *ast.CallExpr, fn *types.Func) ([]part, bool, bool) {
	info := c.pass.TypesInfo
	if res := fn.Signature().Results(); res.Len() != 1 || !isString(res.At(0).Type()) {
		return opaque(call)
	}
	nonConst := false
	for _, a := range call.Args {
		if info.Types[a].Value == nil {
			nonConst = true
		}
	}
	if !nonConst {
		return opaque(call) // strconv.Itoa(5): no value to record
	}
	field := ast.Expr(call)
	if x := c.strconvValue(call); x != nil {
		field = x
	}
	return []part{{value: call, field: field}}, true, true
}

// strconvValue returns x for strconv.Itoa(x), strconv.FormatInt(x, 10),
// strconv.FormatUint(x, 10) and strconv.FormatBool(x), or nil.
func (c *checker) strconvValue(e ast.Expr) ast.Expr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || call.Ellipsis.IsValid() {
		return nil
	}
	fn := calleeFunc(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "strconv" {
		return nil
	}
	switch fn.Name() {
	case "Itoa", "FormatBool":
		if len(call.Args) == 1 {
			return call.Args[0]
		}
	case "FormatInt", "FormatUint":
		if len(call.Args) == 2 {
			if base := c.pass.TypesInfo.Types[call.Args[1]].Value; base != nil && constant.Compare(base, token.EQL, constant.MakeInt64(10)) {
				return call.Args[0]
			}
		}
	}
	return nil
}

// errorCall returns x for a call x.Error() of the Error method of an
// error (err.Error(), fmt.Errorf(...).Error()).
func errorCall(info *types.Info, call *ast.CallExpr) (ast.Expr, bool) {
	if call == nil || len(call.Args) != 0 {
		return nil, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Error" {
		return nil, false
	}
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Signature().Recv() == nil {
		return nil, false
	}
	t := info.TypeOf(sel.X)
	if t == nil || !apis.IsError(t) && !apis.IsError(types.NewPointer(t)) {
		return nil, false
	}
	return sel.X, true
}

func calleeFunc(info *types.Info, call *ast.CallExpr) *types.Func {
	var id *ast.Ident
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = fun
	case *ast.SelectorExpr:
		id = fun.Sel
	default:
		return nil
	}
	fn, _ := info.Uses[id].(*types.Func)
	return fn
}

// isString reports whether t is a string type (by its underlying type,
// as fmt's Sprint decides where spaces go).
func isString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isBytes(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// constText is the text of a constant message part.
func constText(v constant.Value) string {
	if v.Kind() == constant.String {
		return constant.StringVal(v)
	}
	return v.ExactString()
}

// goValue converts a constant operand of basic type b into the Go value
// fmt would receive, or nil if that is not exact.
func goValue(v constant.Value, b *types.Basic) any {
	info := b.Info()
	switch {
	case info&types.IsString != 0:
		return constant.StringVal(v)
	case info&types.IsBoolean != 0:
		return constant.BoolVal(v)
	case info&types.IsInteger != 0:
		if b.Kind() == types.UntypedRune || b.Kind() == types.Int32 {
			if x, ok := constant.Int64Val(v); ok {
				return int32(x)
			}
			return nil
		}
		if info&types.IsUnsigned != 0 {
			if x, ok := constant.Uint64Val(v); ok {
				return x
			}
			return nil
		}
		if x, ok := constant.Int64Val(v); ok {
			return x
		}
	case info&types.IsFloat != 0:
		if x, ok := constant.Float64Val(v); ok {
			return x
		}
	}
	return nil
}
