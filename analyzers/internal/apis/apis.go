// Package apis is the one table of logging and tracing APIs that every
// tracelint analyzer reads. An API is recognised by the identity of the
// called function (package path, receiver type name and name, found through
// typeutil.Callee), never by the way a call is spelled.
//
// A library is described once, in libraries.go: its rows (the role and
// argument positions of each function) and its field [Style] (how a fix
// writes fields in it). Everything else (which imports make a package
// worth analysing, which packages install a subscriber, the field
// constructors) is derived from those. Supporting a new library is a
// matter of adding a [Library] and a fake copy of it under the analyzers'
// testdata/src.
package apis

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Role says what a call to an API does.
type Role uint8

const (
	// Event emits one event (a log record).
	Event Role = iota + 1
	// SpanStart starts a span and returns a context carrying it.
	SpanStart
	// Install installs the process-wide subscriber.
	Install
	// Spawn runs a function concurrently (a goroutine by another name).
	Spawn
	// FieldCtor builds one field from a key and a value.
	FieldCtor
	// Record adds fields to an existing span.
	Record
	// With returns a logger that adds fields to each of its events.
	With
	// SpanEnd ends a span ((*tracing.Span).End).
	SpanEnd
	// Default returns the library's process-wide default (zap.L(),
	// otel.Tracer): events and spans through it go nowhere until the
	// program installs one.
	Default
	// WithSpan derives a context that carries a given span
	// (trace.ContextWithSpan): a span context, like a SpanStart's.
	WithSpan
	// Rename sets the name of a span after its start (Span.SetName);
	// Msg is the new name.
	Rename
	// Link relates spans without parenting them (OpenTelemetry's span
	// links: trace.LinkFromContext, Span.AddLink, trace.WithLinks): code
	// that links a new span to the span in scope detaches it on purpose.
	Link
	// Value builds a value to log, with no effect beyond it
	// (klog.KObj(pod), klog.KRef(ns, name)): the same call in a message
	// and in a field records the same value.
	Value
	// Exit never returns: it ends the program or the goroutine
	// (os.Exit, log.Fatal, runtime.Goexit, testing's t.Fatal, a
	// library's Fatal), so no code after it runs (spanend: a span that is
	// not ended on such a path does not leak).
	Exit
	// SpanError records on a span that its operation failed
	// (OpenTelemetry's Span.RecordError and Span.SetStatus).
	SpanError
)

// API is one row of the table. Indices count the call's arguments;
// -1 means "none". A row found for a method expression,
// (*slog.Logger).Info(l, msg), counts the receiver as argument 0.
type API struct {
	Lib  *Library // the library the row belongs to
	Pkg  string   // package path of the function or of its receiver type
	Recv string   // receiver type name (without '*'), "" for a function
	Name string

	Role   Role
	Ctx    int    // the context.Context argument
	Msg    int    // the message (Event) or span name (SpanStart)
	Fields int    // the first variadic field argument
	Style  *Style // how the fields are written; nil when there are none

	// Key and Value are the key and value arguments of a FieldCtor;
	// for a Spawn, Value is the function.
	Key, Value int
	// Kind is the kind of value a FieldCtor records, and FixedKey the
	// key of a constructor that takes none (tracing.Err: "error").
	Kind     Kind
	FixedKey string

	// Global marks an event or span start that goes through the
	// library's process-wide default, which its Install rows set: noinit
	// reports programs that call it and never install.
	Global bool

	// CtxForm names the method or function of the same package and
	// receiver that takes a context first, for context-less events
	// (slog.Info → slog.InfoContext).
	CtxForm string

	// Sprint marks an event whose message is every argument from Msg
	// on, joined as fmt.Sprint joins them (zap's sugar.Info(args...)):
	// it has no fields. FieldsForm names the sibling that takes a
	// message and fields (Info → Infow), into which a fix rewrites it.
	Sprint     bool
	FieldsForm string

	// Printf marks an event whose message is fmt.Sprintf of its
	// argument Msg, a format, and the arguments after it (sugar.Infof,
	// zerolog's Msgf, logrus's Infof, klog's Infof): it has no fields
	// either. Its FieldsForm is the sibling that takes the message
	// as it is (Infof → Infow, Msgf → Msg, logrus's Infof → Info).
	Printf bool

	// NoReturn marks an event that ends the program or panics after it
	// is written (zap's Fatal and Panic, logrus's): no code after it
	// runs, as after an Exit row.
	NoReturn bool

	// Derived marks the row of a program's own function that wraps a
	// row of the table (see [Derive]); it is in no library's rows.
	Derived bool

	// lead, in the per-call copy of a row whose message is a pair
	// (see [API.ForCall]), is the row itself: its fields start before
	// the message.
	lead *API

	// shift is 1 in the copy of a method's row used for its method
	// expression, whose receiver is the first argument.
	shift int
}

// Returns reports whether a call of a returns to its caller: false for
// an Exit row and an event marked NoReturn.
func (a *API) Returns() bool { return a.Role != Exit && !a.NoReturn }

type key struct {
	pkg, recv, name string
	shift           int
}

// table holds every row, and a shifted copy of each method's row for
// its method expressions.
var table = buildTable()

func buildTable() map[key]*API {
	m := make(map[key]*API)
	for _, l := range libraries {
		for i := range l.rows {
			r := &l.rows[i]
			r.Lib = l
			m[key{r.Pkg, r.Recv, r.Name, 0}] = r
			if r.Recv != "" {
				s := r.shifted(1)
				m[key{r.Pkg, r.Recv, r.Name, 1}] = s
			}
		}
	}
	return m
}

// shifted returns a copy of a with its argument indices moved by n.
func (a *API) shifted(n int) *API {
	s := *a
	s.shift += n
	for _, p := range []*int{&s.Ctx, &s.Msg, &s.Fields, &s.Key, &s.Value} {
		if *p >= 0 {
			*p += n
		}
	}
	return &s
}

// Rows returns every row of the table, in table order, without the
// method-expression copies. It is meant for tests and documentation.
func Rows() []*API {
	var rows []*API
	for _, l := range libraries {
		for i := range l.rows {
			rows = append(rows, &l.rows[i])
		}
	}
	return rows
}

// Lookup returns the row for the function or method called by call,
// or nil if it is not a known API. A method expression's call gets the
// row whose indices count the receiver as argument 0. Calls of function
// variables are resolved by [Calls.Lookup].
func Lookup(info *types.Info, call *ast.CallExpr) *API {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	fn, shift := calleeShift(info, call.Fun, fn)
	return forFunc(fn, shift)
}

// callee returns the function that fun denotes, and the number of
// arguments that precede that function's own parameters in a call of
// fun (1 for a method expression).
func callee(info *types.Info, fun ast.Expr) (*types.Func, int) {
	fn, _ := typeutil.Callee(info, &ast.CallExpr{Fun: ast.Unparen(fun)}).(*types.Func)
	return calleeShift(info, fun, fn)
}

// calleeShift returns fn, the function that fun denotes, with the
// number of arguments before its own parameters.
func calleeShift(info *types.Info, fun ast.Expr, fn *types.Func) (*types.Func, int) {
	fun = ast.Unparen(fun)
	if fn == nil {
		return nil, 0
	}
	if sel, ok := fun.(*ast.SelectorExpr); ok {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodExpr {
			return fn, 1
		}
	}
	return fn, 0
}

// ForFunc returns the row for fn, or nil if fn is not a known API.
func ForFunc(fn *types.Func) *API { return forFunc(fn, 0) }

func forFunc(fn *types.Func, shift int) *API {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	fn = fn.Origin()
	k := key{pkg: fn.Pkg().Path(), name: fn.Name(), shift: shift}
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		named, ok := types.Unalias(t).(*types.Named)
		if !ok {
			return nil // a method of an interface literal
		}
		k.recv = named.Obj().Name()
	}
	return table[k]
}

// Sibling returns the row of the same package and receiver named name
// (for example the CtxForm of a context-less event), counting arguments
// as a does, or nil.
func (a *API) Sibling(name string) *API {
	return table[key{a.Pkg, a.Recv, name, a.shift}]
}

// Arg returns the i'th argument of call, or nil when i is -1 or out of
// range (a call with a spread argument f(xs...) may have fewer).
func Arg(call *ast.CallExpr, i int) ast.Expr {
	if i < 0 || i >= len(call.Args) {
		return nil
	}
	return call.Args[i]
}

// FieldArgs returns the field arguments of call, as given by a.Fields.
// It returns nil for a call that spreads a slice (f(msg, fields...)):
// its fields are not visible one by one.
func (a *API) FieldArgs(call *ast.CallExpr) []ast.Expr {
	if a.Fields < 0 || call.Ellipsis.IsValid() || a.Fields > len(call.Args) {
		return nil
	}
	return call.Args[a.Fields:]
}
