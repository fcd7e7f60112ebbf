// Package crossfixlibs is crossfix for the libraries outside the main
// module (zap, OpenTelemetry), loaded in GOPATH mode from the fakes that
// the analyzers' tests use: the fixes of several analyzers meet on one
// call, and the result is analysed again.
package crossfixlibs

import (
	"context"
	"fmt"
	"io"
	"sync"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"
	"go.uber.org/zap"
)

var tracer = otel.Tracer("crossfixlibs")

func handle(ctx context.Context, log *zap.Logger, sugar *zap.SugaredLogger, id string, r io.Reader, span trace.Span, n int) {
	body, _ := io.ReadAll(r)
	// idinmessage and unloggable on one zap call.
	log.Info("request "+id, zap.Binary("body", body))
	sugar.Infow(fmt.Sprintf("request %s", id), "body", body)
	span.SetAttributes(attribute.String("body", string(body)))

	// lostspan, in a goroutine, with an OpenTelemetry span context
	// whose name idinmessage fixes.
	ctx, s := tracer.Start(ctx, "handle "+id, trace.WithAttributes(attribute.Int("attempt", 1)))
	defer s.End()
	var wg sync.WaitGroup
	wg.Go(func() {
		sugar.Info("job ", id, " started")
		s.AddEvent(fmt.Sprintf("retry %d", n))
		work(context.Background(), id)
	})
	wg.Wait()
	work(ctx, id)
}

func work(ctx context.Context, id string) {}
