// Package methodexpr holds calls written as method expressions, whose
// receiver is the first argument, and calls through variables that hold
// a logging function.
package methodexpr

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/tracelint/tracelint/tracing"
)

// info holds slog.Info for the whole package.
var info = slog.Info

func calls(ctx context.Context, l *slog.Logger, t *tracing.Target, id int) {
	(*slog.Logger).Info(l, fmt.Sprintf("user %d logged in", id))               // want `id is formatted into the message`
	(*slog.Logger).InfoContext(l, ctx, fmt.Sprintf("user %d logged out", id))  // want `id is formatted into the message`
	(*tracing.Target).Info(t, ctx, fmt.Sprintf("order %d shipped", id))        // want `id is formatted into the message`
	(*slog.Logger).LogAttrs(l, ctx, slog.LevelInfo, fmt.Sprintf("job %d", id)) // want `id is formatted into the message`
	warn := l.Warn
	warn(fmt.Sprintf("user %d locked", id)) // want `id is formatted into the message`
	info(fmt.Sprintf("user %d seen", id))   // want `id is formatted into the message`
	logInfo := (*slog.Logger).Info
	logInfo(l, fmt.Sprintf("user %d left", id)) // want `id is formatted into the message`
}

func silent(ctx context.Context, l *slog.Logger, id int) {
	(*slog.Logger).Info(l, "user logged in", "id", id)
	g := l.Error
	g = l.Warn // g holds no one function: its calls are not resolved
	g(fmt.Sprintf("user %d failed", id))
	msg := fmt.Sprintf("user %d", id)
	(*slog.Logger).Info(l, "message kept as a field", "msg", msg)
}
