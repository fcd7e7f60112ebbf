// Package ctxless: context-less events in goroutines while a context is
// in scope (rule 2).
package ctxless

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/tracelint/tracelint/tracing"
)

func goStmt(ctx context.Context, id string) {
	go func() {
		slog.Info("started", "id", id) // want `slog.Info in a goroutine takes no context, so its event leaves the span carried by ctx`
		slog.Debug("detail")           // want `slog.Debug in a goroutine takes no context`
		slog.Warn("slow")              // want `slog.Warn in a goroutine takes no context`
		slog.Error("failed")           // want `slog.Error in a goroutine takes no context`
	}()
}

func loggerMethods(ctx context.Context, logger *slog.Logger) {
	go func() {
		logger.Info("started")                // want `Logger.Info in a goroutine takes no context, so its event leaves the span carried by ctx`
		logger.With("worker", 1).Warn("slow") // want `Logger.Warn in a goroutine takes no context`
	}()
}

func spawners(ctx context.Context, items []string) {
	ctx, span := tracing.Start(ctx, "batch")
	defer span.End()

	var wg sync.WaitGroup
	for _, it := range items {
		wg.Go(func() {
			slog.Info("item", "it", it) // want `slog.Info in a goroutine takes no context, so its event leaves the span carried by ctx`
		})
	}
	wg.Wait()

	g := new(errgroup.Group)
	g.Go(func() error {
		slog.Info("fetch", "n", len(items)) // want `slog.Info in a goroutine`
		return nil
	})
	_ = g.Wait()

	time.AfterFunc(time.Minute, func() {
		slog.Warn("batch is slow") // want `slog.Warn in a goroutine`
	})
}

// A spread argument list moves along.
func spread(ctx context.Context, args []any) {
	go slog.Info("event", args...) // want `slog.Info in a goroutine takes no context`
}

// tracing.Go's function has its own ctx: the fix uses it.
func tracingGo(ctx context.Context) {
	tracing.Go(ctx, func(ctx context.Context) {
		slog.Info("refresh") // want `slog.Info in a goroutine takes no context, so its event leaves the span carried by ctx`
	})
}

// The nearest correct code: silent.

func withContext(ctx context.Context, logger *slog.Logger) {
	go func() {
		slog.InfoContext(ctx, "started")
		logger.WarnContext(ctx, "slow")
		logger.Log(ctx, slog.LevelInfo, "done")
		tracing.Info(ctx, "done")
	}()
}

// Outside goroutines, context-less events are left alone by default.
func sync_(ctx context.Context) {
	slog.Info("synchronous")
}

// No context in scope.
func noContext() {
	go func() { slog.Info("janitor") }()
}
