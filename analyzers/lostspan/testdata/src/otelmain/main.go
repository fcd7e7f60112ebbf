// Package main: the evidence rule with OpenTelemetry. In package main, a
// context from context.Background() carries no span; one from a span
// start (Tracer.Start) or trace.ContextWithSpan does, and so do the
// parameters that the package's calls pass it to.
package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"

	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("otelmain")

func work(ctx context.Context) {}

func main() {
	tp := sdktrace.NewTracerProvider()
	otel.SetTracerProvider(tp)
	defer tp.Shutdown(context.Background())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		slog.Info("started") // silent: ctx comes from Background
	}()
	run(ctx)
	rootSpan()
}

// run is called by main only, with a context without a span.
func run(ctx context.Context) {
	go work(context.Background()) // silent
	traced(ctx)
}

// traced starts a span: from there on, the span is lost.
func traced(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "traced")
	defer span.End()
	go func() {
		slog.Info("inside") // want `slog.Info in a goroutine takes no context, so its event leaves the span carried by ctx`
	}()
	go work(context.Background()) // want `goroutine starts from context.Background\(\), so its events leave the span carried by ctx`
	child(ctx)
	wrapped(trace.ContextWithSpan(context.Background(), span))
}

// child is called with a span context.
func child(ctx context.Context) {
	go work(context.TODO()) // want `goroutine starts from context.TODO\(\), so its events leave the span carried by ctx`
}

// wrapped is called with a context that ContextWithSpan gave a span.
func wrapped(ctx context.Context) {
	go work(context.Background()) // want `goroutine starts from context.Background\(\), so its events leave the span carried by ctx`
}

// The root span of a function without another context; a goroutine
// after it loses it.
func rootSpan() {
	ctx, span := otel.Tracer("root").Start(context.Background(), "root")
	defer span.End()
	go work(context.Background()) // want `goroutine starts from context.Background\(\), so its events leave the span carried by ctx`
	go work(ctx)
}

// The nearest correct code in package main: silent.

// A sequential span that has ended leaves a context without a span.
func ended(ctx context.Context) {
	sctx, span := tracer.Start(ctx, "load")
	work(sctx)
	span.End()
	go work(context.Background())
}

// Given a context from Background, without a span.
func plain(ctx context.Context) {
	go work(context.Background())
}

func callers() {
	ended(context.Background())
	plain(context.Background())
}
