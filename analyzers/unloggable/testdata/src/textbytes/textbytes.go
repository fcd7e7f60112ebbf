// Package textbytes holds explicit conversions of bytes to text: the
// author says the bytes are text, so none is reported.
package textbytes

import (
	"context"
	"encoding/json"
	"log/slog"
	"runtime"

	"github.com/tracelint/tracelint/tracing"
)

func series(l *slog.Logger, met []byte) {
	l.Debug("Out of order sample", "series", string(met)) // text, converted on purpose
}

func stack(l *slog.Logger) {
	buf := make([]byte, 64<<10)
	buf = buf[:runtime.Stack(buf, false)]
	l.Error("runtime panic", "stacktrace", string(buf))
}

func attrs(ctx context.Context, l *slog.Logger, out []byte, doc json.RawMessage) {
	l.Info("command done", slog.String("output", string(out)), slog.Any("doc", string(doc)))
	tracing.Info(ctx, "command done", tracing.String("output", string(out)), tracing.Any("doc", string(doc)))
}
