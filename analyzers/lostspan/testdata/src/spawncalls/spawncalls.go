// Package spawncalls: which message context.Background() or TODO() inside
// spawned code draws. The goroutine starts from it only at the spawn's
// entry; any other call gets it in a goroutine; an event or span start
// keeps its own message.
package spawncalls

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/tracelint/tracelint/tracing"
)

type manager struct{}

func (m *manager) AppendWatcherMetadata(ctx context.Context, md []string) {}

func fetch(ctx context.Context) error { return nil }

// An ordinary call inside the body: the goroutine itself starts from
// the captured context.
func ordinaryCall(ctx context.Context, m *manager, md []string) error {
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		if err := gctx.Err(); err != nil {
			return err
		}
		m.AppendWatcherMetadata(context.Background(), md) // want `^AppendWatcherMetadata gets context\.Background\(\) in a goroutine, so its work leaves the span carried by gctx$`
		return nil
	})
	return g.Wait()
}

func ordinaryCalls(ctx context.Context) {
	go func() {
		slog.DebugContext(ctx, "refreshing")
		tctx, cancel := context.WithTimeout(context.TODO(), time.Second) // want `^context\.WithTimeout gets context\.TODO\(\) in a goroutine, so its work leaves the span carried by ctx$`
		defer cancel()
		_ = fetch(tctx)
	}()
	go func() {
		for range 3 {
			_ = fetch(context.Background()) // want `^fetch gets context\.Background\(\) in a goroutine, so its work leaves the span carried by ctx$`
		}
	}()
}

// The spawn's entry: the spawned call, or the first statement (defers
// aside) of the spawned literal.
func entry(ctx context.Context, m *manager) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		m.AppendWatcherMetadata(context.Background(), nil) // want `^goroutine starts from context\.Background\(\), so its events leave the span carried by ctx$`
	}()
	go func() {
		if err := fetch(ctx); err != nil {
			return
		}
	}()
	go func() {
		err := fetch(context.TODO()) // want `^goroutine starts from context\.TODO\(\), so its events leave the span carried by ctx$`
		_ = err
	}()
	var g errgroup.Group
	g.Go(func() error {
		return fetch(context.Background()) // want `^goroutine starts from context\.Background\(\), so its events leave the span carried by ctx$`
	})
	_ = g.Wait()
	go m.AppendWatcherMetadata(context.Background(), nil) // want `^goroutine starts from context\.Background\(\), so its events leave the span carried by ctx$`
	wg.Wait()
}

// Events and span starts given Background or TODO in a goroutine: the
// event's (span start's) message wins, spawn's entry or not.
func events(ctx context.Context, logger *slog.Logger) {
	go func() {
		slog.Log(context.TODO(), slog.LevelDebug, "streaming") // want `^slog\.Log gets context\.TODO\(\), so its event leaves the span carried by ctx$`
		logger.Log(context.TODO(), slog.LevelDebug, "chunk")   // want `^Logger\.Log gets context\.TODO\(\), so its event leaves the span carried by ctx$`
	}()
	go logger.InfoContext(context.Background(), "queued") // want `^Logger\.InfoContext gets context\.Background\(\), so its event leaves the span carried by ctx$`
	go func() {
		jctx, span := tracing.Start(context.Background(), "job") // want `^tracing\.Start gets context\.Background\(\), so the new span starts a separate trace instead of joining the span carried by ctx$`
		defer span.End()
		_ = fetch(jctx)
	}()
}

// The nearest correct code: silent.
func correct(ctx context.Context, m *manager, logger *slog.Logger) {
	go func() {
		slog.Log(ctx, slog.LevelDebug, "streaming")
		m.AppendWatcherMetadata(context.WithoutCancel(ctx), nil)
	}()
	go logger.InfoContext(ctx, "queued")
}
