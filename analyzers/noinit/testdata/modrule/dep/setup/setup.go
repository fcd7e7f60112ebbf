// Package setup installs zap's globals and OpenTelemetry's provider for
// the programs of other modules.
package setup

import (
	sdktrace "go.opentelemetry.io/otel/sdk/trace"

	"go.opentelemetry.io/otel"
	"go.uber.org/zap"
)

func Logging() { zap.ReplaceGlobals(zap.NewExample()) }

func Tracing() { otel.SetTracerProvider(sdktrace.NewTracerProvider()) }
