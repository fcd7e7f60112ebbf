// Package applog is a service's own logging package: functions and
// methods that pass their message, fields and context on to slog and zap
// unchanged (inferred wrappers, whose rows reach the importers as
// facts), an interface whose methods are declared, and one declaration
// that does not fit.
package applog

import (
	"context"
	"log/slog"

	"go.uber.org/zap"
)

// Info passes everything on to slog: a wrapper.
func Info(msg string, args ...any) { slog.Info(msg, args...) }

// InfoCtx takes a context first, as slog.InfoContext does.
func InfoCtx(ctx context.Context, msg string, args ...any) {
	slog.InfoContext(ctx, msg, args...)
}

// Warn wraps Info: a wrapper of a wrapper.
func Warn(msg string, args ...any) { Info(msg, args...) }

// Debugf is a printf-style wrapper of zap's sugared logger.
func Debugf(format string, args ...any) { zap.S().Debugf(format, args...) }

// A Logger is a zap logger with the service's name.
type Logger struct{ z *zap.Logger }

// Error is a method wrapper: zap fields.
func (l *Logger) Error(msg string, fields ...zap.Field) { l.z.Error(msg, fields...) }

// Event is the service's event interface: what implements it is not
// known here, so its methods are declared.
type Event interface {
	//tracelint:event slog
	Emit(msg string, kv ...any)
}

// Sink is the service's zap-style event interface, declared.
type Sink interface {
	//tracelint:event zap
	Info(msg string, fields ...zap.Field)
}

// Tagged adds its own field: not a wrapper (the message is passed on,
// but its fields go elsewhere).
func Tagged(msg string, args ...any) { slog.Info(msg, "tags", args) }

// Prefixed changes the message: not a wrapper.
func Prefixed(msg string, args ...any) {
	msg = "[app] " + msg
	slog.Info(msg, args...)
}

//tracelint:event zap
func Count(n int) {} // want `tracelint:event zap: no string parameter for the message`
