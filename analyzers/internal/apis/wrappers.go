package apis

import (
	"fmt"
	"go/types"
	"slices"
	"strings"
)

// A program's own logging API (go-ethereum's log.Info, a service's
// Logger interface, an in-house StartSpan) behaves as a row of the
// table: its message, fields and context reach a library's event or span
// start unchanged. Such a function gets a row of its own, derived from
// the row it calls (inferred, see package wrappers) or declared for it
// (a directive, or the -wrappers setting): with its own argument
// indices, and the role, library and style of what it wraps. Derived
// rows have no siblings (no CtxForm, no FieldsForm): a fix that would
// rename the call has none.

// Derive returns the row of fn, a function that passes its arguments
// ctx, msg and fields (indices of fn's parameters, -1 for none) on to a
// call of of.
func Derive(fn *types.Func, of *API, ctx, msg, fields int) *API {
	a := &API{
		Lib: of.Lib, Role: of.Role, Style: of.Style,
		Ctx: ctx, Msg: msg, Fields: fields,
		Key: -1, Value: -1,
		Sprint: of.Sprint, Printf: of.Printf,
		Derived: true,
	}
	a.Pkg, a.Recv, a.Name = funcKey(fn)
	return a
}

// Rebuild returns the row that [API.Spec] described, for fn; an error
// when the spec names a library or style the table does not have (a
// fact written by another version of tracelint).
func Rebuild(fn *types.Func, s Spec) (*API, error) {
	lib := LibraryNamed(s.Lib)
	if lib == nil {
		return nil, fmt.Errorf("no library %q", s.Lib)
	}
	var style *Style
	if s.Style != "" {
		if style = StyleNamed(s.Style); style == nil {
			return nil, fmt.Errorf("no style %q", s.Style)
		}
	}
	return Derive(fn, &API{Lib: lib, Role: s.Role, Style: style, Sprint: s.Sprint, Printf: s.Printf}, s.Ctx, s.Msg, s.Fields), nil
}

// A Spec is what a derived row holds, in a form that can cross packages
// as an analysis fact.
type Spec struct {
	Lib, Style       string
	Role             Role
	Ctx, Msg, Fields int
	Sprint, Printf   bool
}

// Spec returns the description of a, a derived row.
func (a *API) Spec() Spec {
	s := Spec{Lib: a.Lib.Name, Role: a.Role, Ctx: a.Ctx, Msg: a.Msg, Fields: a.Fields, Sprint: a.Sprint, Printf: a.Printf}
	if a.Style != nil {
		s.Style = a.Style.Name
	}
	return s
}

// LibraryNamed returns the library called name (case does not matter;
// "otel" is OpenTelemetry), or nil.
func LibraryNamed(name string) *Library {
	for _, l := range libraries {
		if l.Style != nil && strings.EqualFold(l.Name, name) {
			return l
		}
	}
	if strings.EqualFold(name, "otel") {
		return LibraryNamed("OpenTelemetry")
	}
	return nil
}

// LibraryNames returns the names a declaration can use, for messages.
func LibraryNames() []string {
	var ns []string
	for _, l := range libraries {
		if l.Style != nil {
			ns = append(ns, strings.ToLower(l.Name))
		}
	}
	return ns
}

// Declare returns the row of fn declared to be an event (role Event) or
// a span start (SpanStart) of lib, read off fn's signature, or an error
// saying why the signature does not fit:
//
//   - the context is the first context.Context parameter (a span start
//     must have one, and return a context.Context first);
//   - a function whose name ends in "f" and whose last parameters are
//     (string, ...any) is printf-style, as go vet's printf check assumes;
//   - otherwise the message (the span name) is the first string
//     parameter after the context;
//   - a variadic parameter after the message holds the fields: of one of
//     lib's field types (...zap.Field), of the options that carry them
//     (...trace.SpanStartOption), or ...any for lib's key-value pairs.
func Declare(fn *types.Func, lib *Library, role Role) (*API, error) {
	sig := fn.Signature()
	params := sig.Params()
	n := params.Len()
	of := &API{Lib: lib, Role: role, Style: lib.Style}
	ctx := -1
	for i := range n {
		if IsContext(params.At(i).Type()) {
			ctx = i
			break
		}
	}
	if role == SpanStart {
		res := sig.Results()
		if ctx < 0 {
			return nil, fmt.Errorf("a span start takes a context.Context")
		}
		if res.Len() == 0 || !IsContext(res.At(0).Type()) {
			return nil, fmt.Errorf("a span start returns a context.Context first")
		}
	}
	last := func() types.Type {
		if !sig.Variadic() {
			return nil
		}
		return params.At(n - 1).Type().(*types.Slice).Elem()
	}()
	if role == Event && n >= 2 && strings.HasSuffix(fn.Name(), "f") && last != nil && isEmptyInterface(last) && isStringType(params.At(n-2).Type()) {
		of.Printf = true
		return Derive(fn, of, ctx, n-2, -1), nil
	}
	msg := -1
	for i := ctx + 1; i < n; i++ {
		if isStringType(params.At(i).Type()) {
			msg = i
			break
		}
	}
	if msg < 0 {
		return nil, fmt.Errorf("no string parameter for the %s", map[Role]string{Event: "message", SpanStart: "span name"}[role])
	}
	fields := -1
	if last != nil && n-1 > msg {
		fields = n - 1
		style := fieldStyleFor(lib, role, last)
		if style == nil {
			return nil, fmt.Errorf("the fields are ...%v, which %s does not take", last, lib.Name)
		}
		of.Style = style
	}
	return Derive(fn, of, ctx, msg, fields), nil
}

// fieldStyleFor returns the style of lib's rows of role whose fields
// are of type elem, or nil.
func fieldStyleFor(lib *Library, role Role, elem types.Type) *Style {
	var styles []*Style
	for i := range lib.rows {
		r := &lib.rows[i]
		if r.Role == role && r.Fields >= 0 && r.Style != nil && !slices.Contains(styles, r.Style) {
			styles = append(styles, r.Style)
		}
	}
	for _, s := range styles {
		switch {
		case s.Option != nil:
			// The options that carry the fields: a type of the
			// option's package (trace.SpanStartOption).
			if n, ok := types.Unalias(elem).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == s.Option.Pkg {
				return s
			}
		case s.Pairing == KV && isEmptyInterface(elem), s.Pairing == Ctor && s.Field.Is(elem):
			return s
		}
	}
	return nil
}

// DeclaredRole is the role of fn declared without one (by the
// -wrappers setting): a span start when it returns a context.Context
// first, an event otherwise.
func DeclaredRole(fn *types.Func) Role {
	if res := fn.Signature().Results(); res.Len() > 0 && IsContext(res.At(0).Type()) {
		return SpanStart
	}
	return Event
}

// IsContext reports whether t is context.Context.
func IsContext(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}

func isStringType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.String
}

// funcKey returns the package path, receiver type name and name that
// identify fn in the table.
func funcKey(fn *types.Func) (pkg, recv, name string) {
	fn = fn.Origin()
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Path()
	}
	if r := fn.Signature().Recv(); r != nil {
		t := r.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if named, ok := types.Unalias(t).(*types.Named); ok {
			recv = named.Obj().Name()
		}
	}
	return pkg, recv, fn.Name()
}

// FuncName returns the name a declaration gives fn: its package path
// and name, with its receiver's type name between for a method
// (github.com/ethereum/go-ethereum/log.Logger.Info).
func FuncName(fn *types.Func) string {
	pkg, recv, name := funcKey(fn)
	if recv != "" {
		return pkg + "." + recv + "." + name
	}
	return pkg + "." + name
}
