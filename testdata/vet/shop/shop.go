// Package shop is the module that tracelint's end-to-end test runs
// tracelint, go vet -vettool and go fix -fixtool on.
package shop

import (
	"context"
	"fmt"
	"log/slog"

	"example.com/vetdemo/applog"
	"github.com/tracelint/tracelint/tracing"
)

type Order struct {
	ID    string
	Items int
}

// Place logs with tracing and with slog; every message carries a value.
func Place(ctx context.Context, o Order, userID int) {
	ctx, span := tracing.Start(ctx, "place order "+o.ID)
	defer span.End()
	tracing.Info(ctx, fmt.Sprintf("order has %d items", o.Items))
	slog.InfoContext(ctx, fmt.Sprintf("User %d placed an order", userID))
}

// Cancel logs through the module's own wrapper of slog.
func Cancel(o Order) {
	applog.Info("order " + o.ID + " cancelled")
}

// Ship is already right: nothing to report.
func Ship(ctx context.Context, o Order) {
	tracing.Info(ctx, "shipping order", tracing.String("order_id", o.ID))
}
