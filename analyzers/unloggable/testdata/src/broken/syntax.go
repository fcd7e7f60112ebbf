package broken

// A file being typed: it does not parse. What parses is analysed.

import (
	"context"
	"io"
	"log/slog"
	"os"

	"github.com/tracelint/tracelint/tracing"
)

func typing(ctx context.Context, r io.Reader, file *os.File) {
	body, _ := io.ReadAll(r)
	slog.Info("request", "body", body) // want `body is a \[\]byte payload`
	tracing.Info(ctx, "request", tracing.Any("file", file)) // want `file is an open file`
	slog.Info("request", "body", body // want `body is a \[\]byte payload`
	slog.Info("request", "file", 
	tracing.Info(ctx, "request", tracing.Any("file", 
}
