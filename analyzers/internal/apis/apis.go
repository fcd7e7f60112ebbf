// Package apis is the one table of logging and tracing APIs that every
// tracelint analyzer reads. An API is recognised by the identity of the
// called function (package path, receiver type name and name, found through
// typeutil.Callee), never by the way a call is spelled.
//
// Supporting a new library is a matter of adding rows to [table] and a
// fake copy of the library under each analyzer's testdata/src.
package apis

import (
	"go/ast"
	"go/constant"
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
	// FieldCtor builds one field (a slog.Attr) from a key and a value.
	FieldCtor
	// Record adds fields to an existing span.
	Record
	// With returns a logger that adds fields to each of its events.
	With
	// SpanEnd ends a span ((*tracing.Span).End).
	SpanEnd
)

// Style says how an API takes its fields.
type Style uint8

const (
	// NoFields: the API takes no fields.
	NoFields Style = iota
	// TracingFields: ...tracing.Field (which is slog.Attr), built with
	// tracing's constructors (tracing.String, tracing.Err, ...).
	TracingFields
	// SlogAttrs: ...slog.Attr, built with slog's constructors.
	SlogAttrs
	// SlogKV: ...any, alternating keys and values (or slog.Attr values).
	SlogKV
)

// API is one row of the table. Indices count the call's arguments
// (not the receiver); -1 means "none".
type API struct {
	Pkg  string // package path of the function or of its receiver type
	Recv string // receiver type name (without '*'), "" for a function
	Name string

	Role   Role
	Ctx    int   // the context.Context argument
	Msg    int   // the message (Event) or span name (SpanStart)
	Fields int   // the first variadic field argument
	Style  Style // how the fields are written

	// Key and Value are the key and value arguments of a FieldCtor
	// (Key is -1 for tracing.Err); for a Spawn, Value is the function.
	Key, Value int

	// CtxForm names the method or function of the same package and
	// receiver that takes a context first, for context-less events
	// (slog.Info → slog.InfoContext).
	CtxForm string
}

// IsFunc reports whether the row is a package-level function.
func (a *API) IsFunc() bool { return a.Recv == "" }

// Package paths the table knows.
const (
	Tracing  = "github.com/tracelint/tracelint/tracing"
	Slog     = "log/slog"
	Sync     = "sync"
	Errgroup = "golang.org/x/sync/errgroup"
	Time     = "time"
)

// LevelNames are the event functions named after a level, in both
// tracing and slog (tracing has Trace too).
var levelNames = []string{"Trace", "Debug", "Info", "Warn", "Error"}

// table is built once from the rows below.
var table = buildTable()

type key struct{ pkg, recv, name string }

func buildTable() map[key]*API {
	var rows []API
	add := func(a API) { rows = append(rows, a) }

	// tracing: package functions and the same methods on *Target.
	for _, recv := range []string{"", "Target"} {
		for _, name := range levelNames {
			add(API{Pkg: Tracing, Recv: recv, Name: name, Role: Event, Ctx: 0, Msg: 1, Fields: 2, Style: TracingFields})
		}
		add(API{Pkg: Tracing, Recv: recv, Name: "Log", Role: Event, Ctx: 0, Msg: 2, Fields: 3, Style: TracingFields})
		add(API{Pkg: Tracing, Recv: recv, Name: "Start", Role: SpanStart, Ctx: 0, Msg: 1, Fields: 2, Style: TracingFields})
		add(API{Pkg: Tracing, Recv: recv, Name: "StartLevel", Role: SpanStart, Ctx: 0, Msg: 2, Fields: 3, Style: TracingFields})
	}
	add(API{Pkg: Tracing, Name: "Init", Role: Install, Ctx: -1, Msg: -1, Fields: -1})
	add(API{Pkg: Tracing, Name: "SetDefault", Role: Install, Ctx: -1, Msg: -1, Fields: -1})
	add(API{Pkg: Tracing, Name: "Go", Role: Spawn, Ctx: 0, Msg: -1, Fields: -1, Value: 1})
	add(API{Pkg: Tracing, Recv: "Span", Name: "Record", Role: Record, Ctx: -1, Msg: -1, Fields: 0, Style: TracingFields})
	add(API{Pkg: Tracing, Recv: "Span", Name: "End", Role: SpanEnd, Ctx: -1, Msg: -1, Fields: -1})
	for _, name := range []string{"String", "Int", "Int64", "Uint64", "Float64", "Bool", "Duration", "Time", "Any"} {
		add(API{Pkg: Tracing, Name: name, Role: FieldCtor, Ctx: -1, Msg: -1, Fields: -1, Key: 0, Value: 1})
	}
	add(API{Pkg: Tracing, Name: "Err", Role: FieldCtor, Ctx: -1, Msg: -1, Fields: -1, Key: -1, Value: 0})
	add(API{Pkg: Tracing, Name: "Group", Role: FieldCtor, Ctx: -1, Msg: -1, Fields: 1, Style: TracingFields, Key: 0, Value: -1})

	// log/slog: package functions and the same methods on *Logger.
	for _, recv := range []string{"", "Logger"} {
		for _, name := range levelNames[1:] {
			add(API{Pkg: Slog, Recv: recv, Name: name, Role: Event, Ctx: -1, Msg: 0, Fields: 1, Style: SlogKV, CtxForm: name + "Context"})
			add(API{Pkg: Slog, Recv: recv, Name: name + "Context", Role: Event, Ctx: 0, Msg: 1, Fields: 2, Style: SlogKV})
		}
		add(API{Pkg: Slog, Recv: recv, Name: "Log", Role: Event, Ctx: 0, Msg: 2, Fields: 3, Style: SlogKV})
		add(API{Pkg: Slog, Recv: recv, Name: "LogAttrs", Role: Event, Ctx: 0, Msg: 2, Fields: 3, Style: SlogAttrs})
		add(API{Pkg: Slog, Recv: recv, Name: "With", Role: With, Ctx: -1, Msg: -1, Fields: 0, Style: SlogKV})
	}
	for _, name := range []string{"String", "Int", "Int64", "Uint64", "Float64", "Bool", "Duration", "Time", "Any"} {
		add(API{Pkg: Slog, Name: name, Role: FieldCtor, Ctx: -1, Msg: -1, Fields: -1, Key: 0, Value: 1})
	}
	add(API{Pkg: Slog, Name: "Group", Role: FieldCtor, Ctx: -1, Msg: -1, Fields: 1, Style: SlogKV, Key: 0, Value: -1})

	// Ways to start a goroutine under another name.
	add(API{Pkg: Sync, Recv: "WaitGroup", Name: "Go", Role: Spawn, Ctx: -1, Msg: -1, Fields: -1, Value: 0})
	add(API{Pkg: Errgroup, Recv: "Group", Name: "Go", Role: Spawn, Ctx: -1, Msg: -1, Fields: -1, Value: 0})
	add(API{Pkg: Errgroup, Recv: "Group", Name: "TryGo", Role: Spawn, Ctx: -1, Msg: -1, Fields: -1, Value: 0})
	add(API{Pkg: Time, Name: "AfterFunc", Role: Spawn, Ctx: -1, Msg: -1, Fields: -1, Value: 1})

	m := make(map[key]*API, len(rows))
	for i := range rows {
		r := &rows[i]
		m[key{r.Pkg, r.Recv, r.Name}] = r
	}
	return m
}

// Rows returns every row of the table, in no particular order.
// It is meant for tests and documentation.
func Rows() []*API {
	rows := make([]*API, 0, len(table))
	for _, r := range table {
		rows = append(rows, r)
	}
	return rows
}

// Lookup returns the row for the function or method called by call,
// or nil if it is not a known API.
func Lookup(info *types.Info, call *ast.CallExpr) *API {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return ForFunc(fn)
}

// ForFunc returns the row for fn, or nil if fn is not a known API.
func ForFunc(fn *types.Func) *API {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	k := key{pkg: fn.Pkg().Path(), name: fn.Name()}
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		named, ok := types.Unalias(t).(*types.Named)
		if !ok {
			return nil // interface method
		}
		k.recv = named.Obj().Name()
	}
	return table[k]
}

// Sibling returns the row of the same package and receiver named name
// (for example the CtxForm of a context-less event), or nil.
func (a *API) Sibling(name string) *API {
	return table[key{a.Pkg, a.Recv, name}]
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

// loggingPkgs are the packages whose use makes a package worth
// analysing: spawning alone (sync, time) does not.
var loggingPkgs = map[string]bool{Tracing: true, Slog: true}

// Uses reports whether pkg, directly or through its imports, depends on
// a logging or tracing package of the table. Analyzers return early
// when it does not: no call in pkg can reach a known API.
func Uses(pkg *types.Package) bool {
	return UsesPath(pkg, func(path string) bool { return loggingPkgs[path] })
}

// UsesTracing reports whether pkg depends on the tracing runtime.
func UsesTracing(pkg *types.Package) bool {
	return UsesPath(pkg, func(path string) bool { return path == Tracing })
}

// UsesPath reports whether pkg or a package in its import closure
// satisfies match.
func UsesPath(pkg *types.Package, match func(path string) bool) bool {
	if pkg == nil {
		return false
	}
	seen := make(map[*types.Package]bool)
	var visit func(p *types.Package) bool
	visit = func(p *types.Package) bool {
		if seen[p] {
			return false
		}
		seen[p] = true
		if match(p.Path()) {
			return true
		}
		for _, imp := range p.Imports() {
			if visit(imp) {
				return true
			}
		}
		return false
	}
	return visit(pkg)
}

// FieldKeys returns the constant keys of the fields that call passes
// to a, in order (tracing.Err's key is "error"; a key that is not a
// constant is left out), and whether fields can be appended to the
// call: not when it spreads a slice (f(msg, fields...)), nor when a
// SlogKV list ends with a key that has no value.
func (a *API) FieldKeys(info *types.Info, call *ast.CallExpr) (keys []string, appendable bool) {
	if a.Fields < 0 || call.Ellipsis.IsValid() || a.Fields > len(call.Args) {
		return nil, false
	}
	constKey := func(e ast.Expr) {
		if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			keys = append(keys, constant.StringVal(tv.Value))
		}
	}
	ctorKey := func(e ast.Expr) {
		c, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return
		}
		if r := Lookup(info, c); r != nil && r.Role == FieldCtor {
			if r.Key < 0 {
				keys = append(keys, "error")
			} else if k := Arg(c, r.Key); k != nil {
				constKey(k)
			}
		}
	}
	args := call.Args[a.Fields:]
	if a.Style != SlogKV {
		for _, arg := range args {
			ctorKey(arg)
		}
		return keys, true
	}
	for i := 0; i < len(args); i++ {
		if isAttr(info.TypeOf(args[i])) {
			ctorKey(args[i])
			continue
		}
		if i+1 == len(args) {
			return keys, false // a key without a value: !BADKEY
		}
		constKey(args[i])
		i++
	}
	return keys, true
}

// isAttr reports whether t is slog.Attr (which tracing.Field aliases).
func isAttr(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == Slog && n.Obj().Name() == "Attr"
}
