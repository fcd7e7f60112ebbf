// Package declared calls functions that the -wrappers setting declares
// (TestDeclared): declared/ext.Log and declared/ext.Logger.{Info,Count}
// as slog events, declared/ext.Start as a span start.
package declared

import (
	"context"
	"fmt"

	"declared/ext"
)

func calls(ctx context.Context, l ext.Logger, id string) {
	ext.Log(fmt.Sprintf("user %s logged in", id)) // want `^id is formatted into the message; record it as a field so it can be queried$`
	l.Info("user " + id + " logged in")           // want `id is formatted into the message`
	ext.Start(ctx, "load "+id)                    // want `id is formatted into the span name`
	l.Count(3)                                    // want `^-wrappers declares declared/ext.Logger.Count a slog event, but no string parameter for the message$`
	l.Count(4)
}

// The nearest correct code.
func silent(ctx context.Context, l ext.Logger, id string) {
	ext.Log("user logged in", "user_id", id)
	l.Info("user logged in", "user_id", id)
	ext.Start(ctx, "load")
}
