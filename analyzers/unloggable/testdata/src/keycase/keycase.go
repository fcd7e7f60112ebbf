package keycase

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/tracelint/tracelint/tracing"
)

// Run with -unloggable.keycase=camel.
func keycase(ctx context.Context, requestBody []byte, r *http.Request) {
	slog.Info("upload", "request_body", requestBody)                     // want `requestBody is a \[\]byte payload`
	tracing.Info(ctx, "upload", tracing.Any("requestBody", requestBody)) // want `requestBody is a \[\]byte payload`
	slog.Info("upload", "method", "x", "req", r)                         // want `r is an HTTP request`
}
