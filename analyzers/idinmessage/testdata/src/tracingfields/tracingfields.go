// Package tracingfields holds messages and span names of the tracing
// runtime: its functions and *Target methods, with typed fields.
package tracingfields

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/tracelint/tracelint/tracing"
)

type Order struct {
	ID       string
	Items    int
	Total    float64
	Paid     bool
	Customer uint64
	Placed   time.Time
	Took     time.Duration
}

type UserID string

type Status int

func (s Status) String() string { return "status" }

var tr = tracing.NewTarget("shop/orders")

func events(ctx context.Context, o Order, id UserID, s Status, err error, n int32) {
	tracing.Info(ctx, "placing order "+o.ID)                                            // want `o.ID is formatted into the message; record it as a field so it can be queried`
	tracing.Debug(ctx, fmt.Sprintf("order has %d items", o.Items))                      // want `o.Items is formatted`
	tracing.Warn(ctx, fmt.Sprintf("total %v paid %t", o.Total, o.Paid))                 // want `o.Total and o.Paid are formatted`
	tracing.Trace(ctx, fmt.Sprintf("customer %d at %v", o.Customer, o.Placed))          // want `o.Customer and o.Placed are formatted`
	tracing.Trace(ctx, fmt.Sprintf("customer %d, placed %v", o.Customer, o.Placed))     // want `o.Customer and o.Placed are formatted`
	tracing.Info(ctx, fmt.Sprintf("took %s", o.Took), tracing.String("order_id", o.ID)) // want `o.Took is formatted`
	tracing.Error(ctx, "failed: "+err.Error())                                          // want `err is formatted into the message`
	tracing.Info(ctx, fmt.Sprintf("user %s status %v", id, s))                          // want `id and s are formatted`
	tracing.Info(ctx, fmt.Sprintf("shard %d", n))                                       // want `n is formatted`
	tracing.Log(ctx, tracing.LevelTrace, "log "+string(id))                             // want `string\(id\) is formatted`
	tracing.Error(ctx, "wrapped: "+fmt.Errorf("x: %w", err).Error(), tracing.Err(err))  // want `fmt.Errorf\("x: %w", err\) is formatted`
	tracing.Info(ctx, "ok", tracing.String("order_id", o.ID))
	tracing.Info(ctx, errors.New("boom").Error()) // want `errors.New\("boom"\) is formatted`
}

func spans(ctx context.Context, id string, o *Order) {
	ctx, span := tracing.Start(ctx, "GET /users/"+id) // want `id is formatted into the span name, making one span class per value; record it as a field so the name identifies the class`
	defer span.End()
	_, s2 := tracing.StartLevel(ctx, tracing.LevelDebug, fmt.Sprintf("GET /users/%s/orders", id)) // want `id is formatted into the span name`
	s2.End()
	_, s3 := tr.Start(ctx, "process "+o.ID, tracing.Int("items", o.Items)) // want `o.ID is formatted into the span name`
	s3.End()
	_, s4 := tracing.Start(ctx, "static")
	s4.End()
}

func target(ctx context.Context, id string, n int) {
	tr.Info(ctx, "lookup "+id)                                // want `id is formatted`
	tr.Warn(ctx, fmt.Sprintf("retry %d", n))                  // want `n is formatted`
	tr.Log(ctx, tracing.LevelInfo, fmt.Sprintf("n=%d", n))    // want `n is formatted`
	_, s := tr.StartLevel(ctx, tracing.LevelInfo, "span "+id) // want `id is formatted into the span name`
	s.End()
}
