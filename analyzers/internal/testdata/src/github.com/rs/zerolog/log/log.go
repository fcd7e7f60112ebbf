// Package log is a fake of github.com/rs/zerolog/log for the analyzers'
// tests: the real signatures, no behaviour.
package log

import (
	"context"

	"github.com/rs/zerolog"
)

var Logger = zerolog.New(nil)

func With() zerolog.Context                        { return Logger.With() }
func Err(err error) *zerolog.Event                 { return Logger.Err(err) }
func Trace() *zerolog.Event                        { return Logger.Trace() }
func Debug() *zerolog.Event                        { return Logger.Debug() }
func Info() *zerolog.Event                         { return Logger.Info() }
func Warn() *zerolog.Event                         { return Logger.Warn() }
func Error() *zerolog.Event                        { return Logger.Error() }
func Fatal() *zerolog.Event                        { return Logger.Fatal() }
func Panic() *zerolog.Event                        { return Logger.Panic() }
func WithLevel(level zerolog.Level) *zerolog.Event { return Logger.WithLevel(level) }
func Log() *zerolog.Event                          { return Logger.Log() }
func Print(v ...interface{})                       {}
func Printf(format string, v ...interface{})       {}
func Ctx(ctx context.Context) *zerolog.Logger      { return zerolog.Ctx(ctx) }
