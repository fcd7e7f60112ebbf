// Package otelerrors holds OpenTelemetry spans whose function returns
// an error, recorded on the span or not (-spanend.errors).
package otelerrors

import (
	"context"
	"errors"
	"fmt"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"

	"github.com/tracelint/tracelint/tracing"
)

var tracer = otel.Tracer("otelerrors")

func work(ctx context.Context) error { return nil }

func unrecorded(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "unrecorded") // want `span started here does not record the error returned at line 25; the trace shows the operation as successful`
	defer span.End()
	if err := work(ctx); err != nil {
		return err
	}
	return nil
}

func twoReturns(ctx context.Context) (int, error) {
	ctx, span := tracer.Start(ctx, "two") // want `span started here does not record the error returned at line 34; the trace shows the operation as successful`
	defer span.End()
	if err := work(ctx); err != nil {
		return 0, err
	}
	err := work(ctx)
	if err != nil {
		return 1, err
	}
	return 2, nil
}

func built(ctx context.Context, n int) error {
	ctx, span := tracer.Start(ctx, "built") // want `span started here does not record the error returned at line 47; the trace shows the operation as successful`
	defer span.End()
	if n < 0 {
		return fmt.Errorf("negative: %d", n)
	}
	return work(ctx)
}

func recorded(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "recorded")
	defer span.End()
	if err := work(ctx); err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, err.Error())
		return err
	}
	return nil
}

func recordedDeferred(ctx context.Context) (err error) {
	ctx, span := tracer.Start(ctx, "deferred")
	defer func() {
		if err != nil {
			span.RecordError(err)
		}
		span.End()
	}()
	if err = work(ctx); err != nil {
		return err
	}
	return errors.New("always")
}

// maybeNil returns an error that may be nil: not reported.
func maybeNil(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "maybe")
	defer span.End()
	err := work(ctx)
	return err
}

// handedOn passes the span to a helper, which may record the error.
func handedOn(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "handed")
	defer span.End()
	if err := work(ctx); err != nil {
		return fail(span, err)
	}
	return nil
}

func fail(span trace.Span, err error) error {
	span.RecordError(err)
	return err
}

// tracingSpan: the tracing runtime records errors as fields; the rule
// is OpenTelemetry's.
func tracingSpan(ctx context.Context) error {
	ctx, span := tracing.Start(ctx, "tracing")
	defer span.End()
	if err := work(ctx); err != nil {
		return err
	}
	return nil
}

// endedFirst ends its span before the step that fails: the error is
// not the span's.
func endedFirst(ctx context.Context) error {
	_, span := tracer.Start(ctx, "first step")
	if err := work(ctx); err != nil {
		span.RecordError(err)
		span.End()
		return err
	}
	span.End()
	if err := work(ctx); err != nil {
		return err
	}
	return nil
}
