// Package zerolog is a fake of github.com/rs/zerolog for the analyzers'
// tests: the real signatures, no behaviour.
package zerolog

import (
	"context"
	"fmt"
	"io"
	"time"
)

type Level int8

const (
	DebugLevel Level = iota
	InfoLevel
	WarnLevel
	ErrorLevel
	FatalLevel
	PanicLevel
	NoLevel
	Disabled
	TraceLevel Level = -1
)

var ErrorFieldName = "error"

type Logger struct{ w io.Writer }

func New(w io.Writer) Logger          { return Logger{w} }
func Nop() Logger                     { return Logger{} }
func Ctx(ctx context.Context) *Logger { return &Logger{} }

func (l Logger) With() Context                                   { return Context{l} }
func (l Logger) Level(lvl Level) Logger                          { return l }
func (l Logger) WithContext(ctx context.Context) context.Context { return ctx }
func (l *Logger) Trace() *Event                                  { return &Event{} }
func (l *Logger) Debug() *Event                                  { return &Event{} }
func (l *Logger) Info() *Event                                   { return &Event{} }
func (l *Logger) Warn() *Event                                   { return &Event{} }
func (l *Logger) Error() *Event                                  { return &Event{} }
func (l *Logger) Fatal() *Event                                  { return &Event{} }
func (l *Logger) Panic() *Event                                  { return &Event{} }
func (l *Logger) Err(err error) *Event                           { return &Event{} }
func (l *Logger) WithLevel(level Level) *Event                   { return &Event{} }
func (l *Logger) Log() *Event                                    { return &Event{} }
func (l Logger) Print(v ...interface{})                          {}
func (l Logger) Printf(format string, v ...interface{})          {}

type LogObjectMarshaler interface{ MarshalZerologObject(e *Event) }
type LogArrayMarshaler interface{ MarshalZerologArray(a *Array) }

type Array struct{}

type Event struct{}

func Dict() *Event { return &Event{} }

func (e *Event) Msg(msg string)                                   {}
func (e *Event) Msgf(format string, v ...interface{})             {}
func (e *Event) Send()                                            {}
func (e *Event) Enabled() bool                                    { return e != nil }
func (e *Event) Discard() *Event                                  { return nil }
func (e *Event) Ctx(ctx context.Context) *Event                   { return e }
func (e *Event) Caller(skip ...int) *Event                        { return e }
func (e *Event) Timestamp() *Event                                { return e }
func (e *Event) Dict(key string, dict *Event) *Event              { return e }
func (e *Event) Object(key string, obj LogObjectMarshaler) *Event { return e }
func (e *Event) Array(key string, arr LogArrayMarshaler) *Event   { return e }
func (e *Event) Str(key, val string) *Event                       { return e }
func (e *Event) Strs(key string, vals []string) *Event            { return e }
func (e *Event) Stringer(key string, val fmt.Stringer) *Event     { return e }
func (e *Event) Bytes(key string, val []byte) *Event              { return e }
func (e *Event) AnErr(key string, err error) *Event               { return e }
func (e *Event) Err(err error) *Event                             { return e }
func (e *Event) Bool(key string, b bool) *Event                   { return e }
func (e *Event) Int(key string, i int) *Event                     { return e }
func (e *Event) Int64(key string, i int64) *Event                 { return e }
func (e *Event) Uint64(key string, i uint64) *Event               { return e }
func (e *Event) Float64(key string, f float64) *Event             { return e }
func (e *Event) Time(key string, t time.Time) *Event              { return e }
func (e *Event) Dur(key string, d time.Duration) *Event           { return e }
func (e *Event) Any(key string, i interface{}) *Event             { return e }
func (e *Event) Interface(key string, i interface{}) *Event       { return e }

type Context struct{ l Logger }

func (c Context) Logger() Logger                                { return c.l }
func (c Context) Timestamp() Context                            { return c }
func (c Context) Caller() Context                               { return c }
func (c Context) Str(key, val string) Context                   { return c }
func (c Context) Stringer(key string, val fmt.Stringer) Context { return c }
func (c Context) Bytes(key string, val []byte) Context          { return c }
func (c Context) AnErr(key string, err error) Context           { return c }
func (c Context) Err(err error) Context                         { return c }
func (c Context) Bool(key string, b bool) Context               { return c }
func (c Context) Int(key string, i int) Context                 { return c }
func (c Context) Int64(key string, i int64) Context             { return c }
func (c Context) Uint64(key string, i uint64) Context           { return c }
func (c Context) Float64(key string, f float64) Context         { return c }
func (c Context) Time(key string, t time.Time) Context          { return c }
func (c Context) Dur(key string, d time.Duration) Context       { return c }
func (c Context) Interface(key string, i interface{}) Context   { return c }
func (c Context) Any(key string, i interface{}) Context         { return c }
