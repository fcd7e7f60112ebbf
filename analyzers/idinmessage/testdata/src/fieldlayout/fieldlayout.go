// Package fieldlayout holds fixes that add fields as the call's own
// fields are written: slog.Attr values beside slog.Attr values, and a
// line of its own in a call that puts one field per line.
package fieldlayout

import (
	"context"
	"fmt"
	"log/slog"
	"time"
)

// The fields are slog.Attr values: the new one is an Attr, even in
// slog.Info's ...any.
func attrs(ctx context.Context, l *slog.Logger, id string, n int, d time.Duration) {
	slog.Info(fmt.Sprintf("user %s", id), slog.Int("n", n)) // want `id is formatted into the message`

	l.InfoContext(ctx, fmt.Sprintf("job %s timed out", id), // want `id is formatted into the message`
		slog.Duration("timeout", d),
		slog.Int("attempt", n),
	)

	l.ErrorContext(ctx, "retry after "+d.String(), slog.Int("attempt", n), slog.String("id", id)) // want `d.String\(\) is formatted into the message`
}

// Key-value pairs, one per line: the new pair gets a line too.
func pairs(l *slog.Logger, id string, n int) {
	l.Info(fmt.Sprintf("user %s", id), // want `id is formatted into the message`
		"n", n,
		"ok", true,
	)

	// The message alone on its line, and the last argument.
	l.Warn(
		fmt.Sprintf("user %s gone", id), // want `id is formatted into the message`
	)

	// Two fields on the last line: the new one follows them.
	l.Info(fmt.Sprintf("user %s", id), // want `id is formatted into the message`
		"n", n, "ok", true,
	)
}

// A KV call that mixes pairs and Attrs, or has no field, takes a pair.
func mixed(id string, n int) {
	slog.Info(fmt.Sprintf("user %s", id), "n", n, slog.Bool("ok", true)) // want `id is formatted into the message`
	slog.Info(fmt.Sprintf("user %s", id))                                // want `id is formatted into the message`
}

// LogAttrs, one per line.
func logAttrs(ctx context.Context, id string, n int) {
	slog.LogAttrs(ctx, slog.LevelInfo, fmt.Sprintf("user %s", id), // want `id is formatted into the message`
		slog.Int("n", n),
	)
}

// Not reported: the nearest correct calls.
func silent(ctx context.Context, l *slog.Logger, id string, n int) {
	slog.Info("user", slog.String("id", id), slog.Int("n", n))
	l.InfoContext(ctx, "job timed out",
		slog.String("id", id),
		slog.Int("attempt", n),
	)
}
