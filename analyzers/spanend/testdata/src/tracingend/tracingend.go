// Package tracingend holds spans of the tracing runtime.
package tracingend

import (
	"context"

	"github.com/tracelint/tracelint/tracing"
)

var target = tracing.NewTarget("tracingend")

func load(ctx context.Context) error { return nil }

func leaks(ctx context.Context) error {
	ctx, span := tracing.Start(ctx, "load") // want `span started here is not ended on the path through line 17; it is never exported`
	if err := load(ctx); err != nil {
		return err
	}
	span.End()
	return nil
}

func leaksLevel(ctx context.Context) {
	ctx, span := tracing.StartLevel(ctx, tracing.LevelDebug, "debug") // want `span started here is not ended on the path through line 26; it is never exported`
	span.Record(tracing.Int("n", 1))
}

func leaksTarget(ctx context.Context) {
	ctx, span := target.Start(ctx, "target") // want `span started here is not ended on the path through line 32; it is never exported`
	span.Record(tracing.Int("n", 2))
	_ = load(ctx)
}

func ends(ctx context.Context) error {
	ctx, span := tracing.Start(ctx, "load")
	defer span.End()
	return load(ctx)
}

func endsLevel(ctx context.Context) error {
	ctx, span := target.StartLevel(ctx, tracing.LevelInfo, "load")
	err := load(ctx)
	span.End()
	return err
}
