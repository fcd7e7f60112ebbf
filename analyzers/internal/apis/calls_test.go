package apis

import (
	"go/ast"
	"slices"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/srctest"
)

const callsSrc = `package p

import (
	"context"
	"log/slog"
)

var Info = slog.Info     // held
var Warn = slog.Warn     // reassigned below: not held
var Ctor = slog.String   // held

func f(ctx context.Context, l *slog.Logger) {
	(*slog.Logger).Info(l, "methodexpr", "k", 1)
	(*slog.Logger).InfoContext(l, ctx, "methodexprctx")
	info := l.Info
	info("methodvalue")
	ex := (*slog.Logger).Warn
	ex(l, "heldmethodexpr")
	Info("pkgvar")
	Warn("reassigned")
	g := slog.Error
	p := &g
	g("addressed")
	_ = p
	_ = Ctor("k", "v")
}

func init() { Warn = slog.Error }
`

func TestCalls(t *testing.T) {
	c := srctest.Check(t, callsSrc)
	f, info := c.File, c.Info
	calls := NewCalls(info, []*ast.File{f}, nil)
	// The message argument index that the resolved row must give, by
	// message; -1: the call must not resolve.
	want := map[string]int{
		"methodexpr": 1, "methodexprctx": 2, "methodvalue": 0, "heldmethodexpr": 1,
		"pkgvar": 0, "reassigned": -1, "addressed": -1,
	}
	seen := 0
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		for i, arg := range call.Args {
			msg, ok := ConstString(info, arg)
			w, known := want[msg]
			if !ok || !known {
				continue
			}
			seen++
			a := calls.Lookup(call)
			switch {
			case w < 0 && a != nil:
				t.Errorf("%s: resolved to %s.%s, want nothing", msg, a.Recv, a.Name)
			case w >= 0 && a == nil:
				t.Errorf("%s: not resolved", msg)
			case w >= 0 && (a.Msg != w || a.Msg != i):
				t.Errorf("%s: row's message is argument %d, want %d", msg, a.Msg, w)
			}
			if a != nil && a.CtxForm != "" {
				if sib := a.Sibling(a.CtxForm); sib == nil || sib.Ctx != a.Msg {
					t.Errorf("%s: sibling %s takes its context at %v, want %d", msg, a.CtxForm, sib, a.Msg)
				}
			}
			break
		}
		return true
	})
	if seen != len(want) {
		t.Errorf("checked %d calls, want %d", seen, len(want))
	}
	// A held constructor resolves too.
	var ctor *API
	ast.Inspect(f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "Ctor" {
				ctor = calls.Lookup(call)
			}
		}
		return true
	})
	if ctor == nil || ctor.Role != FieldCtor || ctor.Kind != KindString {
		t.Errorf("Ctor(...) resolved to %+v, want slog.String's row", ctor)
	}
}

// TestSites checks which files the syntax analyzers index: those with a
// call of a known API or a go statement; all of them when a variable
// holds a known function; none when the package has neither.
func TestSites(t *testing.T) {
	const logs = "package p\n\nimport \"log/slog\"\n\nfunc a() { slog.Info(\"x\") }\n"
	const spawns = "package p\n\nfunc b() { go b() }\n"
	const quiet = "package p\n\nimport \"log/slog\"\n\nvar _ slog.Level\n\nfunc c() {}\n"
	const held = "package p\n\nimport \"log/slog\"\n\nvar info = slog.Info\n"
	for _, tc := range []struct {
		name string
		srcs []string
		want []int // indices of the files in Sites
	}{
		{"calls and go statements", []string{logs, quiet, spawns}, []int{0, 2}},
		{"nothing", []string{quiet}, nil},
		{"a held function", []string{quiet, held}, []int{0, 1}},
	} {
		c := srctest.CheckFiles(t, tc.srcs...)
		calls := NewCalls(c.Info, c.Files, nil)
		var got []int
		for _, f := range calls.Sites() {
			for i, g := range c.Files {
				if f == g {
					got = append(got, i)
				}
			}
		}
		if !slices.Equal(got, tc.want) || calls.Empty() != (len(tc.want) == 0) {
			t.Errorf("%s: Sites = files %v, Empty = %v; want files %v", tc.name, got, calls.Empty(), tc.want)
		}
	}
}
