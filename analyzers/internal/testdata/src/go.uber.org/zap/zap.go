// Package zap is a small fake of go.uber.org/zap for the analyzers'
// tests: the signatures of the real package, without bodies that
// matter. The nested module analyzers/internal/apis/realcheck checks the
// table's rows against the real library.
package zap

import (
	"fmt"
	"time"

	"go.uber.org/zap/zapcore"
)

type Field = zapcore.Field

type Logger struct{}

func NewNop() *Logger                      { return &Logger{} }
func NewExample() *Logger                  { return &Logger{} }
func L() *Logger                           { return &Logger{} }
func S() *SugaredLogger                    { return &SugaredLogger{} }
func ReplaceGlobals(logger *Logger) func() { return func() {} }

func (log *Logger) Sugar() *SugaredLogger                                     { return &SugaredLogger{} }
func (log *Logger) Named(s string) *Logger                                    { return log }
func (log *Logger) With(fields ...Field) *Logger                              { return log }
func (log *Logger) Check(lvl zapcore.Level, msg string) *zapcore.CheckedEntry { return nil }
func (log *Logger) Log(lvl zapcore.Level, msg string, fields ...Field)        {}
func (log *Logger) Debug(msg string, fields ...Field)                         {}
func (log *Logger) Info(msg string, fields ...Field)                          {}
func (log *Logger) Warn(msg string, fields ...Field)                          {}
func (log *Logger) Error(msg string, fields ...Field)                         {}
func (log *Logger) DPanic(msg string, fields ...Field)                        {}
func (log *Logger) Panic(msg string, fields ...Field)                         {}
func (log *Logger) Fatal(msg string, fields ...Field)                         {}
func (log *Logger) Sync() error                                               { return nil }

type SugaredLogger struct{}

func (s *SugaredLogger) Desugar() *Logger                                 { return &Logger{} }
func (s *SugaredLogger) With(args ...interface{}) *SugaredLogger          { return s }
func (s *SugaredLogger) Debug(args ...interface{})                        {}
func (s *SugaredLogger) Info(args ...interface{})                         {}
func (s *SugaredLogger) Warn(args ...interface{})                         {}
func (s *SugaredLogger) Error(args ...interface{})                        {}
func (s *SugaredLogger) DPanic(args ...interface{})                       {}
func (s *SugaredLogger) Panic(args ...interface{})                        {}
func (s *SugaredLogger) Fatal(args ...interface{})                        {}
func (s *SugaredLogger) Debugf(template string, args ...interface{})      {}
func (s *SugaredLogger) Infof(template string, args ...interface{})       {}
func (s *SugaredLogger) Warnf(template string, args ...interface{})       {}
func (s *SugaredLogger) Errorf(template string, args ...interface{})      {}
func (s *SugaredLogger) Debugw(msg string, keysAndValues ...interface{})  {}
func (s *SugaredLogger) Infow(msg string, keysAndValues ...interface{})   {}
func (s *SugaredLogger) Warnw(msg string, keysAndValues ...interface{})   {}
func (s *SugaredLogger) Errorw(msg string, keysAndValues ...interface{})  {}
func (s *SugaredLogger) DPanicw(msg string, keysAndValues ...interface{}) {}
func (s *SugaredLogger) Panicw(msg string, keysAndValues ...interface{})  {}
func (s *SugaredLogger) Fatalw(msg string, keysAndValues ...interface{})  {}

func Binary(key string, val []byte) Field                  { return Field{Key: key} }
func Bool(key string, val bool) Field                      { return Field{Key: key} }
func ByteString(key string, val []byte) Field              { return Field{Key: key} }
func Float64(key string, val float64) Field                { return Field{Key: key} }
func Int(key string, val int) Field                        { return Field{Key: key} }
func Int64(key string, val int64) Field                    { return Field{Key: key} }
func String(key string, val string) Field                  { return Field{Key: key} }
func Uint64(key string, val uint64) Field                  { return Field{Key: key} }
func Reflect(key string, val interface{}) Field            { return Field{Key: key} }
func Stringer(key string, val fmt.Stringer) Field          { return Field{Key: key} }
func Time(key string, val time.Time) Field                 { return Field{Key: key} }
func Duration(key string, val time.Duration) Field         { return Field{Key: key} }
func Any(key string, value interface{}) Field              { return Field{Key: key} }
func Error(err error) Field                                { return Field{Key: "error"} }
func NamedError(key string, err error) Field               { return Field{Key: key} }
func Object(key string, val zapcore.ObjectMarshaler) Field { return Field{Key: key} }
