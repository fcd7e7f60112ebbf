// Package stacks holds raw []byte stack traces: reported (JSON carries
// them as base64), fixed to string(buf) under the same key.
package stacks

import (
	"context"
	"io"
	"log/slog"
	"runtime"
	"runtime/debug"

	"github.com/tracelint/tracelint/tracing"
)

func serve(l *slog.Logger) {
	if err := recover(); err != nil {
		const size = 64 << 10
		buf := make([]byte, size)
		buf = buf[:runtime.Stack(buf, false)]
		l.Error("panic while serving request", "err", err, "stack", buf) // want `buf is a \[\]byte payload holding a stack trace; a JSON log would carry it as base64 — record string\(buf\) instead`
	}
}

func counted(ctx context.Context) {
	buf := make([]byte, 1<<16)
	n := runtime.Stack(buf, true)
	trace := buf[:n]
	slog.ErrorContext(ctx, "goroutines", slog.Any("trace", trace)) // want `trace is a \[\]byte payload holding a stack trace`
}

func debugStack(ctx context.Context) {
	st := debug.Stack()
	slog.Error("panicked", "stack", st)                      // want `st is a \[\]byte payload holding a stack trace`
	slog.Error("panicked", "stack", debug.Stack())           // want `debug.Stack\(\) is a \[\]byte payload holding a stack trace; a JSON log would carry it as base64 — record string\(debug.Stack\(\)\) instead`
	tracing.Error(ctx, "panicked", tracing.Any("stack", st)) // want `st is a \[\]byte payload holding a stack trace`
	go func() {
		slog.Error("panicked in goroutine", "stack", st) // want `st is a \[\]byte payload holding a stack trace`
	}()
}

// Nearest cases: a buffer that runtime.Stack fills but that is not cut
// at its count is not a stack trace, and, made here, holds no unbounded
// payload either: silent. Bytes from a stream keep the length fix even
// under a stack's key.
func notStacks(l *slog.Logger, n int, r io.Reader) {
	buf := make([]byte, 1<<16)
	runtime.Stack(buf, false) // not resliced: buf is mostly zero bytes
	l.Error("dump", "buf", buf)
	head := buf[:n]
	l.Error("dump", "head", head)
	dump, _ := io.ReadAll(r)
	l.Error("dump", "stack", dump) // want `dump is a \[\]byte payload from io.ReadAll; the log would carry every byte of it \(base64 in JSON\) — record len\(dump\) instead`
}
