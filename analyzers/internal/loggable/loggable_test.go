package loggable_test

import (
	"go/ast"
	"go/types"
	"slices"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/loggable"
	"github.com/tracelint/tracelint/analyzers/internal/srctest"
)

const src = `package p

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
)

type (
	withMu  struct{ mu sync.Mutex; n int }
	nested  struct{ inner [2]struct{ wg sync.WaitGroup } }
	counter struct{ n atomic.Int64 }
	selfRef struct{ next *selfRef; self []selfRef }
	guarded struct{ mu sync.Mutex }
	id      [16]byte
	hash    [65]byte
	named   func()
	stringer func()
	valuer  chan int
	text    []byte
	bytesAlias = []byte
)

func (guarded) String() string              { return "" }
func (stringer) String() string             { return "" }
func (valuer) LogValue() slog.Value         { return slog.Value{} }
func (text) MarshalText() ([]byte, error)   { return nil, nil }

var (
	// reported
	b           []byte
	raw         json.RawMessage
	alias       bytesAlias
	buf         *bytes.Buffer
	h           hash
	fn          func(int) error
	nf          named
	ch          <-chan int
	up          unsafe.Pointer
	mu          sync.Mutex
	rw          *sync.RWMutex
	wg          sync.WaitGroup
	sm          *sync.Map
	owner       withMu
	ownerPtr    *withMu
	deep        nested
	cnt         counter
	a64         *atomic.Int64
	av          atomic.Value
	ap          atomic.Pointer[int]
	ctx         context.Context
	r           io.Reader
	rwc         io.ReadWriteCloser
	br          *bufio.Reader
	conn        net.Conn
	w           http.ResponseWriter
	f           *os.File
	req         *http.Request
	reqVal      http.Request
	resp        *http.Response

	// never reported
	s        string
	n        int
	err      error
	t        time.Time
	d        time.Duration
	ss       []string
	m        map[string]int
	plain    struct{ A int }
	ip       *int
	small    id
	a64bytes [64]byte
	runes    []rune
	self     selfRef
	g        guarded
	st       stringer
	v        valuer
	txt      text
	x        any
	bufVal   bytes.Buffer
)

func exprs[T any](v T) {
	_ = string(b)
	_ = string(debug.Stack())
	_ = string(raw)
	_ = (b)
	_ = raw
	_ = v
	_ = string(s)
	_ = string(txt)
}
`

func TestClassifyType(t *testing.T) {
	pkg := srctest.Check(t, src).Pkg
	want := map[string]loggable.Class{
		"b": loggable.Payload, "raw": loggable.Payload, "alias": loggable.Payload,
		"buf": loggable.Buffer,
		"h":   loggable.ByteArray,
		"fn":  loggable.Func, "nf": loggable.Func,
		"ch": loggable.Chan,
		"up": loggable.UnsafePointer,
		"mu": loggable.Lock, "rw": loggable.Lock, "wg": loggable.Lock, "sm": loggable.Lock,
		"owner": loggable.LockOwner, "ownerPtr": loggable.LockOwner, "deep": loggable.LockOwner, "cnt": loggable.LockOwner,
		"a64": loggable.Atomic, "av": loggable.Atomic, "ap": loggable.Atomic,
		"ctx": loggable.Context,
		"r":   loggable.Stream, "rwc": loggable.Stream, "br": loggable.Stream, "conn": loggable.Stream, "w": loggable.Stream,
		"f":   loggable.File,
		"req": loggable.Request, "reqVal": loggable.Request,
		"resp": loggable.Response,
	}
	never := []string{"s", "n", "err", "t", "d", "ss", "m", "plain", "ip", "small", "a64bytes", "runes", "self", "g", "st", "v", "txt", "x", "bufVal"}

	var c loggable.Classifier // ClassifyType needs no Info
	for _, name := range pkg.Scope().Names() {
		obj, ok := pkg.Scope().Lookup(name).(*types.Var)
		if !ok {
			continue
		}
		f := c.ClassifyType(obj.Type())
		switch k, reported := want[name]; {
		case reported && f == nil:
			t.Errorf("%s %s: not reported, want %v", name, obj.Type(), k)
		case reported && f.Class != k:
			t.Errorf("%s %s: %v, want %v", name, obj.Type(), f.Class, k)
		case reported && !types.Identical(f.Type, obj.Type()):
			t.Errorf("%s: Type %s, want %s", name, f.Type, obj.Type())
		case !reported && !slices.Contains(never, name):
			t.Errorf("variable %s is in neither list", name)
		case !reported && f != nil:
			t.Errorf("%s %s: reported as %v, want nothing", name, obj.Type(), f.Class)
		}
	}
	for name := range want {
		if pkg.Scope().Lookup(name) == nil {
			t.Errorf("no variable %s", name)
		}
	}
}

func TestLockOwnerPath(t *testing.T) {
	pkg := srctest.Check(t, src).Pkg
	var c loggable.Classifier
	for name, want := range map[string]struct {
		inner string
		path  []string
	}{
		"owner":    {"sync.Mutex", []string{"mu"}},
		"ownerPtr": {"sync.Mutex", []string{"mu"}},
		"deep":     {"sync.WaitGroup", []string{"inner", "[i]", "wg"}},
		"cnt":      {"sync/atomic.Int64", []string{"n"}},
	} {
		f := c.ClassifyType(pkg.Scope().Lookup(name).Type())
		if f == nil || f.Class != loggable.LockOwner {
			t.Errorf("%s: %+v, want a lock owner", name, f)
			continue
		}
		if f.Inner.String() != want.inner || !slices.Equal(f.Path, want.path) {
			t.Errorf("%s: inner %s at %q, want %s at %q", name, f.Inner, f.Path, want.inner, want.path)
		}
	}
	if !loggable.IsAtomic(c.ClassifyType(pkg.Scope().Lookup("cnt").Type()).Inner) {
		t.Error("IsAtomic(atomic.Int64) = false")
	}
}

// TestClassify checks the expressions of exprs: string(b) is the payload
// b converted (Conv: text by the author's word), string(debug.Stack())
// is text, a type parameter's dynamic type is unknown.
func TestClassify(t *testing.T) {
	checked := srctest.Check(t, src)
	info, file := checked.Info, checked.File
	c := &loggable.Classifier{Info: info}
	type result struct {
		class loggable.Class
		base  string
		conv  bool
	}
	want := map[string]*result{
		"string(b)":             {loggable.Payload, "b", true},
		"string(debug.Stack())": nil,
		"string(raw)":           {loggable.Payload, "raw", true},
		"(b)":                   {loggable.Payload, "(b)", false},
		"raw":                   {loggable.Payload, "raw", false},
		"v":                     nil,
		"string(s)":             nil,
		"string(txt)":           nil, // text has MarshalText
	}
	seen := 0
	ast.Inspect(file, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		e := as.Rhs[0]
		text := types.ExprString(e)
		w, ok := want[text]
		if !ok {
			t.Errorf("unexpected expression %s", text)
			return false
		}
		seen++
		f := c.Classify(e)
		switch {
		case w == nil && f != nil:
			t.Errorf("%s: reported as %v, want nothing", text, f.Class)
		case w != nil && f == nil:
			t.Errorf("%s: not reported, want %v", text, w.class)
		case w != nil:
			got := result{f.Class, types.ExprString(f.Base), f.Conv}
			if got != *w {
				t.Errorf("%s: %+v, want %+v", text, got, *w)
			}
		}
		return false
	})
	if seen != len(want) {
		t.Errorf("checked %d expressions, want %d", seen, len(want))
	}
	// No type information: nothing to say.
	if f := (&loggable.Classifier{Info: &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}}}).Classify(ast.NewIdent("b")); f != nil {
		t.Errorf("untyped expression reported as %v", f.Class)
	}
}

func TestClassString(t *testing.T) {
	for k, want := range map[loggable.Class]string{loggable.Payload: "payload", loggable.Response: "response", 0: "Class(0)", 99: "Class(99)"} {
		if got := k.String(); got != want {
			t.Errorf("Class(%d).String() = %q, want %q", k, got, want)
		}
	}
}

const stackSrc = `package p

import (
	"runtime"
	"runtime/debug"
)

func use(any) {}

var global []byte

type fake struct{}

func (fake) Stack() []byte { return nil }

func reslice() {
	buf := make([]byte, 1<<16)
	buf = buf[:runtime.Stack(buf, false)]
	use(buf)
}

func viaCount() {
	buf := make([]byte, 1<<16)
	n := runtime.Stack(buf, true)
	trace := buf[:n]
	use(trace)
}

func debugStack() {
	s := debug.Stack()
	use(s)
}

func direct() {
	use(debug.Stack())
}

func copied() {
	var s []byte
	if true {
		s = debug.Stack()
	}
	t := s
	use(t)
}

func inClosure() {
	buf := make([]byte, 1024)
	func() {
		buf = buf[:runtime.Stack(buf, false)]
	}()
	use(buf)
}

// Not stack traces.

func notResliced() {
	buf := make([]byte, 1<<16)
	runtime.Stack(buf, false)
	use(buf)
}

func otherSlice(n int) {
	buf := make([]byte, 1<<16)
	buf = buf[:n]
	use(buf)
}

func otherStack(f fake) {
	s := f.Stack()
	use(s)
}

func pkgLevel() {
	use(global)
}

func cycle() {
	var a, b []byte
	a = b
	b = a
	use(a)
}
`

// TestHoldsStackTrace checks the argument of the last use call of each
// function: those before the "Not stack traces" comment hold one.
func TestHoldsStackTrace(t *testing.T) {
	checked := srctest.Check(t, stackSrc)
	info, file := checked.Info, checked.File
	want := map[string]bool{
		"reslice": true, "viaCount": true, "debugStack": true, "direct": true, "copied": true, "inClosure": true,
		"notResliced": false, "otherSlice": false, "otherStack": false, "pkgLevel": false, "cycle": false,
	}
	for _, decl := range file.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok || fd.Name.Name == "use" || fd.Recv != nil {
			continue
		}
		w, ok := want[fd.Name.Name]
		if !ok {
			t.Errorf("unexpected function %s", fd.Name.Name)
			continue
		}
		delete(want, fd.Name.Name)
		last := fd.Body.List[len(fd.Body.List)-1].(*ast.ExprStmt).X.(*ast.CallExpr)
		if got := loggable.HoldsStackTrace(info, fd, last.Args[0]); got != w {
			t.Errorf("%s: HoldsStackTrace(%s) = %v, want %v", fd.Name.Name, types.ExprString(last.Args[0]), got, w)
		}
		if got := loggable.HoldsStackTrace(info, nil, last.Args[0]); got && fd.Name.Name != "direct" {
			t.Errorf("%s: HoldsStackTrace without the function = true", fd.Name.Name)
		}
	}
	for name := range want {
		t.Errorf("no function %s", name)
	}
}
