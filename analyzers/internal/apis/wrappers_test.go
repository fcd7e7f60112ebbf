package apis

import (
	"go/types"
	"strings"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/srctest"
)

const declareSrc = `package p

import (
	"context"
	"log/slog"
)

func Info(msg string, kv ...any)                               {}
func Attrs(ctx context.Context, msg string, attrs ...slog.Attr) {}
func Infof(format string, args ...any)                         {}
func Plain(ctx context.Context, code int, msg string)         {}
// A span start of the tracing runtime, whose fields are slog.Attr.
func Start(ctx context.Context, name string, fields ...slog.Attr) (context.Context, int) {
	return nil, 0
}
func Count(n int)                                  {}
func Ints(msg string, xs ...int)                   {}
func NoCtx(name string) (context.Context, int)    { return nil, 0 }
func NoResult(ctx context.Context, name string)    {}

type T struct{}

func (T) Warn(msg string, kv ...any) {}
`

// TestDeclare checks the rows that declarations read off signatures,
// and the signatures that do not fit.
func TestDeclare(t *testing.T) {
	c := srctest.Check(t, declareSrc)
	fn := func(name string) *types.Func {
		if f, ok := c.Pkg.Scope().Lookup(name).(*types.Func); ok {
			return f
		}
		tn := c.Pkg.Scope().Lookup("T").(*types.TypeName)
		m, _, _ := types.LookupFieldOrMethod(tn.Type(), false, c.Pkg, name)
		return m.(*types.Func)
	}
	slog, tracing := LibraryNamed("slog"), LibraryNamed("tracing")
	for _, tc := range []struct {
		name             string
		lib              *Library
		role             Role
		ctx, msg, fields int
		style            *Style
		printf           bool
	}{
		{"Info", slog, Event, -1, 0, 1, slogKV, false},
		{"Attrs", slog, Event, 0, 1, 2, slogAttrs, false},
		{"Infof", slog, Event, -1, 0, -1, slogKV, true},
		{"Plain", slog, Event, 0, 2, -1, slogKV, false},
		{"Start", tracing, SpanStart, 0, 1, 2, tracingFields, false},
		{"Warn", slog, Event, -1, 0, 1, slogKV, false},
	} {
		a, err := Declare(fn(tc.name), tc.lib, tc.role)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if a.Role != tc.role || a.Ctx != tc.ctx || a.Msg != tc.msg || a.Fields != tc.fields || a.Style != tc.style || a.Printf != tc.printf || !a.Derived || a.Lib != tc.lib {
			t.Errorf("%s: got role %v ctx %d msg %d fields %d style %v printf %v", tc.name, a.Role, a.Ctx, a.Msg, a.Fields, a.Style.Name, a.Printf)
		}
		// The spec crosses packages and comes back the same.
		b, err := Rebuild(fn(tc.name), a.Spec())
		if err != nil || *b != *a {
			t.Errorf("%s: Rebuild = %+v, %v; want %+v", tc.name, b, err, a)
		}
	}
	if got := FuncName(fn("Warn")); got != "p.T.Warn" {
		t.Errorf("FuncName = %s", got)
	}
	for _, tc := range []struct {
		name string
		lib  *Library
		role Role
		err  string
	}{
		{"Count", slog, Event, "no string parameter for the message"},
		{"Ints", slog, Event, "the fields are ...int, which slog does not take"},
		{"NoCtx", tracing, SpanStart, "a span start takes a context.Context"},
		{"NoResult", tracing, SpanStart, "returns a context.Context first"},
	} {
		if _, err := Declare(fn(tc.name), tc.lib, tc.role); err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.err)
		}
	}
	if DeclaredRole(fn("Start")) != SpanStart || DeclaredRole(fn("Info")) != Event {
		t.Error("DeclaredRole")
	}
	if _, err := Rebuild(fn("Info"), Spec{Lib: "log4j"}); err == nil {
		t.Error("Rebuild of an unknown library succeeded")
	}
}
