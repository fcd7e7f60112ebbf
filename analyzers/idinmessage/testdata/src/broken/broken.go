// Package broken does not type-check: the analyzer must neither panic
// nor fail on it, and still report the calls whose message is built from
// values, whatever their types; an expression that does not type-check
// is not reported.
package broken

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/tracelint/tracelint/tracing"
)

func f(ctx context.Context, id string) {
	slog.Info(fmt.Sprintf("user %s", undefined)) // want `undefined is formatted into the message`
	slog.Info("x " + undefined.Field)
	slog.Info(fmt.Sprintf(undefinedFormat, id))
	slog.Info()
	tracing.Start(ctx)
	tracing.Info(ctx, "a "+id+missing())
	msg := fmt.Sprintf("user %d", nope)
	slog.Info(msg)                      // want `nope is formatted into the message`
	slog.Info(fmt.Sprintf("ok %s", id)) // want `id is formatted into the message`
	var x int = "string"
	slog.Info("y " + x)
}
