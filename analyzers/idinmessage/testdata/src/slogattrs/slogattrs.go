// Package slogattrs holds messages of LogAttrs calls, whose fields are
// slog attributes.
package slogattrs

import (
	"context"
	"log/slog"
	"time"
)

func attrs(ctx context.Context, l *slog.Logger, id string, n int, took time.Duration, err error) {
	slog.LogAttrs(ctx, slog.LevelInfo, "x "+id)                              // want `id is formatted into the message`
	l.LogAttrs(ctx, slog.LevelWarn, "took "+took.String(), slog.Int("n", n)) // want `took.String\(\) is formatted`
	l.With("a", 1).LogAttrs(ctx, slog.LevelError, "failed: "+err.Error())    // want `err is formatted`
	slog.LogAttrs(ctx, slog.LevelInfo, "ok", slog.String("id", id))
}
