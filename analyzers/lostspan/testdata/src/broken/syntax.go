package broken

// A file being typed: it does not parse. What parses is analysed.

import (
	"context"
	"log/slog"

	"github.com/tracelint/tracelint/tracing"
)

func typing(ctx context.Context) {
	ctx, span := tracing.Start(ctx, "typing")
	defer span.End()
	go func() {
		slog.Info("in goroutine") // want `slog.Info in a goroutine takes no context`
	}()
	go process(context.Background(), // want `goroutine starts from context.Background\(\), so its events leave the span carried by ctx`
}

func process(ctx context.Context, n int) {}
