package locks

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"

	"github.com/tracelint/tracelint/tracing"
)

type Stats struct {
	Hits int
	mu   sync.Mutex
}

type Outer struct {
	Name  string
	inner [2]struct{ wg sync.WaitGroup }
}

type Counters struct {
	Hits atomic.Int64
}

// Cache embeds a mutex but renders itself.
type Cache struct {
	sync.Mutex
	n int
}

func (c *Cache) LogValue() slog.Value { return slog.IntValue(c.n) }

// Guarded renders itself only through a pointer.
type Guarded struct {
	mu sync.Mutex
	n  int
}

func (g *Guarded) String() string { return "guarded" }

// List is recursive through a pointer and holds no lock by value.
type List struct {
	Next *List
	mu   *sync.Mutex
}

// Tree is a generic recursive type.
type Tree[T any] struct {
	Kids []Tree[T]
	Val  T
}

func locks(ctx context.Context, mu *sync.Mutex, wg *sync.WaitGroup, s *Stats, o Outer, c *Cache, g Guarded, gp *Guarded) {
	slog.Info("state", "mu", mu)                                             // want `mu is a \*sync.Mutex; the log would show its internal state words, read without synchronization, not data — remove the field`
	slog.Info("state", "wg", wg, "n", 1)                                     // want `wg is a \*sync.WaitGroup`
	slog.Info("state", "stats", s)                                           // want `s holds a sync.Mutex \(in field mu\); the log would show lock internals beside a racy copy of the data — remove the field or give Stats a LogValue method`
	slog.Info("state", "outer", &o)                                          // want `&o holds a sync.WaitGroup \(in field inner\[i\].wg\)`
	slog.Info("state", slog.Any("guarded", g))                               // want `g holds a sync.Mutex \(in field mu\)`
	tracing.Info(ctx, "state", tracing.Any("stats", s), tracing.Int("n", 1)) // want `s holds a sync.Mutex`

	// Nearest correct code.
	slog.Info("state", "cache", c, "guarded", gp, "hits", s.Hits)
	slog.Info("state", "list", &List{}, "tree", Tree[int]{})
}

func atomics(ctx context.Context, hits *atomic.Int64, ok atomic.Bool, v *atomic.Value, cs *Counters) {
	slog.Info("state", "hits", hits)                    // want `hits is an \*atomic.Int64; the log would show its internal struct, not the value it holds — record hits.Load\(\) instead`
	slog.Info("state", "ok", ok)                        // want `ok is an atomic.Bool`
	slog.Info("state", "hits", cs.Hits)                 // want `cs.Hits is an atomic.Int64`
	tracing.Info(ctx, "state", tracing.Any("value", v)) // want `v is an \*atomic.Value`
	slog.Info("state", "counters", cs)                  // want `cs holds an atomic.Int64 \(in field Hits\); the log would show atomic internals`
	slog.Info("state", "hits", newCounters().Hits)      // want `newCounters\(\).Hits is an atomic.Int64`

	// Nearest correct code.
	slog.Info("state", "hits", hits.Load(), "ok", ok.Load())
}

func newCounters() Counters { return Counters{} }

type Box[T any] struct{ v T }

func boxes[T any](b Box[T], m Box[sync.Mutex]) {
	slog.Info("boxes", "b", b)
	slog.Info("boxes", "m", &m) // want `&m holds a sync.Mutex \(in field v\)`
}
