// Package noop is a small fake of go.opentelemetry.io/otel/trace/noop.
package noop

import "go.opentelemetry.io/otel/trace"

type TracerProvider struct{ trace.TracerProvider }

func NewTracerProvider() TracerProvider { return TracerProvider{} }
