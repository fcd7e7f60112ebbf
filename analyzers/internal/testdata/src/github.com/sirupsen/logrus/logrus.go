// Package logrus is a fake of github.com/sirupsen/logrus for the
// analyzers' tests: the real signatures, no behaviour.
package logrus

import (
	"context"
	"time"
)

type Fields map[string]interface{}

type Level uint32

const (
	PanicLevel Level = iota
	FatalLevel
	ErrorLevel
	WarnLevel
	InfoLevel
	DebugLevel
	TraceLevel
)

var ErrorKey = "error"

type Logger struct{ Level Level }

func New() *Logger            { return &Logger{} }
func StandardLogger() *Logger { return std }

var std = New()

func (logger *Logger) WithField(key string, value any) *Entry { return NewEntry(logger) }
func (logger *Logger) WithFields(fields Fields) *Entry        { return NewEntry(logger) }
func (logger *Logger) WithError(err error) *Entry             { return NewEntry(logger) }
func (logger *Logger) WithContext(ctx context.Context) *Entry { return NewEntry(logger) }
func (logger *Logger) WithTime(t time.Time) *Entry            { return NewEntry(logger) }
func (logger *Logger) Log(level Level, args ...any)           {}
func (logger *Logger) Trace(args ...any)                      {}
func (logger *Logger) Debug(args ...any)                      {}
func (logger *Logger) Info(args ...any)                       {}
func (logger *Logger) Print(args ...any)                      {}
func (logger *Logger) Warn(args ...any)                       {}
func (logger *Logger) Warning(args ...any)                    {}
func (logger *Logger) Error(args ...any)                      {}
func (logger *Logger) Fatal(args ...any)                      {}
func (logger *Logger) Panic(args ...any)                      {}
func (logger *Logger) Infof(format string, args ...any)       {}
func (logger *Logger) Errorf(format string, args ...any)      {}
func (logger *Logger) Infoln(args ...any)                     {}

type Entry struct {
	Logger  *Logger
	Data    Fields
	Time    time.Time
	Message string
}

func NewEntry(logger *Logger) *Entry                              { return &Entry{Logger: logger, Data: Fields{}} }
func (entry *Entry) WithField(key string, value any) *Entry       { return entry }
func (entry *Entry) WithFields(fields Fields) *Entry              { return entry }
func (entry *Entry) WithError(err error) *Entry                   { return entry }
func (entry *Entry) WithContext(ctx context.Context) *Entry       { return entry }
func (entry *Entry) WithTime(t time.Time) *Entry                  { return entry }
func (entry *Entry) Log(level Level, args ...any)                 {}
func (entry *Entry) Trace(args ...any)                            {}
func (entry *Entry) Debug(args ...any)                            {}
func (entry *Entry) Info(args ...any)                             {}
func (entry *Entry) Print(args ...any)                            {}
func (entry *Entry) Warn(args ...any)                             {}
func (entry *Entry) Warning(args ...any)                          {}
func (entry *Entry) Error(args ...any)                            {}
func (entry *Entry) Fatal(args ...any)                            {}
func (entry *Entry) Panic(args ...any)                            {}
func (entry *Entry) Infof(format string, args ...any)             {}
func (entry *Entry) Errorf(format string, args ...any)            {}
func (entry *Entry) Warnf(format string, args ...any)             {}
func (entry *Entry) Logf(level Level, format string, args ...any) {}
func (entry *Entry) Infoln(args ...any)                           {}

func WithField(key string, value any) *Entry { return std.WithField(key, value) }
func WithFields(fields Fields) *Entry        { return std.WithFields(fields) }
func WithError(err error) *Entry             { return std.WithError(err) }
func WithContext(ctx context.Context) *Entry { return std.WithContext(ctx) }
func WithTime(t time.Time) *Entry            { return std.WithTime(t) }
func Trace(args ...any)                      {}
func Debug(args ...any)                      {}
func Print(args ...any)                      {}
func Info(args ...any)                       {}
func Warn(args ...any)                       {}
func Warning(args ...any)                    {}
func Error(args ...any)                      {}
func Panic(args ...any)                      {}
func Fatal(args ...any)                      {}
func Infof(format string, args ...any)       {}
func Errorf(format string, args ...any)      {}
func Infoln(args ...any)                     {}
