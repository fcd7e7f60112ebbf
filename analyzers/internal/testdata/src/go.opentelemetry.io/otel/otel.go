// Package otel is a small fake of go.opentelemetry.io/otel for the
// analyzers' tests: the signatures of the real package, without bodies
// that matter. The nested module analyzers/internal/apis/realcheck checks
// the table's rows against the real library.
package otel

import "go.opentelemetry.io/otel/trace"

func Tracer(name string, opts ...trace.TracerOption) trace.Tracer { return nil }
func GetTracerProvider() trace.TracerProvider                     { return nil }
func SetTracerProvider(tp trace.TracerProvider)                   {}
