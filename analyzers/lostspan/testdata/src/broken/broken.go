// Package broken does not type-check: lostspan must not panic on the
// partial type information (gopls runs analyzers on such code).
package broken

import (
	"context"
	"log/slog"

	"github.com/tracelint/tracelint/tracing"
)

func f(ctx context.Context) {
	sctx, span := tracing.Start(undefinedCtx, "x")
	defer span.End()
	var c context.Context = nope()
	go undefinedFunc(context.Background())
	go func() {
		slog.Info(undefined)
		work(ctx, sctx, c)
		missing.Info("x")
	}()
	g.Go(func() { slog.Info("y") })
	ctx, other := alsoUndefined(ctx)
	go work(ctx, other)
}

func generic[T any, C context.Context](c C, t T) {
	go func() { slog.Info("generic") }()
}
