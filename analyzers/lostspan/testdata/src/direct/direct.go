// Package direct: context.Background() or TODO() given as the context of
// an event or a span start while a context is in scope (rule 4).
package direct

import (
	"context"
	"log/slog"

	"github.com/tracelint/tracelint/tracing"
)

var tr = tracing.NewTarget("direct")

func events(ctx context.Context, logger *slog.Logger) {
	slog.InfoContext(context.Background(), "start")          // want `slog.InfoContext gets context.Background\(\), so its event leaves the span carried by ctx`
	logger.ErrorContext(context.TODO(), "failed")            // want `Logger.ErrorContext gets context.TODO\(\), so its event leaves the span carried by ctx`
	slog.Log(context.Background(), slog.LevelWarn, "slow")   // want `slog.Log gets context.Background\(\)`
	slog.LogAttrs(context.Background(), slog.LevelInfo, "a") // want `slog.LogAttrs gets context.Background\(\)`
	tracing.Info(context.Background(), "done")               // want `tracing.Info gets context.Background\(\), so its event leaves the span carried by ctx`
	tr.Warn(context.Background(), "slow")                    // want `Target.Warn gets context.Background\(\)`
	tracing.Log(context.TODO(), tracing.LevelDebug, "x")     // want `tracing.Log gets context.TODO\(\)`
}

func spans(ctx context.Context) {
	sctx, span := tracing.Start(context.Background(), "orphan") // want `tracing.Start gets context.Background\(\), so the new span starts a separate trace instead of joining the span carried by ctx`
	defer span.End()
	_, span2 := tr.StartLevel(context.TODO(), tracing.LevelInfo, "orphan2") // want `Target.StartLevel gets context.TODO\(\), so the new span starts a separate trace instead of joining the span carried by sctx`
	defer span2.End()
	_ = sctx
}

// The nearest correct code: silent.

// The root span of a function that has no other context.
func main_() {
	ctx, span := tracing.Start(context.Background(), "main")
	defer span.End()
	tracing.Info(ctx, "started")
}

// A context variable set from Background carries no span: the root span
// started from it or from Background is not reported.
func rootFromBackground() {
	ctx := context.Background()
	ctx, span := tracing.Start(context.Background(), "main")
	defer span.End()
	tracing.Info(ctx, "started")
}

func passes(ctx context.Context) {
	slog.InfoContext(ctx, "start")
	tracing.Info(context.WithoutCancel(ctx), "detached work")
	sctx, span := tracing.Start(ctx, "child")
	defer span.End()
	tracing.Info(sctx, "in child")
}

// Not an event or a span start: rule 4 is only about those.
func other(ctx context.Context) {
	c, cancel := context.WithCancel(context.Background())
	defer cancel()
	_ = c
}
