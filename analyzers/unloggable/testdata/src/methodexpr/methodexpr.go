// Package methodexpr holds fields of calls written as method
// expressions, whose receiver is the first argument, and of calls
// through variables that hold a logging function.
package methodexpr

import (
	"context"
	"log/slog"

	"github.com/tracelint/tracelint/tracing"
)

var warn = slog.Warn

func calls(ctx context.Context, l *slog.Logger, t *tracing.Target, body []byte, done chan struct{}) {
	(*slog.Logger).Info(l, "upload", "body", body)                      // want `body is a \[\]byte payload`
	(*slog.Logger).InfoContext(l, ctx, "waiting", "done", done, "n", 1) // want `done is a channel`
	(*tracing.Target).Info(t, ctx, "upload", tracing.Any("body", body)) // want `body is a \[\]byte payload`
	info := l.Info
	info("upload", "body", body)          // want `body is a \[\]byte payload`
	warn("waiting", "done", done, "n", 2) // want `done is a channel`
}

func silent(ctx context.Context, l *slog.Logger, body []byte) {
	(*slog.Logger).Info(l, "upload", "body_len", len(body))
	(*slog.Logger).Info(l, "upload", "body", string(body))
}
