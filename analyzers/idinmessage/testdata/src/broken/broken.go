// Package broken does not type-check: the analyzer must neither panic
// nor fail on it, and still report what it can.
package broken

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/tracelint/tracelint/tracing"
)

func f(ctx context.Context, id string) {
	slog.Info(fmt.Sprintf("user %s", undefined))
	slog.Info("x " + undefined.Field)
	slog.Info(fmt.Sprintf(undefinedFormat, id))
	slog.Info()
	tracing.Start(ctx)
	tracing.Info(ctx, "a "+id+missing())
	msg := fmt.Sprintf("user %d", nope)
	slog.Info(msg)
	slog.Info(fmt.Sprintf("ok %s", id)) // reported: this part type-checks
	var x int = "string"
	slog.Info("y " + x)
}
