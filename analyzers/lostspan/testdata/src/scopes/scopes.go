// Package scopes: how lostspan finds the span context (closures, loop
// variables, nested function literals with their own ctx, shadowing,
// generics, methods, select and defer inside goroutines).
package scopes

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/tracelint/tracelint/tracing"
)

func work(ctx context.Context, n int) error { return nil }

// Loop variables: the span context started in the loop body is current
// inside it, and forgotten after it.
func loop(ctx context.Context, n int) {
	var wg sync.WaitGroup
	for i := range n {
		ictx, span := tracing.Start(ctx, "item")
		wg.Go(func() {
			defer span.End()
			_ = work(ctx, i) // want `goroutine gets ctx instead of ictx`
		})
		_ = ictx
	}
	wg.Wait()
	go work(ctx, n) // the loop's span contexts are out of scope here
}

// A nested function literal with its own ctx parameter: that parameter
// is the span context inside it.
func nestedLiteral(ctx context.Context) {
	go func() {
		handle := func(ctx context.Context, n int) {
			slog.Info("handled", "n", n) // want `slog.Info in a goroutine takes no context, so its event leaves the span carried by ctx`
		}
		handle(ctx, 1)
	}()
	process := func(ctx context.Context) {
		go func() {
			_ = work(context.Background(), 2) // want `goroutine starts from context.Background\(\), so its events leave the span carried by ctx`
		}()
	}
	process(ctx)
}

// select and defer inside a goroutine.
func selectDefer(ctx context.Context, jobs <-chan int) {
	go func() {
		defer slog.Info("worker done") // want `slog.Info in a goroutine takes no context`
		for {
			select {
			case <-ctx.Done():
				slog.Warn("cancelled") // want `slog.Warn in a goroutine takes no context`
				return
			case j := <-jobs:
				_ = work(context.TODO(), j) // want `work gets context.TODO\(\) in a goroutine, so its work leaves the span carried by ctx`
			}
		}
	}()
}

// Generics.
func fanOut[T any](ctx context.Context, items []T, f func(context.Context, T)) {
	ctx, span := tracing.Start(ctx, "fan-out")
	defer span.End()
	for _, it := range items {
		go func() {
			slog.Debug("item") // want `slog.Debug in a goroutine takes no context`
			f(ctx, it)
		}()
	}
}

type Cache[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func (c *Cache[K, V]) Refresh(ctx context.Context, load func(context.Context) map[K]V) {
	go func() {
		m := load(context.Background()) // want `goroutine starts from context.Background\(\)`
		c.mu.Lock()
		c.m = m
		c.mu.Unlock()
	}()
}

// Methods, and a method value spawned with a context.
type Server struct{ logger *slog.Logger }

func (s *Server) Handle(ctx context.Context) {
	ctx, span := tracing.Start(ctx, "handle")
	defer span.End()
	go s.audit(context.Background()) // want `goroutine starts from context.Background\(\)`
	go func() {
		s.logger.Info("handled") // want `Logger.Info in a goroutine takes no context`
	}()
	go s.audit(ctx)
}

func (s *Server) audit(ctx context.Context) {}

// The span context shadowed at the report point by a variable of another
// type: reported, but no fix can name it.
func shadowed(ctx context.Context) {
	go func() {
		ctx := "not a context"
		slog.Info("shadowed", "ctx", ctx) // want `slog.Info in a goroutine takes no context, so its event leaves the span carried by ctx`
	}()
}

// A context derived later from an older one does not carry the newest
// span: the span context stays the one that does.
func olderParent(ctx context.Context) {
	sctx, span := tracing.Start(ctx, "op")
	defer span.End()
	tctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	go func() {
		slog.Info("op") // want `slog.Info in a goroutine takes no context, so its event leaves the span carried by sctx`
		_ = work(tctx, 1)
	}()
	_ = sctx
}

// A callback's own ctx parameter carries the span of the code that
// writes it: the fix names the parameter, not the shadowed outer ctx.
func callback(ctx context.Context) {
	ctx, span := tracing.Start(ctx, "callback")
	defer span.End()
	tracing.Go(ctx, func(ctx context.Context) {
		slog.Info("in callback") // want `slog.Info in a goroutine takes no context, so its event leaves the span carried by ctx`
	})
}

// The nearest correct code: silent.

// Closures capturing the span context.
func captures(ctx context.Context) {
	ctx, span := tracing.Start(ctx, "captures")
	defer span.End()
	go func() {
		slog.InfoContext(ctx, "captured")
		_ = work(ctx, 1)
	}()
}

// A goroutine function with its own ctx, given the span context.
func byArgument(ctx context.Context) {
	go func(ctx context.Context) {
		slog.InfoContext(ctx, "argument")
	}(ctx)
}

// A function literal that is not spawned runs synchronously.
func notSpawned(ctx context.Context) {
	f := func() { slog.Info("sync") }
	f()
	defer func() { slog.Info("deferred") }()
}

// A context-typed loop variable is a context in scope.
func rangeCtx(ctxs []context.Context) {
	for _, ctx := range ctxs {
		go work(ctx, 1)
	}
}
