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
