// Package crossfix holds code where the fixes of several analyzers meet
// (crossfix_test.go applies them all and runs the analyzers again on the
// result). It is not a test of any one analyzer: each has its own.
package crossfix

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"sync"

	"github.com/tracelint/tracelint/tracing"
)

func handle(ctx context.Context, id string, r io.Reader, jobs <-chan int) {
	body, _ := io.ReadAll(r) // a payload: unloggable reports it as a field
	// idinmessage: values that would become fields unloggable reports.
	slog.InfoContext(ctx, fmt.Sprintf("ctx %v", ctx))
	tracing.Info(ctx, fmt.Sprintf("reading %v", jobs))
	slog.InfoContext(ctx, "body "+string(body))

	// idinmessage and unloggable on one call.
	slog.InfoContext(ctx, fmt.Sprintf("request %s", id), "body", body)
	tracing.Info(ctx, "request "+id, tracing.Any("body", body))

	// lostspan and idinmessage on one call, in a goroutine.
	var wg sync.WaitGroup
	wg.Go(func() {
		slog.Info(fmt.Sprintf("working on %s", id))
	})
	wg.Wait()
	done := make(chan struct{})
	go func() {
		defer close(done)
		tracing.Info(context.Background(), "background "+id)
	}()
	<-done
}

// spanend, idinmessage and lostspan around one span start: a span name
// built from a value, a span never ended, and a goroutine that drops the
// span's context.
func fetch(ctx context.Context, id string) error {
	ctx, span := tracing.Start(ctx, "fetch "+id)
	if id == "" {
		return fmt.Errorf("no id")
	}
	go work(context.Background(), id)
	span.End()
	return nil
}

// spanend in a loop: the context chain, and a discarded span.
func batch(ctx context.Context, ids []string) {
	var span *tracing.Span
	for _, id := range ids {
		ctx, span = tracing.Start(ctx, "item")
		tracing.Info(ctx, "item "+id)
		span.End()
	}
	ctx, _ = tracing.Start(ctx, "after")
	tracing.Info(ctx, "done")
}

func work(ctx context.Context, id string) {}
