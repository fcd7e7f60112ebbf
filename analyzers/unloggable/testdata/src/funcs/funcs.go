package funcs

import (
	"context"
	"log/slog"
	"unsafe"

	"github.com/tracelint/tracelint/tracing"
)

type Handler func(int) error

// Named is a func type with a rendering of its own.
type Named func()

func (Named) String() string { return "named" }

func funcs(ctx context.Context, h Handler, done chan struct{}, p unsafe.Pointer, n Named) {
	slog.Info("serving", "handler", h, "port", 80)                                      // want `h is a func; the log would show only a code address, or an encoding error in JSON — remove the field`
	slog.Info("serving", "done", done)                                                  // want `done is a channel; the log would show only its address, or an encoding error in JSON — remove the field`
	slog.Info("serving", slog.Any("ptr", p))                                            // want `p is an unsafe.Pointer; the log would show only a raw address — remove the field`
	tracing.Info(ctx, "serving", tracing.Any("cb", func() {}), tracing.Int("port", 80)) // want `func\(\) {} is a func`
	// Not removable: recv would be declared and not used.
	var recv <-chan int
	tracing.Warn(ctx, "serving", tracing.Any("recv", recv)) // want `recv is a channel`

	// Not removable: the value has a side effect, the only member of a With.
	slog.Info("serving", "handler", makeHandler()) // want `makeHandler\(\) is a func`
	logger := slog.Default().With("handler", h)    // want `h is a func`
	logger.Info("ready")

	// Nearest correct code.
	slog.Info("serving", "named", n, "port", 80)
	slog.Info("serving", "err", h(1))
}

func makeHandler() Handler { return nil }

// Generic values have unknown dynamic types.
func generic[T any](v T) {
	slog.Info("value", "v", v, "p", &v)
}
