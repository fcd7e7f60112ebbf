// Package methodexpr: context-less events and span starts written as
// method expressions, whose receiver is the first argument, and called
// through variables that hold them.
package methodexpr

import (
	"context"
	"log/slog"

	"github.com/tracelint/tracelint/tracing"
)

func handle(ctx context.Context, l *slog.Logger, t *tracing.Target) {
	ctx, span := tracing.Start(ctx, "handle")
	defer span.End()
	go func() {
		(*slog.Logger).Info(l, "working", "n", 1) // want `Info in a goroutine takes no context, so its event leaves the span carried by ctx`
	}()
	go func() {
		info := l.Info
		info("working") // want `info in a goroutine takes no context`
	}()
	(*tracing.Target).Info(t, context.Background(), "done") // want `gets context.Background\(\), so its event leaves the span carried by ctx`
}

func silent(ctx context.Context, l *slog.Logger) {
	ctx, span := tracing.Start(ctx, "handle")
	defer span.End()
	go func() {
		(*slog.Logger).InfoContext(l, ctx, "working")
	}()
}
