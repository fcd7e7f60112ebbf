package broken

// A file being typed: it does not parse. What parses is analysed.

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/tracelint/tracelint/tracing"
)

func typing(ctx context.Context, id string, n int) {
	slog.Info(fmt.Sprintf("user %s", id)) // want `id is formatted into the message`
	tracing.Info(ctx, fmt.Sprintf("got %d", undefinedCount)) // want `undefinedCount is formatted into the message`
	slog.Info(fmt.Sprintf("user %d", n) // want `n is formatted into the message`
	slog.Info(fmt.Sprintf("user %d", // not reported: the operand is not written yet
}
