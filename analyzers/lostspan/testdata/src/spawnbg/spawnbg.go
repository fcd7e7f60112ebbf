// Package spawnbg: goroutines that start from context.Background() or
// TODO() while a context is in scope (rule 1).
package spawnbg

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/tracelint/tracelint/tracing"
)

func work(ctx context.Context, n int) error { return nil }

func goStmt(ctx context.Context) {
	go work(context.Background(), 1) // want `goroutine starts from context.Background\(\), so its events leave the span carried by ctx`
	go func() {
		work(context.TODO(), 2) // want `goroutine starts from context.TODO\(\), so its events leave the span carried by ctx`
	}()
}

func spawners(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Go(func() {
		work(context.Background(), 1) // want `goroutine starts from context.Background\(\)`
	})
	wg.Wait()

	time.AfterFunc(time.Second, func() {
		work(context.Background(), 4) // want `goroutine starts from context.Background\(\)`
	})

	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		return work(context.Background(), 2) // want `span carried by gctx`
	})
	g.TryGo(func() error {
		return work(context.Background(), 3) // want `span carried by gctx`
	})
	_ = g.Wait()
	_ = gctx

}

// A span started in the goroutine from Background is a new trace; the fix
// keeps Background's lack of cancellation.
func spanInGoroutine(ctx context.Context) {
	ctx, span := tracing.Start(ctx, "parent")
	defer span.End()
	go func() {
		jctx, jspan := tracing.Start(context.Background(), "job") // want `tracing.Start gets context.Background\(\), so the new span starts a separate trace instead of joining the span carried by ctx`
		defer jspan.End()
		_ = work(jctx, 1)
	}()
	tracing.Go(context.Background(), func(ctx context.Context) { // want `goroutine starts from context.Background\(\)`
		_ = work(ctx, 2)
	})
}

// An event's own context: passing ctx itself is enough.
func eventInGoroutine(ctx context.Context) {
	go func() {
		slog.InfoContext(context.Background(), "done") // want `slog.InfoContext gets context.Background\(\), so its event leaves the span carried by ctx`
		tracing.Info(context.TODO(), "done")           // want `tracing.Info gets context.TODO\(\), so its event leaves the span carried by ctx`
	}()
}

// The nearest correct code: silent.

func passesCtx(ctx context.Context) {
	go work(ctx, 1)
	go func() { _ = work(ctx, 2) }()
	go func() { _ = work(context.WithoutCancel(ctx), 3) }()
	tracing.Go(ctx, func(ctx context.Context) { _ = work(ctx, 4) })
	var wg sync.WaitGroup
	wg.Go(func() { _ = work(ctx, 5) })
	wg.Wait()
}

// No context in scope: there is no span to lose.
func noContext() {
	go work(context.Background(), 1)
	go func() { _ = work(context.TODO(), 2) }()
}

// A context made from Background carries no span either.
func detached() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	go work(context.Background(), 1)
	go work(ctx, 2)
}

// Background outside the goroutine, not passed to an event or span start.
func notSpawned(ctx context.Context) {
	_ = work(context.Background(), 1)
	bg := context.Background()
	go work(bg, 2)
}

// A goroutine that sets its context from Background loses the span from
// there on: the fix keeps the span without the caller's cancellation.
func assignedInGoroutine(ctx context.Context) {
	go func() {
		ctx := context.Background() // want `goroutine sets ctx from context.Background\(\), so its work leaves the span carried by ctx`
		_ = work(ctx, 1)
	}()
	go func() {
		var bctx = context.TODO() // want `goroutine sets bctx from context.TODO\(\), so its work leaves the span carried by ctx`
		_ = work(bctx, 2)
	}()
	bg := context.Background() // not in a goroutine: a context of its own, on purpose
	go func() {
		_ = work(bg, 3)
	}()
}

// A context derived from Background in a goroutine and stored in a
// package-level variable or a field outlives the call on purpose (a
// signal that the program waits on later); kept in a local, it is the
// goroutine's own work, which loses the span.
var (
	waitCtx    context.Context
	cancelWait context.CancelFunc
)

type checker struct {
	ctx    context.Context
	cancel context.CancelFunc
}

func storedBeyond(ctx context.Context, c *checker) {
	go func() {
		waitCtx, cancelWait = context.WithCancel(context.Background())
		c.ctx, c.cancel = context.WithTimeout(context.Background(), time.Second)
	}()
	go func() {
		local, cancel := context.WithCancel(context.Background()) // want `goroutine starts from context.Background\(\), so its events leave the span carried by ctx`
		defer cancel()
		_ = work(local, 1)
	}()
}
