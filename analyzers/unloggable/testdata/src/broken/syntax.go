package broken

// A file being typed: it does not parse. What parses is analysed.

import (
	"context"
	"log/slog"
	"os"

	"github.com/tracelint/tracelint/tracing"
)

func typing(ctx context.Context, body []byte, file *os.File) {
	slog.Info("request", "body", body) // want `body is a \[\]byte payload`
	tracing.Info(ctx, "request", tracing.Any("file", file)) // want `file is an open file`
	slog.Info("request", "body", body // want `body is a \[\]byte payload`
	slog.Info("request", "file", 
	tracing.Info(ctx, "request", tracing.Any("file", 
}
