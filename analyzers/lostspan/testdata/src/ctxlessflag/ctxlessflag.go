// Package ctxlessflag: with -lostspan.ctxless, context-less events are
// reported outside goroutines too, wherever a context is in scope.
package ctxlessflag

import (
	"context"
	"log/slog"

	"github.com/tracelint/tracelint/tracing"
)

func handle(ctx context.Context, logger *slog.Logger, id string) {
	slog.Info("handling", "id", id) // want `slog.Info takes no context, so its event leaves the span carried by ctx`
	ctx, span := tracing.Start(ctx, "handle")
	defer span.End()
	logger.Warn("slow") // want `Logger.Warn takes no context, so its event leaves the span carried by ctx`
	go func() {
		slog.Error("failed") // want `slog.Error in a goroutine takes no context`
	}()
}

// The nearest correct code: silent.

func withContext(ctx context.Context, logger *slog.Logger) {
	slog.InfoContext(ctx, "handling")
	logger.WarnContext(ctx, "slow")
}

// No context in scope: nothing to pass.
func noContext(logger *slog.Logger) {
	slog.Info("starting")
	logger.Warn("slow")
}

// A context that carries no span does not count.
func detached() {
	ctx := context.Background()
	slog.Info("starting")
	_ = ctx
}
