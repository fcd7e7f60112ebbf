// Package errgroup is a small fake of golang.org/x/sync/errgroup: the
// names and signatures that lostspan's testdata uses.
package errgroup

import (
	"context"
	"sync"
)

// A Group is a collection of goroutines working on subtasks of one task.
type Group struct {
	wg     sync.WaitGroup
	cancel func(error)
	once   sync.Once
	err    error
}

// WithContext returns a new Group and a context derived from ctx,
// canceled when a function passed to Go first returns an error.
func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancelCause(ctx)
	return &Group{cancel: cancel}, ctx
}

// Wait blocks until all calls of Go have returned, and returns the first
// error.
func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel(g.err)
	}
	return g.err
}

// Go calls f in a new goroutine.
func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel(err)
				}
			})
		}
	}()
}

// TryGo calls f in a new goroutine and reports true (this fake has no
// limit).
func (g *Group) TryGo(f func() error) bool {
	g.Go(f)
	return true
}
