// Package wrapkv logs through its own wrappers of slog and zap:
// unloggable reads their fields as those of the calls they wrap.
package wrapkv

import (
	"log/slog"

	"go.uber.org/zap"
)

// info passes its message and pairs on to slog: a wrapper.
func info(msg string, args ...any) { slog.Info(msg, args...) }

// warn wraps info.
func warn(msg string, args ...any) { info(msg, args...) }

// zlog wraps a zap logger's Info: zap fields.
type zlog struct{ z *zap.Logger }

func (l zlog) Info(msg string, fields ...zap.Field) { l.z.Info(msg, fields...) }

// tagged sends its arguments elsewhere: not a wrapper.
func tagged(msg string, args ...any) { slog.Info(msg, "tags", len(args)) }

func calls(l zlog, h func(), n int) {
	info("m", "h", h)            // want `h is a func`
	warn("m", "n", n, "h", h)    // want `h is a func`
	l.Info("m", zap.Any("h", h)) // want `h is a func`

	// The nearest correct code: loggable values, and a function that
	// is not a wrapper.
	info("m", "n", n)
	l.Info("m", zap.Int("n", n))
	tagged("m", "h", h)
}
