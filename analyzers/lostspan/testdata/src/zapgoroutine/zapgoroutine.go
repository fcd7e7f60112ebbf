// Package zapgoroutine: zap's events take no context and have no form
// that does, so a zap event in a goroutine is not a context-less event.
// lostspan reports in goroutines that log with zap only what it reports
// of any call.
package zapgoroutine

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

func work(ctx context.Context) error { return nil }

// What any goroutine draws, zap or not.
func lost(ctx context.Context, logger *zap.Logger) {
	ctx, span := otel.Tracer("zap").Start(ctx, "lost")
	defer span.End()
	go func() {
		logger.Info("starting")
		_ = work(context.Background()) // want `work gets context.Background\(\) in a goroutine, so its work leaves the span carried by ctx`
		logger.Info("done", zap.String("state", "ok"))
	}()
	go func() {
		ctx := context.TODO() // want `goroutine sets ctx from context.TODO\(\), so its work leaves the span carried by ctx`
		zap.L().Info("detached")
		_ = work(ctx)
	}()
}

// The nearest correct code: silent.

func events(ctx context.Context, logger *zap.Logger, sugar *zap.SugaredLogger) {
	ctx, span := otel.Tracer("zap").Start(ctx, "events")
	defer span.End()
	go func() {
		logger.Info("done", zap.String("id", "x"))
		logger.With(zap.Int("n", 1)).Warn("slow")
		logger.Error("failed", zap.Error(nil))
		zap.L().Debug("global")
		zap.S().Infow("sugared", "id", "x")
		sugar.Info("sprint", 1)
		sugar.Errorw("failed", "err", nil)
		if ce := logger.Check(zapcore.DebugLevel, "checked"); ce != nil {
			ce.Write(zap.Int("n", 2))
		}
		_ = work(ctx)
	}()
	go logger.Info("spawned")
	go zap.L().Sync()
}
