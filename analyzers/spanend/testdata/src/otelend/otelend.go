// Package otelend holds OpenTelemetry spans ended on every path, and
// spans that some path leaves open.
package otelend

import (
	"context"
	"errors"
	"log"
	"os"
	"testing"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
	"go.uber.org/zap"
)

var tracer = otel.Tracer("otelend")

func work(ctx context.Context) error { return nil }

func earlyReturn(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "early") // want `span started here is not ended on the path through line 24; it is never exported`
	if err := work(ctx); err != nil {
		return err
	}
	span.End()
	return nil
}

func neverEnded(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "never") // want `span started here is not ended on the path through line 34; it is never exported`
	span.AddEvent("started")
	_ = work(ctx)
}

func deferred(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "deferred")
	defer span.End()
	return work(ctx)
}

func deferredLiteral(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "literal")
	defer func() {
		span.End()
	}()
	return work(ctx)
}

func everyBranch(ctx context.Context, kind int) error {
	ctx, span := tracer.Start(ctx, "branches")
	switch kind {
	case 0:
		span.End()
		return nil
	case 1:
		err := work(ctx)
		span.End()
		return err
	default:
		span.End()
		return errors.New("unknown kind")
	}
}

func missingBranch(ctx context.Context, kind int) error {
	ctx, span := tracer.Start(ctx, "branches") // want `span started here is not ended on the path through line 73; it is never exported`
	switch kind {
	case 0:
		span.End()
		return nil
	case 1:
		return work(ctx)
	}
	span.End()
	return nil
}

func discarded(ctx context.Context) error {
	dctx, _ := tracer.Start(ctx, "discarded") // want `span started here is discarded, so it can never be ended; it is never exported`
	return work(dctx)
}

func discardedStatement(ctx context.Context) {
	tracer.Start(ctx, "statement") // want `span started here is discarded, so it can never be ended; it is never exported`
}

// Exits that are not leaks: the program or the goroutine ends.
func exits(ctx context.Context, logger *zap.Logger, n int) {
	ctx, span := tracer.Start(ctx, "exits")
	switch n {
	case 0:
		os.Exit(1)
	case 1:
		log.Fatal("no")
	case 2:
		logger.Fatal("no")
	case 3:
		panic("no")
	case 4:
		fatal(ctx)
	}
	span.End()
}

// fatal never returns: its callers' paths end here.
func fatal(ctx context.Context) {
	log.Fatalf("giving up")
}

// A recovered panic returns from the function.
func recovered(ctx context.Context) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("recovered")
		}
	}()
	ctx, span := tracer.Start(ctx, "recovered") // want `span started here is not ended on the path through line 120; it is never exported`
	if ctx == nil {
		panic("no context")
	}
	span.End()
	return nil
}

// Spans that escape are the business of whoever gets them.

type holder struct{ span trace.Span }

func returned(ctx context.Context) (context.Context, trace.Span) {
	ctx, span := tracer.Start(ctx, "returned")
	return ctx, span
}

func stored(ctx context.Context, h *holder) {
	_, span := tracer.Start(ctx, "stored")
	h.span = span
}

func inMap(ctx context.Context, m map[string]trace.Span) {
	_, span := tracer.Start(ctx, "map")
	m["x"] = span
}

func inStruct(ctx context.Context) holder {
	_, span := tracer.Start(ctx, "struct")
	return holder{span: span}
}

func passed(ctx context.Context) {
	_, span := tracer.Start(ctx, "passed")
	finish(span)
}

func finish(span trace.Span) { span.End() }

func sent(ctx context.Context, ch chan<- trace.Span) {
	_, span := tracer.Start(ctx, "sent")
	ch <- span
}

func captured(ctx context.Context, done chan struct{}) {
	_, span := tracer.Start(ctx, "captured")
	go func() {
		<-done
		span.End()
	}()
}

// contextReturned starts a span for its caller, who ends it through
// trace.SpanFromContext.
func contextReturned(ctx context.Context) context.Context {
	ctx, _ = tracer.Start(ctx, "for the caller")
	return ctx
}

func endedFromContext(ctx context.Context) {
	ctx, _ = tracer.Start(ctx, "from context")
	defer trace.SpanFromContext(ctx).End()
}

// Returns inside loops.

func loopReturn(ctx context.Context, items []string) error {
	ctx, span := tracer.Start(ctx, "loop") // want `span started here is not ended on the path through line 188; it is never exported`
	for _, it := range items {
		if it == "" {
			return errors.New("empty item")
		}
	}
	span.End()
	return nil
}

func loopContinue(ctx context.Context, items []string) {
	for _, it := range items {
		_, span := tracer.Start(ctx, it) // want `span started here is not ended on the path through line 196; it is never exported`
		if it == "" {
			continue
		}
		span.End()
	}
}

func loopEnded(ctx context.Context, items []string) {
	for _, it := range items {
		_, span := tracer.Start(ctx, it)
		if it == "" {
			span.End()
			continue
		}
		span.End()
	}
}

// Generics: a tracer of any type that has the method.
func generic[T trace.Tracer](ctx context.Context, t T) error {
	ctx, span := t.Start(ctx, "generic") // want `span started here is not ended on the path through line 220; it is never exported`
	if err := work(ctx); err != nil {
		return err
	}
	span.End()
	return nil
}

func genericEnded[T any](ctx context.Context, v T) error {
	ctx, span := tracer.Start(ctx, "generic")
	defer span.End()
	return work(ctx)
}

func nilChecked(ctx context.Context) {
	_, span := tracer.Start(ctx, "nil")
	if span != nil {
		defer span.End()
	}
}

// t.Fatal ends the test's goroutine: not a leak.
func inTest(ctx context.Context, t *testing.T) {
	ctx, span := tracer.Start(ctx, "test")
	if err := work(ctx); err != nil {
		t.Fatalf("work: %v", err)
	}
	span.End()
}
