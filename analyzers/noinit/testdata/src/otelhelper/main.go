package main // want package:"emits OpenTelemetry" package:"installers"

// main sets the global provider through a function of another package.

import (
	"context"

	"go.opentelemetry.io/otel"
	"otelinstaller"
)

func main() { // want main:"installs OpenTelemetry"
	otelinstaller.Setup()
	_, span := otel.Tracer("app").Start(context.Background(), "run")
	span.End()
}
