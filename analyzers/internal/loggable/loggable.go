// Package loggable decides which values render badly when they are
// logged as fields: payloads, functions, channels, locks, contexts,
// streams and the like (DESIGN.md, analyzer unloggable).
//
// The unloggable analyzer reports such values; every analyzer whose fix
// turns an expression into a field asks the same [Classifier] first, so
// that no fix draws an unloggable diagnostic.
package loggable

import (
	"go/ast"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
)

// A Class is a kind of value that renders badly.
type Class uint8

const (
	Payload       Class = iota + 1 // []byte, json.RawMessage: every byte is logged
	Buffer                         // *bytes.Buffer: its String logs the contents
	ByteArray                      // [N]byte, N > 64
	Func                           // a func value
	Chan                           // a channel
	UnsafePointer                  // unsafe.Pointer
	Lock                           // a sync type, or a pointer to one
	LockOwner                      // a struct holding a sync or atomic type by value, or a pointer to one
	Atomic                         // a sync/atomic type, or a pointer to one
	Context                        // context.Context
	Stream                         // io stream interfaces, net.Conn, bufio, http.ResponseWriter
	File                           // *os.File
	Request                        // *http.Request or http.Request
	Response                       // *http.Response or http.Response
)

var classNames = [...]string{
	Payload: "payload", Buffer: "buffer", ByteArray: "byte array", Func: "func",
	Chan: "channel", UnsafePointer: "unsafe.Pointer", Lock: "lock", LockOwner: "lock owner",
	Atomic: "atomic", Context: "context", Stream: "stream", File: "file",
	Request: "request", Response: "response",
}

func (k Class) String() string {
	if int(k) < len(classNames) && classNames[k] != "" {
		return classNames[k]
	}
	return "Class(" + strconv.Itoa(int(k)) + ")"
}

// A Finding is a value that renders badly.
type Finding struct {
	Class Class
	Type  types.Type // the value's type (for string(b), b's type)
	Base  ast.Expr   // the expression a fix builds on (b of string(b), else the value); nil from ClassifyType
	Conv  bool       // the value is string(Base): text by the author's word, see [Classifier.Classify]

	// Payload findings of [Classifier.ClassifyIn]: the call the bytes
	// come from when they hold an unbounded payload (see [Unbounded]),
	// and whether they hold a stack trace (see [HoldsStackTrace]).
	Source *ast.CallExpr
	Stack  bool

	Inner types.Type // LockOwner: the sync or atomic type inside
	Path  []string   // LockOwner: the field path to it ("[i]" for an array element)
}

// A Classifier decides which values render badly. It caches method sets:
// use one per package run, from one goroutine. Its zero value with Info
// set is ready to use; Info must record Types and Uses (as an
// analysis.Pass's does). ClassifyType does not need Info.
type Classifier struct {
	Info *types.Info

	methods typeutil.MethodSetCache
	flows   map[ast.Node]*flow // ClassifyIn's assignments, by function
}

// Classify returns what is wrong with logging the value of e, or nil:
// the classes of [Classifier.ClassifyType] of e's static type. It judges
// by the type alone, so it is the cautious answer: every []byte may be
// a payload.
//
// An explicit conversion string(b) of a []byte (other than of
// debug.Stack()) comes back as a Payload finding with Conv set: an
// analyzer that would move such an expression into a field of its own
// accord may decline to. Every finding of [Classifier.ClassifyIn] is
// also one of Classify, so declining on Classify's findings never
// produces a value that the unloggable analyzer reports.
func (c *Classifier) Classify(e ast.Expr) *Finding {
	t := c.Info.TypeOf(e)
	if t == nil {
		return nil
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && len(call.Args) == 1 && IsString(t) {
		if tv, ok := c.Info.Types[call.Fun]; ok && tv.IsType() && !isCallTo(c.Info, call.Args[0], "runtime/debug", "Stack") {
			if at := c.Info.TypeOf(call.Args[0]); at != nil {
				if f := c.ClassifyType(at); f != nil && f.Class == Payload {
					f.Base, f.Conv = call.Args[0], true
					return f
				}
			}
		}
	}
	f := c.ClassifyType(t)
	if f != nil {
		f.Base = e
	}
	return f
}

// ClassifyIn is [Classifier.Classify] for the value e in the function
// fn (the outermost declaration or literal holding it; nil when
// unknown), with byte slices judged by where they come from, not by
// their type:
//
//   - a []byte, or a named type of it, is a Payload only when its bytes
//     hold an unbounded payload ([Unbounded]; Source is set) or a stack
//     trace ([HoldsStackTrace]; Stack is set, string(b) is how to log
//     it); otherwise it is nil;
//   - string(b) is a Payload with Conv set only when b holds an
//     unbounded payload; otherwise nil (the author says the bytes are
//     text, and nothing says they are many);
//   - json.RawMessage and *bytes.Buffer passed as they are, and every
//     other class, are Classify's: their rendering is the payload
//     itself, whatever its origin (Source is still set when known).
//
// Info must record Types, Uses, Defs and Selections.
func (c *Classifier) ClassifyIn(fn ast.Node, e ast.Expr) *Finding {
	f := c.Classify(e)
	if f == nil || f.Class != Payload {
		return f
	}
	fl := c.flow(fn)
	f.Source = fl.unbounded(f.Base)
	switch {
	case f.Conv:
		if f.Source == nil {
			return nil
		}
	case IsNamed(f.Type, "encoding/json", "RawMessage"):
	case f.Source != nil:
	case HoldsStackTrace(c.Info, fn, e):
		f.Stack = true
	default:
		return nil
	}
	return f
}

// flow returns the assignments of fn, shared by the calls for one
// function.
func (c *Classifier) flow(fn ast.Node) *flow {
	if fn == nil {
		return &flow{info: c.Info}
	}
	if c.flows == nil {
		c.flows = make(map[ast.Node]*flow)
	}
	fl := c.flows[fn]
	if fl == nil {
		fl = &flow{info: c.Info, fn: fn}
		c.flows[fn] = fl
	}
	return fl
}

// ClassifyType classifies a value of static type t, or returns nil if
// it renders well. Types named in DESIGN.md are matched first, by
// identity; then a type with a rendering of its own (LogValue, String,
// Error, MarshalJSON or MarshalText in its value method set) is
// accepted; then the structure of the type decides. A type parameter is
// never reported: its dynamic type is unknown.
func (c *Classifier) ClassifyType(t types.Type) *Finding {
	if _, ok := types.Unalias(t).(*types.TypeParam); ok {
		return nil
	}
	found := func(k Class) *Finding { return &Finding{Class: k, Type: t} }

	elem, isPtr := Pointee(t)
	switch {
	case IsNamed(t, "encoding/json", "RawMessage"):
		return found(Payload)
	case isPtr && IsNamed(elem, "bytes", "Buffer"):
		return found(Buffer)
	case isPtr && IsNamed(elem, "os", "File"):
		return found(File)
	case IsNamed(elem, "net/http", "Request"):
		return found(Request)
	case IsNamed(elem, "net/http", "Response"):
		return found(Response)
	case isPtr && (IsNamed(elem, "bufio", "Reader") || IsNamed(elem, "bufio", "Writer") || IsNamed(elem, "bufio", "ReadWriter")),
		IsNamed(t, "net/http", "ResponseWriter"),
		IsNamed(t, "net", "Conn"),
		isIOStream(t):
		return found(Stream)
	case IsNamed(t, "context", "Context"):
		return found(Context)
	case IsAtomic(elem):
		return found(Atomic)
	case isSyncType(elem):
		return found(Lock)
	}

	if c.rendersItself(t) {
		return nil
	}

	switch u := t.Underlying().(type) {
	case *types.Signature:
		return found(Func)
	case *types.Chan:
		return found(Chan)
	case *types.Basic:
		if u.Kind() == types.UnsafePointer {
			return found(UnsafePointer)
		}
	case *types.Slice:
		if isByte(u.Elem()) {
			return found(Payload)
		}
	case *types.Array:
		if isByte(u.Elem()) && u.Len() > 64 {
			return found(ByteArray)
		}
	}
	// A struct holding a lock by value, or a pointer to one: the
	// renderer reads (and, by value, copies) the lock's state and the
	// fields it guards without holding it.
	if inner, path := lockIn(elem, make(map[types.Type]bool)); inner != nil && len(path) > 0 {
		f := found(LockOwner)
		f.Inner, f.Path = inner, path
		return f
	}
	return nil
}

// Pointee returns the element type of a pointer type, or t itself.
func Pointee(t types.Type) (types.Type, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem(), true
	}
	return t, false
}

// lockIn finds a sync or atomic type held by value in t (t itself, a
// field of a struct, an element of an array, recursively), and the path
// of field names that leads to it. seen guards against revisiting a
// named type.
func lockIn(t types.Type, seen map[types.Type]bool) (types.Type, []string) {
	t = types.Unalias(t)
	if isSyncType(t) || IsAtomic(t) {
		return t, nil
	}
	if n, ok := t.(*types.Named); ok {
		if seen[n] {
			return nil, nil
		}
		seen[n] = true
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i := range u.NumFields() {
			f := u.Field(i)
			if inner, path := lockIn(f.Type(), seen); inner != nil {
				return inner, append([]string{f.Name()}, path...)
			}
		}
	case *types.Array:
		if inner, path := lockIn(u.Elem(), seen); inner != nil {
			return inner, append([]string{"[i]"}, path...)
		}
	}
	return nil, nil
}

// syncTypes are the types of package sync that must not be copied.
var syncTypes = map[string]bool{"Mutex": true, "RWMutex": true, "WaitGroup": true, "Once": true, "Cond": true, "Map": true, "Pool": true}

func isSyncType(t types.Type) bool {
	obj := NamedObj(t)
	return obj != nil && obj.Pkg().Path() == "sync" && syncTypes[obj.Name()]
}

// IsAtomic reports whether t is one of the struct types of sync/atomic
// (Int64, Bool, Value, Pointer[T], ...).
func IsAtomic(t types.Type) bool {
	obj := NamedObj(t)
	if obj == nil || obj.Pkg().Path() != "sync/atomic" || !obj.Exported() {
		return false
	}
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// ioStreams are the stream interfaces of package io.
var ioStreams = map[string]bool{
	"Reader": true, "Writer": true, "Closer": true, "Seeker": true,
	"ReadCloser": true, "WriteCloser": true, "ReadWriter": true, "ReadWriteCloser": true,
	"ReadSeeker": true, "ReadSeekCloser": true, "WriteSeeker": true, "ReadWriteSeeker": true,
}

func isIOStream(t types.Type) bool {
	obj := NamedObj(t)
	return obj != nil && obj.Pkg().Path() == "io" && ioStreams[obj.Name()]
}

// NamedObj returns the declaring object of a named type (the origin's
// for an instance), or nil.
func NamedObj(t types.Type) *types.TypeName {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return nil
	}
	return n.Obj()
}

// IsNamed reports whether t is the named type path.name.
func IsNamed(t types.Type, path, name string) bool {
	obj := NamedObj(t)
	return obj != nil && obj.Pkg().Path() == path && obj.Name() == name
}

// IsString reports whether t's underlying type is a string type.
func IsString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isByte(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Uint8
}

// rendersItself reports whether the method set of t (not of *t: a
// logged value sits in an interface, where it is not addressable) has a
// method by which a logging library of the table renders it.
func (c *Classifier) rendersItself(t types.Type) bool {
	ms := c.methods.MethodSet(t)
	for i := range ms.Len() {
		fn, ok := ms.At(i).Obj().(*types.Func)
		if !ok || !fn.Exported() {
			continue
		}
		for _, m := range apis.SelfRendering() {
			if m.Matches(fn) {
				return true
			}
		}
	}
	return false
}

// HoldsStackTrace reports whether the bytes of e are the text of a
// stack trace, so that string(e) is the way to log them: e is a call of
// runtime/debug.Stack, or a variable that fn (the function declaring or
// using it; nil when unknown) assigns, anywhere, from such a call, from
// a slice expression whose bounds call runtime.Stack
// (buf = buf[:runtime.Stack(buf, false)]) or use a variable assigned its
// result, or from another such variable. Both functions are matched by
// identity. Info must record Uses and Defs.
func HoldsStackTrace(info *types.Info, fn ast.Node, e ast.Expr) bool {
	e = ast.Unparen(e)
	if isCallTo(info, e, "runtime/debug", "Stack") {
		return true
	}
	v := localVar(info, e)
	if v == nil || fn == nil {
		return false
	}
	// Every value assigned to a variable in fn, by variable.
	assigned := make(map[*types.Var][]ast.Expr)
	add := func(lhs, rhs ast.Expr) {
		if w := localVar(info, lhs); w != nil {
			assigned[w] = append(assigned[w], ast.Unparen(rhs))
		}
	}
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i := range n.Lhs {
					add(n.Lhs[i], n.Rhs[i])
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i := range n.Names {
					add(n.Names[i], n.Values[i])
				}
			}
		}
		return true
	})
	// callsRuntimeStack: x calls runtime.Stack, or is a variable
	// assigned a call of it (n := runtime.Stack(buf, false)).
	callsRuntimeStack := func(x ast.Expr) bool {
		if x == nil {
			return false
		}
		found := false
		ast.Inspect(x, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				found = found || isCallTo(info, n, "runtime", "Stack")
			case *ast.Ident:
				if w := localVar(info, n); w != nil {
					for _, rhs := range assigned[w] {
						found = found || isCallTo(info, rhs, "runtime", "Stack")
					}
				}
			}
			return !found
		})
		return found
	}
	seen := make(map[*types.Var]bool)
	var holds func(v *types.Var) bool
	holds = func(v *types.Var) bool {
		if seen[v] {
			return false
		}
		seen[v] = true
		for _, rhs := range assigned[v] {
			switch rhs := rhs.(type) {
			case *ast.CallExpr:
				if isCallTo(info, rhs, "runtime/debug", "Stack") {
					return true
				}
			case *ast.SliceExpr:
				if callsRuntimeStack(rhs.Low) || callsRuntimeStack(rhs.High) || callsRuntimeStack(rhs.Max) {
					return true
				}
				if w := localVar(info, ast.Unparen(rhs.X)); w != nil && holds(w) {
					return true
				}
			case *ast.Ident:
				if w := localVar(info, rhs); w != nil && holds(w) {
					return true
				}
			}
		}
		return false
	}
	return holds(v)
}

// localVar returns the variable (not a struct field, not package-level)
// that the identifier e denotes, or nil.
func localVar(info *types.Info, e ast.Expr) *types.Var {
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil
	}
	obj := info.Uses[id]
	if obj == nil {
		obj = info.Defs[id]
	}
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	return v
}

// isCallTo reports whether e is a call of the package-level function
// path.name.
func isCallTo(info *types.Info, e ast.Expr, path, name string) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == path && fn.Name() == name &&
		fn.Signature().Recv() == nil
}
