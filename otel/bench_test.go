package tracingotel_test

import (
	"context"
	"testing"

	"go.opentelemetry.io/otel/attribute"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"

	tracingotel "github.com/tracelint/tracelint/otel"
	"github.com/tracelint/tracelint/tracing"
)

// BenchmarkEvent compares an event with three fields inside a bridged
// tracing span (lib=bridge) with the OpenTelemetry SDK's own
// span.AddEvent with the same three attributes (lib=otel), and with
// the bridge's "level" attribute too (lib=otel+level), all on an SDK
// TracerProvider without an exporter. The goal is bridge ≤ 1.5× otel;
// run it with
//
//	go test -run '^$' -bench Event -benchmem -count 6 . | go tool benchstat -col /lib -
func BenchmarkEvent(b *testing.B) {
	tp := sdktrace.NewTracerProvider()
	b.Run("lib=otel", func(b *testing.B) {
		_, span := tp.Tracer("bench").Start(context.Background(), "request")
		defer span.End()
		b.ReportAllocs()
		for b.Loop() {
			span.AddEvent("Processing request", trace.WithAttributes(
				attribute.String("method", "GET"), attribute.Int("user_id", 42), attribute.Bool("cached", true)))
		}
	})
	// The same three attributes and the "level" attribute that the
	// bridge adds to every event: what the mirrored event records.
	b.Run("lib=otel+level", func(b *testing.B) {
		_, span := tp.Tracer("bench").Start(context.Background(), "request")
		defer span.End()
		b.ReportAllocs()
		for b.Loop() {
			span.AddEvent("Processing request", trace.WithAttributes(attribute.String("level", "INFO"),
				attribute.String("method", "GET"), attribute.Int("user_id", 42), attribute.Bool("cached", true)))
		}
	})
	b.Run("lib=bridge", func(b *testing.B) {
		tracing.SetDefault(tracingotel.New(tp, nil))
		defer tracing.SetDefault(nil)
		ctx, span := tracing.Start(context.Background(), "request")
		defer span.End()
		b.ReportAllocs()
		for b.Loop() {
			tracing.Info(ctx, "Processing request",
				tracing.String("method", "GET"), tracing.Int("user_id", 42), tracing.Bool("cached", true))
		}
	})
}
