//go:build otel

package main

import (
	"context"

	"go.opentelemetry.io/otel/exporters/stdout/stdouttrace"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"

	tracingotel "github.com/tracelint/tracelint/otel"
	"github.com/tracelint/tracelint/tracing"
)

// installOTel installs the OpenTelemetry bridge beside the subscriber
// Init installed, exporting to standard output; shutdown flushes it.
func installOTel() (shutdown func(), err error) {
	exp, err := stdouttrace.New(stdouttrace.WithPrettyPrint())
	if err != nil {
		return nil, err
	}
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp))
	tracing.SetDefault(tracing.Tee(tracing.Default(), tracingotel.New(tp, nil)))
	return func() { tp.Shutdown(context.Background()) }, nil
}
