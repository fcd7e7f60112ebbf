// Package stale: goroutines given an ancestor of the span context (rule 3).
package stale

import (
	"context"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/tracelint/tracelint/tracing"
)

func work(ctx context.Context, n int) error { return nil }

func goStmt(ctx context.Context) {
	sctx, span := tracing.Start(ctx, "fanout")
	defer span.End()
	go work(ctx, 1) // want `goroutine gets ctx instead of sctx, the span context derived from it, so its events land outside that span`
	go func() {
		_ = work(ctx, 2) // want `goroutine gets ctx instead of sctx`
	}()
	go work(sctx, 3)
}

// The parent given to a goroutine function literal's parameter.
func literalParam(parent context.Context) {
	ctx, span := tracing.StartLevel(parent, tracing.LevelDebug, "load")
	defer span.End()
	go func(c context.Context) {
		_ = work(c, 1)
	}(parent) // want `goroutine gets parent instead of ctx`
	_ = work(ctx, 2)
}

func spawners(ctx context.Context, urls []string) error {
	sctx, span := tracing.Start(ctx, "fetch-all")
	defer span.End()
	g, gctx := errgroup.WithContext(sctx)
	for i := range urls {
		g.Go(func() error {
			return work(ctx, i) // want `goroutine gets ctx instead of sctx`
		})
	}
	var wg sync.WaitGroup
	wg.Go(func() { _ = work(ctx, 0) }) // want `goroutine gets ctx instead of sctx`
	time.AfterFunc(time.Second, func() {
		_ = work(ctx, 0) // want `goroutine gets ctx instead of sctx`
	})
	tracing.Go(ctx, func(ctx context.Context) { // want `goroutine gets ctx instead of sctx`
		_ = work(ctx, 0)
	})
	_ = gctx
	return g.Wait()
}

// Two spans deep: the fix passes the innermost span context.
func nested(ctx context.Context) {
	actx, aspan := tracing.Start(ctx, "a")
	defer aspan.End()
	bctx, bspan := tracing.Start(actx, "b")
	defer bspan.End()
	go work(ctx, 1)  // want `goroutine gets ctx instead of bctx`
	go work(actx, 2) // want `goroutine gets actx instead of bctx`
	_ = bctx
}

// A timeout between the parent and the span: passing the span context
// would also bring the timeout, so the fix passes the span context nearest
// the parent that has the parent's cancellation; with none, no fix.
func timeouts(ctx context.Context) {
	sctx, span := tracing.Start(ctx, "outer")
	defer span.End()
	tctx, cancel := context.WithTimeout(sctx, time.Second)
	defer cancel()
	go work(ctx, 1) // want `goroutine gets ctx instead of sctx`

	t2, cancel2 := context.WithTimeout(ctx, time.Second)
	defer cancel2()
	ictx, ispan := tracing.Start(t2, "inner")
	defer ispan.End()
	go work(t2, 2)  // want `goroutine gets t2 instead of ictx`
	go work(ctx, 3) // want `goroutine gets ctx instead of ictx`
	_, _ = tctx, ictx
}

// The nearest correct code: silent.

// Reusing the name: ctx is the span context, not a stale parent.
func shadowing(ctx context.Context) {
	ctx, span := tracing.Start(ctx, "handle")
	defer span.End()
	go work(ctx, 1)
	if true {
		ctx, span := tracing.Start(ctx, "inner")
		defer span.End()
		go work(ctx, 2)
	}
}

// Derived without a span: the same span, no loss.
func derivedOnly(ctx context.Context) {
	tctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	vctx := context.WithValue(tctx, key{}, 1)
	go work(ctx, 1)
	go work(vctx, 2)
	go work(context.WithoutCancel(ctx), 3)
}

type key struct{}

// The span has ended: its parent is current again (sequential spans).
func sequential(ctx context.Context) {
	lctx, lspan := tracing.Start(ctx, "load")
	_ = work(lctx, 1)
	lspan.End()
	go work(ctx, 2)
}

// A span started in one branch does not make the parent stale in another.
func branches(ctx context.Context, cond bool) {
	var sctx context.Context
	var span *tracing.Span
	if cond {
		sctx, span = tracing.Start(ctx, "branch")
		defer span.End()
	} else {
		go work(ctx, 1)
	}
	go work(ctx, 2)
	_ = sctx
}

// Spawned before the span starts.
func before(ctx context.Context) {
	go work(ctx, 1)
	sctx, span := tracing.Start(ctx, "after")
	defer span.End()
	_ = sctx
}

// Used, not passed: waiting on the parent's cancellation is not a loss.
func waits(ctx context.Context) {
	sctx, span := tracing.Start(ctx, "wait")
	defer span.End()
	go func() {
		<-ctx.Done()
		_ = work(sctx, 1)
	}()
}
