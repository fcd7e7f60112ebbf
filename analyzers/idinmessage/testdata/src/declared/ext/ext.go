// Package ext stands for a dependency's logging package that the user
// cannot annotate: nothing in it shows that it logs, so the test
// declares its functions with the -wrappers setting.
package ext

import "context"

// Log hands its record to a sink the analyzer cannot see.
func Log(msg string, kv ...any) {}

// A Logger is the dependency's logger interface.
type Logger interface {
	Info(msg string, kv ...any)
	Count(n int)
}

// Start starts a span of the dependency's own tracer.
func Start(ctx context.Context, name string) (context.Context, func()) { return ctx, func() {} }
