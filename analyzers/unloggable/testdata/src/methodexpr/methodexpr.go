// Package methodexpr holds fields of calls written as method
// expressions, whose receiver is the first argument, and of calls
// through variables that hold a logging function.
package methodexpr

import (
	"context"
	"io"
	"log/slog"

	"github.com/tracelint/tracelint/tracing"
)

var warn = slog.Warn

func calls(ctx context.Context, l *slog.Logger, t *tracing.Target, r io.Reader, done chan struct{}) {
	body, _ := io.ReadAll(r)
	(*slog.Logger).Info(l, "upload", "body", body)                      // want `body is a \[\]byte payload`
	(*slog.Logger).InfoContext(l, ctx, "waiting", "done", done, "n", 1) // want `done is a channel`
	(*tracing.Target).Info(t, ctx, "upload", tracing.Any("body", body)) // want `body is a \[\]byte payload`
	info := l.Info
	info("upload", "body", body)          // want `body is a \[\]byte payload`
	warn("waiting", "done", done, "n", 2) // want `done is a channel`
}

// body is a parameter: bytes of unknown origin, silent however logged.
func silent(ctx context.Context, l *slog.Logger, body []byte) {
	(*slog.Logger).Info(l, "upload", "body_len", len(body))
	(*slog.Logger).Info(l, "upload", "body", string(body))
}
