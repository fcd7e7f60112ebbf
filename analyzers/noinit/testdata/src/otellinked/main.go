package main // want package:"emits OpenTelemetry" package:"installers"

// A program that links an installer of the global provider without
// calling it from main: a framework starts the component that calls it
// through an interface (jaeger's extensions call jtracer.New so), which
// no static walk follows. Not reported.

import (
	"context"

	"go.opentelemetry.io/otel"
	"otelinstaller"
)

type extension interface{ Start() }

type telemetry struct{}

func (telemetry) Start() { otelinstaller.Setup() } // want Start:"installs OpenTelemetry"

var registry = []extension{telemetry{}}

func main() {
	for _, e := range registry {
		e.Start()
	}
	_, span := otel.Tracer("app").Start(context.Background(), "main")
	defer span.End()
}
