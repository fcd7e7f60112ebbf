package loggable_test

import (
	"go/ast"
	"go/token"
	"go/types"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/loggable"
	"github.com/tracelint/tracelint/analyzers/internal/srctest"
)

const provenanceSrc = `package p

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"runtime/debug"
)

func use(any) {}

type event struct{ Data []byte }

type holder struct{ Body io.Reader }

type Payload []byte

var global []byte

// Marshal follows the encoder convention.
func Marshal(v any) ([]byte, error) { return nil, nil }

func readAll(r io.Reader) {
	b, _ := io.ReadAll(r)
	use(b)
}

func direct(name string) {
	use(bytes.NewBufferString(name).Bytes())
}

func first(b []byte, _ error) []byte { return b }

func bufferBytes(buf *bytes.Buffer) {
	use(buf.Bytes())
}

func marshal(v any) {
	doc, err := json.Marshal(v)
	_ = err
	use(doc)
}

func convention(v any) {
	doc, _ := Marshal(v)
	use(doc)
}

func file(name string) {
	data, _ := os.ReadFile(name)
	use(data)
}

func reassignedParam(r io.Reader, b []byte) {
	b, _ = io.ReadAll(r)
	use(b)
}

func inClosure(r io.Reader) {
	var b []byte
	func() { b, _ = io.ReadAll(r) }()
	use(b)
}

func copied(r io.Reader) {
	b, _ := io.ReadAll(r)
	c := b
	var d = c
	use(d)
}

func converted(r io.Reader) {
	b, _ := io.ReadAll(r)
	use(Payload(json.RawMessage(b)))
}

func appended(r io.Reader) {
	b, _ := io.ReadAll(r)
	use(append([]byte{}, b...))
}

func sliced(r io.Reader, n int) {
	b, _ := io.ReadAll(r)
	use(b[n:])
}

func fieldOfLocal(r io.Reader) {
	var h holder
	h.Body = r
	b, _ := io.ReadAll(h.Body)
	use(b)
}

// Not payloads.

// Another function's result is of unknown origin.
func wrapped(name string) {
	use(first(os.ReadFile(name)))
}

func param(b []byte) {
	use(b)
}

func field(e *event) {
	use(e.Data)
}

func pkgVar() {
	use(global)
}

func made(n int) {
	b := make([]byte, n)
	use(b)
}

func stack() {
	use(debug.Stack())
}

func constFile() {
	b, _ := os.ReadFile("/etc/os-release")
	use(b)
}

func constPrefix(r io.Reader) {
	b, _ := io.ReadAll(r)
	use(b[:64])
}

func minPrefix(r io.Reader) {
	b, _ := io.ReadAll(r)
	use(b[:min(len(b), 512)])
}

func truncated(r io.Reader) {
	b, _ := io.ReadAll(r)
	if len(b) > 512 {
		b = b[:512]
	}
	use(b)
}

func limitReader(r io.Reader) {
	b, _ := io.ReadAll(io.LimitReader(r, 10))
	use(b)
}

func limitVar(r io.Reader) {
	lr := io.LimitReader(r, 10)
	b, _ := io.ReadAll(lr)
	use(b)
}

func limitedStruct(r io.Reader) {
	b, _ := io.ReadAll(&io.LimitedReader{R: r, N: 10})
	use(b)
}

func maxBytes(w http.ResponseWriter, req *http.Request) {
	req.Body = http.MaxBytesReader(w, req.Body, 10)
	b, _ := io.ReadAll(req.Body)
	use(b)
}

func secondResult(r io.Reader) {
	err, b := readPair(r)
	_ = err
	use(b)
}

func readPair(io.Reader) (error, []byte) { return nil, nil }

func cycle(a, b []byte) {
	a, b = b, a
	use(a)
}
`

// TestUnbounded checks the argument of the last use call of each
// function: those before the "Not payloads" comment hold an unbounded
// payload, from the call want names.
func TestUnbounded(t *testing.T) {
	chk := srctest.Check(t, provenanceSrc)
	file, info := chk.File, chk.Info
	want := map[string]string{
		"readAll": "io.ReadAll(r)", "direct": "bytes.NewBufferString(name).Bytes()", "bufferBytes": "buf.Bytes()",
		"marshal": "json.Marshal(v)", "convention": "Marshal(v)", "file": "os.ReadFile(name)",
		"reassignedParam": "io.ReadAll(r)", "inClosure": "io.ReadAll(r)", "copied": "io.ReadAll(r)",
		"converted": "io.ReadAll(r)", "appended": "io.ReadAll(r)", "sliced": "io.ReadAll(r)",
		"fieldOfLocal": "io.ReadAll(h.Body)",

		"param": "", "wrapped": "", "field": "", "pkgVar": "", "made": "", "stack": "", "constFile": "",
		"constPrefix": "", "minPrefix": "", "truncated": "", "limitReader": "", "limitVar": "",
		"limitedStruct": "", "maxBytes": "", "secondResult": "", "cycle": "",
	}
	classifier := &loggable.Classifier{Info: info}
	for _, decl := range file.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Name.Name == "use" || fd.Name.Name == "Marshal" || fd.Name.Name == "readPair" || fd.Name.Name == "first" {
			continue
		}
		w, ok := want[fd.Name.Name]
		if !ok {
			t.Errorf("unexpected function %s", fd.Name.Name)
			continue
		}
		delete(want, fd.Name.Name)
		arg := fd.Body.List[len(fd.Body.List)-1].(*ast.ExprStmt).X.(*ast.CallExpr).Args[0]
		got := ""
		if src := loggable.Unbounded(info, fd, arg); src != nil {
			got = types.ExprString(src)
		}
		if got != w {
			t.Errorf("%s: Unbounded(%s) = %q, want %q", fd.Name.Name, types.ExprString(arg), got, w)
		}
		// Without the function only a source called in place is seen.
		if src := loggable.Unbounded(info, nil, arg); src != nil && fd.Name.Name != "direct" && fd.Name.Name != "bufferBytes" {
			t.Errorf("%s: Unbounded without the function = %s", fd.Name.Name, types.ExprString(src))
		}
		// ClassifyIn agrees, and finds nothing that Classify does not.
		f := classifier.ClassifyIn(fd, arg)
		if all := classifier.Classify(arg); f != nil && all == nil {
			t.Errorf("%s: ClassifyIn reports %v, Classify nothing", fd.Name.Name, f.Class)
		}
		switch {
		case fd.Name.Name == "stack":
			if f == nil || !f.Stack || f.Source != nil {
				t.Errorf("stack: ClassifyIn = %+v, want a stack trace", f)
			}
		case w == "" && f != nil:
			t.Errorf("%s: ClassifyIn = %v, want nothing", fd.Name.Name, f.Class)
		case w != "" && (f == nil || f.Class != loggable.Payload || f.Source == nil || types.ExprString(f.Source) != w):
			t.Errorf("%s: ClassifyIn = %+v, want a payload from %s", fd.Name.Name, f, w)
		}
	}
	for name := range want {
		t.Errorf("no function %s", name)
	}
}

const classifyInSrc = `package p

import (
	"bytes"
	"encoding/json"
	"io"
	"runtime"
)

func f(r io.Reader, param []byte, raw json.RawMessage, buf *bytes.Buffer) {
	body, _ := io.ReadAll(r)
	st := make([]byte, 1024)
	st = st[:runtime.Stack(st, false)]
	_ = string(body)
	_ = string(param)
	_ = string(st)
	_ = body
	_ = param
	_ = st
	_ = raw
	_ = string(raw)
	_ = buf
}
`

// TestClassifyIn checks the conversions and the types kept as they are:
// string(b) is reported only of a payload, json.RawMessage and
// *bytes.Buffer whatever their origin.
func TestClassifyIn(t *testing.T) {
	chk := srctest.Check(t, classifyInSrc)
	file, info := chk.File, chk.Info
	type result struct {
		class             loggable.Class
		conv, stack, from bool
	}
	want := map[string]*result{
		"string(body)":  {loggable.Payload, true, false, true},
		"string(param)": nil,
		"string(st)":    nil,
		"body":          {loggable.Payload, false, false, true},
		"param":         nil,
		"st":            {loggable.Payload, false, true, false},
		"raw":           {loggable.Payload, false, false, false},
		"string(raw)":   nil,
		"buf":           {loggable.Buffer, false, false, false},
	}
	fn := file.Decls[len(file.Decls)-1].(*ast.FuncDecl)
	c := &loggable.Classifier{Info: info}
	seen := 0
	for _, stmt := range fn.Body.List {
		as, ok := stmt.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || types.ExprString(as.Lhs[0]) != "_" {
			continue
		}
		e := as.Rhs[0]
		text := types.ExprString(e)
		w, ok := want[text]
		if !ok {
			t.Errorf("unexpected expression %s", text)
			continue
		}
		seen++
		f := c.ClassifyIn(fn, e)
		switch {
		case w == nil && f != nil:
			t.Errorf("%s: %v, want nothing", text, f.Class)
		case w != nil && f == nil:
			t.Errorf("%s: nothing, want %v", text, w.class)
		case w != nil:
			if got := (result{f.Class, f.Conv, f.Stack, f.Source != nil}); got != *w {
				t.Errorf("%s: %+v, want %+v", text, got, *w)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("checked %d expressions, want %d", seen, len(want))
	}
}
