// Package level is a small fake of github.com/go-kit/log/level: the
// functions that return a logger adding a level key-value pair.
package level

import "github.com/go-kit/log"

func Error(logger log.Logger) log.Logger { return logger }
func Warn(logger log.Logger) log.Logger  { return logger }
func Info(logger log.Logger) log.Logger  { return logger }
func Debug(logger log.Logger) log.Logger { return logger }

// Option sets a parameter for the leveled logger.
type Option func(*logger)

type logger struct{ next log.Logger }

func (l *logger) Log(keyvals ...interface{}) error { return l.next.Log(keyvals...) }

func NewFilter(next log.Logger, options ...Option) log.Logger { return next }
func AllowAll() Option                                        { return nil }
func AllowDebug() Option                                      { return nil }
func AllowInfo() Option                                       { return nil }
func AllowWarn() Option                                       { return nil }
func AllowError() Option                                      { return nil }
func AllowNone() Option                                       { return nil }

// Value is the interface that each of the canonical level values
// implement.
type Value interface {
	String() string
	levelVal()
}

func Key() interface{} { return "level" }
func InfoValue() Value { return nil }
