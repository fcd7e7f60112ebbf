package unloggable

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// A class is a kind of value that renders badly, with what the log
// shows for it and the fix it gets.
type class uint8

const (
	payload   class = iota + 1 // []byte, json.RawMessage: every byte is logged
	buffer                     // *bytes.Buffer: its String logs the contents
	byteArray                  // [N]byte, N > 64
	function
	channel
	unsafePtr
	lock      // a sync type, or a pointer to one
	lockOwner // a struct holding a sync or atomic type by value, or a pointer to one
	atomicVal // a sync/atomic type, or a pointer to one
	ctxVal
	stream  // io stream interfaces, net.Conn, bufio, http.ResponseWriter
	file    // *os.File
	request // *http.Request or http.Request
	response
)

// A finding is a value that renders badly.
type finding struct {
	class class
	typ   types.Type // the value's type (for payloads from string(b), b's type)
	base  ast.Expr   // the expression the fix builds on (b of string(b), else the value)
	conv  bool       // the value is string(base)

	inner types.Type // lockOwner: the sync or atomic type inside
	path  []string   // lockOwner: the field path to it
}

// A classifier decides which values render badly. It caches method
// sets for the run of one package.
type classifier struct {
	info    *types.Info
	methods typeutil.MethodSetCache
}

// classify returns what is wrong with logging the value of e, or nil.
func (c *classifier) classify(e ast.Expr) *finding {
	t := c.info.TypeOf(e)
	if t == nil {
		return nil
	}
	// string(b) of a []byte payload.
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && len(call.Args) == 1 && isString(t) {
		if tv, ok := c.info.Types[call.Fun]; ok && tv.IsType() && !isStackTrace(c.info, call.Args[0]) {
			if at := c.info.TypeOf(call.Args[0]); at != nil {
				if f := c.classifyType(at); f != nil && f.class == payload {
					f.base, f.conv = call.Args[0], true
					return f
				}
			}
		}
	}
	f := c.classifyType(t)
	if f != nil {
		f.base = e
	}
	return f
}

// classifyType classifies a value of static type t. Types named in the
// issue are matched first, by identity; then a type with a rendering of
// its own is accepted; then the structure of the type decides.
func (c *classifier) classifyType(t types.Type) *finding {
	if _, ok := types.Unalias(t).(*types.TypeParam); ok {
		return nil // its dynamic type is unknown
	}
	found := func(k class) *finding { return &finding{class: k, typ: t} }

	elem, isPtr := pointee(t)
	switch {
	case isNamed(t, "encoding/json", "RawMessage"):
		return found(payload)
	case isPtr && isNamed(elem, "bytes", "Buffer"):
		return found(buffer)
	case isPtr && isNamed(elem, "os", "File"):
		return found(file)
	case isNamed(elem, "net/http", "Request"):
		return found(request)
	case isNamed(elem, "net/http", "Response"):
		return found(response)
	case isPtr && (isNamed(elem, "bufio", "Reader") || isNamed(elem, "bufio", "Writer") || isNamed(elem, "bufio", "ReadWriter")),
		isNamed(t, "net/http", "ResponseWriter"),
		isNamed(t, "net", "Conn"),
		isIOStream(t):
		return found(stream)
	case isNamed(t, "context", "Context"):
		return found(ctxVal)
	case isAtomic(elem):
		return found(atomicVal)
	case isSyncType(elem):
		return found(lock)
	}

	if c.rendersItself(t) {
		return nil
	}

	switch u := t.Underlying().(type) {
	case *types.Signature:
		return found(function)
	case *types.Chan:
		return found(channel)
	case *types.Basic:
		if u.Kind() == types.UnsafePointer {
			return found(unsafePtr)
		}
	case *types.Slice:
		if isByte(u.Elem()) {
			return found(payload)
		}
	case *types.Array:
		if isByte(u.Elem()) && u.Len() > 64 {
			return found(byteArray)
		}
	}
	// A struct holding a lock by value, or a pointer to one: the
	// renderer reads (and, by value, copies) the lock's state and the
	// fields it guards without holding it.
	if inner, path := lockIn(elem, make(map[types.Type]bool)); inner != nil && len(path) > 0 {
		f := found(lockOwner)
		f.inner, f.path = inner, path
		return f
	}
	return nil
}

// pointee returns the element type of a pointer type, or t itself.
func pointee(t types.Type) (types.Type, bool) {
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
	if isSyncType(t) || isAtomic(t) {
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
	obj := namedObj(t)
	return obj != nil && obj.Pkg().Path() == "sync" && syncTypes[obj.Name()]
}

// isAtomic reports whether t is one of the struct types of sync/atomic
// (Int64, Bool, Value, Pointer[T], ...).
func isAtomic(t types.Type) bool {
	obj := namedObj(t)
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
	obj := namedObj(t)
	return obj != nil && obj.Pkg().Path() == "io" && ioStreams[obj.Name()]
}

// namedObj returns the declaring object of a named type (the origin's
// for an instance), or nil.
func namedObj(t types.Type) *types.TypeName {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return nil
	}
	return n.Obj()
}

func isNamed(t types.Type, path, name string) bool {
	obj := namedObj(t)
	return obj != nil && obj.Pkg().Path() == path && obj.Name() == name
}

func isByte(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Uint8
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// rendersItself reports whether the method set of t (not of *t: a
// logged value sits in an interface, where it is not addressable) has a
// method by which logging libraries render it.
func (c *classifier) rendersItself(t types.Type) bool {
	ms := c.methods.MethodSet(t)
	for i := range ms.Len() {
		fn, ok := ms.At(i).Obj().(*types.Func)
		if !ok || !fn.Exported() {
			continue
		}
		sig := fn.Signature()
		if sig.Params().Len() != 0 {
			continue
		}
		res := sig.Results()
		switch fn.Name() {
		case "LogValue":
			if res.Len() == 1 && isNamed(res.At(0).Type(), "log/slog", "Value") {
				return true
			}
		case "String", "Error":
			if res.Len() == 1 && types.Identical(res.At(0).Type(), types.Typ[types.String]) {
				return true
			}
		case "MarshalJSON", "MarshalText":
			if res.Len() == 2 && types.Identical(res.At(0).Type(), byteSlice) && types.Identical(res.At(1).Type(), errorType) {
				return true
			}
		}
	}
	return false
}

var (
	byteSlice = types.NewSlice(types.Typ[types.Byte])
	errorType = types.Universe.Lookup("error").Type()
)

// isStackTrace reports whether e is a call of runtime/debug.Stack: its
// bytes are text written for a log, not a payload.
func isStackTrace(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "runtime/debug" && fn.Name() == "Stack"
}
