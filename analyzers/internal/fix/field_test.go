package fix

import (
	"go/types"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
)

func TestFieldError(t *testing.T) {
	errType := types.Universe.Lookup("error").Type()
	for _, tc := range []struct {
		style  *apis.Style
		q, key string
		want   string
	}{
		{apis.StyleNamed("tracing fields"), "tracing", "error", `tracing.Err(err)`},
		{apis.StyleNamed("tracing fields"), "tracing", "error_2", `tracing.Any("error_2", err)`},
		{apis.StyleNamed("slog attributes"), "slog", "error", `slog.Any("error", err)`},
		{apis.StyleNamed("slog key-value pairs"), "", "error", `"error", err`},
	} {
		if got, _ := Field(tc.style, tc.q, tc.key, "err", errType); got != tc.want {
			t.Errorf("Field(%v, %q) = %s, want %s", tc.style, tc.key, got, tc.want)
		}
	}
}

func apisStyle(t *testing.T, name string) *apis.Style {
	t.Helper()
	s := apis.StyleNamed(name)
	if s == nil {
		t.Fatalf("no style %q", name)
	}
	return s
}
