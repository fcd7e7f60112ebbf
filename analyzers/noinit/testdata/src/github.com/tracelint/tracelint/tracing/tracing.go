// Package tracing is a small fake of the tracelint runtime: the names of
// the contract, with just enough behaviour to type-check.
package tracing

import (
	"context"
	"io"
	"log/slog"
)

type Field = slog.Attr
type Level = slog.Level

func String(key, value string) Field  { return slog.String(key, value) }
func Int(key string, value int) Field { return slog.Int(key, value) }

type Subscriber interface {
	Enabled(ctx context.Context, level Level) bool
}

var current Subscriber

func SetDefault(s Subscriber) { current = s }

// Init installs the text subscriber; it calls SetDefault, which must
// not make every importer "install".
func Init() { SetDefault(NewText(nil)) }

type text struct{ w io.Writer }

func (text) Enabled(context.Context, Level) bool { return true }

func NewText(w io.Writer) Subscriber { return text{w} }

func Log(ctx context.Context, level Level, msg string, fields ...Field) {}

// The level functions call Log: the fake, like the runtime, emits
// internally, which must not make every importer "emit".
func Trace(ctx context.Context, msg string, fields ...Field) { Log(ctx, -8, msg, fields...) }
func Debug(ctx context.Context, msg string, fields ...Field) { Log(ctx, -4, msg, fields...) }
func Info(ctx context.Context, msg string, fields ...Field)  { Log(ctx, 0, msg, fields...) }
func Warn(ctx context.Context, msg string, fields ...Field)  { Log(ctx, 4, msg, fields...) }
func Error(ctx context.Context, msg string, fields ...Field) { Log(ctx, 8, msg, fields...) }

type Span struct{}

func (*Span) End()                   {}
func (*Span) Record(fields ...Field) {}

func Start(ctx context.Context, name string, fields ...Field) (context.Context, *Span) {
	return ctx, &Span{}
}

func Go(ctx context.Context, f func(ctx context.Context)) { go f(ctx) }

type Target struct{ name string }

func NewTarget(name string) *Target { return &Target{name} }

func (t *Target) Info(ctx context.Context, msg string, fields ...Field) {}
func (t *Target) Start(ctx context.Context, name string, fields ...Field) (context.Context, *Span) {
	return ctx, &Span{}
}
