package main // want package:"emits tracing, OpenTelemetry" package:"installers"

// main replaces zap's globals and sets the tracer provider (through
// helpers) but never installs the tracing subscriber: reported for
// tracing only, with its fix.

import (
	"context"

	"github.com/tracelint/tracelint/tracing"
	"go.opentelemetry.io/otel"
	"otelinstaller"
	"zapinstaller"
)

func main() { // want main:"installs zap, OpenTelemetry" `^events from this program go nowhere: main never installs a tracing subscriber$`
	zapinstaller.Setup(false)
	otelinstaller.Setup()
	ctx, span := otel.Tracer("app").Start(context.Background(), "run")
	defer span.End()
	tracing.Info(ctx, "starting")
}
