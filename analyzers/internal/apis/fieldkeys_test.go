package apis

import (
	"go/ast"
	"slices"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/srctest"
)

const fieldKeysSrc = `package p

import (
	"context"
	"errors"
	"log/slog"
)

func f(ctx context.Context, l *slog.Logger, k string, attrs []any) {
	err := errors.New("x")
	slog.Info("kv", "user_id", 1, slog.String("order_id", "o"), k, 2, slog.Any("error", err))
	slog.Info("dangling", "user_id", 1, "oops")
	slog.Info("spread", attrs...)
	l.LogAttrs(ctx, slog.LevelInfo, "attrs", slog.Int("n", 1), slog.Group("req", "path", "/"))
	l.With("a", 1).Warn("none")
}
`

func TestFieldKeys(t *testing.T) {
	c := srctest.Check(t, fieldKeysSrc)
	f, info := c.File, c.Info
	type result struct {
		keys       []string
		appendable bool
	}
	want := map[string]result{
		"kv":       {[]string{"user_id", "order_id", "error"}, true},
		"dangling": {[]string{"user_id"}, false},
		"spread":   {nil, false},
		"attrs":    {[]string{"n", "req"}, true},
		"none":     {nil, true},
	}
	seen := 0
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		a := Lookup(info, call)
		if a == nil || a.Role != Event {
			return true
		}
		msg := info.Types[Arg(call, a.Msg)].Value
		if msg == nil {
			t.Fatalf("no constant message in %v", call)
		}
		name := msg.ExactString()
		name = name[1 : len(name)-1]
		w, ok := want[name]
		if !ok {
			t.Fatalf("unexpected call %q", name)
		}
		seen++
		keys, appendable := a.FieldKeys(info, call)
		if !slices.Equal(keys, w.keys) || appendable != w.appendable {
			t.Errorf("%s: FieldKeys = %q, %v; want %q, %v", name, keys, appendable, w.keys, w.appendable)
		}
		return true
	})
	if seen != len(want) {
		t.Errorf("checked %d calls, want %d", seen, len(want))
	}
}
