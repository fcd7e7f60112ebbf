package main // want package:"emits OpenTelemetry"

// main starts spans through the global tracer provider and never sets
// one: every span is a no-op. Choosing the exporter is the program's: no
// fix.

import (
	"context"

	"go.opentelemetry.io/otel"
)

var tracer = otel.Tracer("app")

func main() { // want `^spans from this program go nowhere: main never installs an OpenTelemetry tracer provider; every span is a no-op until otel.SetTracerProvider \(choosing the exporter is yours, so there is no fix\)$`
	ctx, span := tracer.Start(context.Background(), "run")
	defer span.End()
	work(ctx)
}

func work(ctx context.Context) {
	_, span := otel.GetTracerProvider().Tracer("app").Start(ctx, "work")
	span.End()
}
