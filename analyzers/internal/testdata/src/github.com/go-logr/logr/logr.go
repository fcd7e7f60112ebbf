// Package logr is a small fake of github.com/go-logr/logr for the
// analyzers' tests: the signatures of the real package, without bodies
// that matter. The nested module analyzers/internal/apis/realcheck
// checks the table's rows against the real library.
package logr

import "context"

// Logger is logr's logger: a struct, passed by value.
type Logger struct {
	level int
}

func Discard() Logger { return Logger{} }

func (l Logger) Enabled() bool                                     { return true }
func (l Logger) Info(msg string, keysAndValues ...any)             {}
func (l Logger) Error(err error, msg string, keysAndValues ...any) {}
func (l Logger) V(level int) Logger                                { l.level += level; return l }
func (l Logger) WithValues(keysAndValues ...any) Logger            { return l }
func (l Logger) WithName(name string) Logger                       { return l }

func FromContext(ctx context.Context) (Logger, error)               { return Logger{}, nil }
func FromContextOrDiscard(ctx context.Context) Logger               { return Logger{} }
func NewContext(ctx context.Context, logger Logger) context.Context { return ctx }

// Marshaler is the interface by which a value renders itself in logr.
type Marshaler interface {
	MarshalLog() any
}
