// Package log is a small fake of github.com/go-kit/log for the
// analyzers' tests: the signatures of the real package, without bodies
// that matter. The nested module analyzers/internal/apis/realcheck
// checks the table's rows against the real library.
package log

import "io"

// Logger is go-kit's one logging interface: alternating keys and
// values, the message by convention under "msg".
type Logger interface {
	Log(keyvals ...interface{}) error
}

func With(logger Logger, keyvals ...interface{}) Logger       { return logger }
func WithPrefix(logger Logger, keyvals ...interface{}) Logger { return logger }
func WithSuffix(logger Logger, keyvals ...interface{}) Logger { return logger }

// LoggerFunc is an adapter to allow use of ordinary functions as
// Loggers.
type LoggerFunc func(...interface{}) error

func (f LoggerFunc) Log(keyvals ...interface{}) error { return f(keyvals...) }

func NewLogfmtLogger(w io.Writer) Logger { return nil }
func NewJSONLogger(w io.Writer) Logger   { return nil }
func NewNopLogger() Logger               { return nil }
func NewSyncLogger(logger Logger) Logger { return logger }
func NewSyncWriter(w io.Writer) io.Writer {
	return w
}

// Valuer generates a value at each Log call.
type Valuer func() interface{}

var (
	DefaultTimestampUTC Valuer
	DefaultCaller       Valuer
)
