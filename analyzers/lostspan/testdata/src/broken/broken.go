// Package broken does not type-check: lostspan must not panic on the
// partial type information (editors run analyzers on such code), and
// still reports the contexts lost in the parts that type-check.
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
	go undefinedFunc(context.Background()) // want `goroutine starts from context.Background\(\), so its events leave the span carried by sctx`
	go func() {
		slog.Info(undefined) // want `slog.Info in a goroutine takes no context`
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
