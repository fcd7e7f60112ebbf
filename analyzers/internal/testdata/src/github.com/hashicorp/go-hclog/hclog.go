// Package hclog is a small fake of github.com/hashicorp/go-hclog for
// the analyzers' tests: the signatures of the real package, without
// bodies that matter. The nested module analyzers/internal/apis/realcheck
// checks the table's rows against the real library.
package hclog

type Level int32

const (
	NoLevel Level = 0
	Trace   Level = 1
	Debug   Level = 2
	Info    Level = 3
	Warn    Level = 4
	Error   Level = 5
	Off     Level = 6
)

// Logger is hclog's logger interface.
type Logger interface {
	Log(level Level, msg string, args ...interface{})
	Trace(msg string, args ...interface{})
	Debug(msg string, args ...interface{})
	Info(msg string, args ...interface{})
	Warn(msg string, args ...interface{})
	Error(msg string, args ...interface{})
	IsTrace() bool
	IsDebug() bool
	With(args ...interface{}) Logger
	Name() string
	Named(name string) Logger
	ResetNamed(name string) Logger
}

type LoggerOptions struct {
	Name  string
	Level Level
}

func New(opts *LoggerOptions) Logger { return nil }
func Default() Logger                { return nil }
func L() Logger                      { return nil }
func NewNullLogger() Logger          { return nil }
