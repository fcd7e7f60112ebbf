// Package unloggablevalues holds messages formatting values that render
// badly as fields (unloggable reports them): the fix would trade one
// diagnostic for another, so there is none.
package unloggablevalues

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/tracelint/tracelint/tracing"
)

// Reported without a fix: a context, a func, a channel or a payload as
// a field would draw unloggable's diagnostic.
func noFix(ctx context.Context, id string, handler func(), done chan struct{}, body []byte) {
	slog.InfoContext(ctx, fmt.Sprintf("ctx %v", ctx))                    // want `ctx is formatted into the message`
	slog.InfoContext(ctx, fmt.Sprintf("calling %v, id %s", handler, id)) // want `handler and id are formatted`
	slog.InfoContext(ctx, fmt.Sprint("waiting: ", done))                 // want `done is formatted`
	slog.LogAttrs(ctx, slog.LevelInfo, "ctx "+fmt.Sprint(ctx))           // want `ctx is formatted`
	tracing.Info(ctx, fmt.Sprintf("handler %v", handler))                // want `handler is formatted`
	_, span := tracing.Start(ctx, fmt.Sprintf("wait %v", done))          // want `done is formatted`
	span.End()
}

// The nearest cases: values that render well, or that keep a format
// making them text, become fields.
func fixed(ctx context.Context, id string, handler func(), body []byte) {
	slog.InfoContext(ctx, fmt.Sprintf("ctx done: %v", ctx.Err()))   // want `ctx.Err\(\) is formatted`
	slog.InfoContext(ctx, fmt.Sprintf("ctx %T", ctx))               // a type's name: one of a few texts
	slog.InfoContext(ctx, fmt.Sprintf("body %x", body))             // want `body is formatted`
	slog.InfoContext(ctx, fmt.Sprintf("body length %d", len(body))) // want `len\(body\) is formatted`
	tracing.Info(ctx, fmt.Sprintf("handler %T", handler))           // a type's name
	tracing.Info(ctx, "request "+id)                                // want `id is formatted`
}

// Silent: the message is constant.
func silent(ctx context.Context, id string) {
	slog.InfoContext(ctx, "request", "id", id)
	tracing.Info(ctx, "request", tracing.String("id", id))
}
