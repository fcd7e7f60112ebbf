package tracingotel_test

import (
	"context"
	"fmt"
	"os"

	"go.opentelemetry.io/otel/exporters/stdout/stdouttrace"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	tracingotel "github.com/tracelint/tracelint/otel"
	"github.com/tracelint/tracelint/tracing"
)

// The bridge beside a text subscriber: the spans reach OpenTelemetry,
// the lines stay on standard error, and an OpenTelemetry span started
// inside a tracing span is its child.
func Example() {
	exp := tracetest.NewInMemoryExporter()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp))
	tracing.SetDefault(tracing.Tee(
		tracing.NewTextSubscriber(os.Stdout, &tracing.Options{OmitTime: true, Color: tracing.ColorNever}),
		tracingotel.New(tp, nil),
	))
	defer tracing.SetDefault(nil)

	ctx, span := tracing.Start(context.Background(), "process_request", tracing.String("id", "req-1"))
	tracing.Info(ctx, "Processing request", tracing.Int("user_id", 42))
	_, query := tp.Tracer("db").Start(ctx, "query") // the program's own OpenTelemetry span
	query.End()
	span.End()

	spans := exp.GetSpans()
	for _, s := range spans {
		fmt.Printf("exported %s with %d events\n", s.Name, len(s.Events))
	}
	fmt.Println("query is the child of process_request:", spans[0].Parent.SpanID() == spans[1].SpanContext.SpanID())
	// Output:
	//  INFO process_request{id="req-1"}: Processing request user_id=42
	// exported query with 0 events
	// exported process_request with 1 events
	// query is the child of process_request: true
}

// Exporting to the SDK's stdout exporter, as testdata/demo -otel does.
func Example_stdout() {
	exp, err := stdouttrace.New(stdouttrace.WithPrettyPrint())
	if err != nil {
		panic(err)
	}
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp))
	defer tp.Shutdown(context.Background())
	tracing.SetDefault(tracing.Tee(tracing.NewJSONSubscriber(os.Stderr, nil), tracingotel.New(tp, nil)))
	defer tracing.SetDefault(nil)

	ctx, span := tracing.Start(context.Background(), "work")
	tracing.Info(ctx, "Working") // its JSON line carries the span's trace_id and span_id
	span.End()
}
