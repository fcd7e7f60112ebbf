package otelinstaller // want package:"installers"

// Package otelinstaller sets the global provider for main packages,
// once (a reference through sync.Once installs as surely as a call).

import (
	"sync"

	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

var once sync.Once

func Setup() { once.Do(install) } // want Setup:"installs OpenTelemetry"

func install() { otel.SetTracerProvider(sdktrace.NewTracerProvider()) } // want install:"installs OpenTelemetry"
