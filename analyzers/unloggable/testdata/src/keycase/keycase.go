package keycase

import (
	"context"
	"io"
	"log/slog"
	"net/http"

	"github.com/tracelint/tracelint/tracing"
)

// Run with -unloggable.keycase=camel.
func keycase(ctx context.Context, r *http.Request) {
	requestBody, _ := io.ReadAll(r.Body)
	slog.Info("upload", "request_body", requestBody)                     // want `requestBody is a \[\]byte payload`
	tracing.Info(ctx, "upload", tracing.Any("requestBody", requestBody)) // want `requestBody is a \[\]byte payload`
	slog.Info("upload", "method", "x", "req", r)                         // want `r is an HTTP request`
}
