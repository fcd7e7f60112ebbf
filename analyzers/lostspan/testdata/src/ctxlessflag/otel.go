package ctxlessflag

import (
	"context"
	"log/slog"

	"go.opentelemetry.io/otel"
	"go.uber.org/zap"
)

var tracer = otel.Tracer("ctxlessflag")

// An OpenTelemetry span context: slog's context-less forms leave it.
func otelSpan(ctx context.Context, logger *zap.Logger) {
	ctx, span := tracer.Start(ctx, "otel")
	defer span.End()
	slog.Warn("slow") // want `slog.Warn takes no context, so its event leaves the span carried by ctx`

	// Silent: an OpenTelemetry span event is attached to its span, not
	// to a context; zap has no form that takes a context.
	span.AddEvent("checkpoint")
	logger.Info("zap event")
	zap.S().Infow("sugared")
}
