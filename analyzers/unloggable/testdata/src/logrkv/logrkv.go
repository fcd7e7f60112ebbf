// Package logrkv holds values that render uselessly in logr's key-value
// pairs (Info, Error after its error, WithValues), and the nearest
// correct code.
package logrkv

import (
	"context"
	"net/http"
	"os"
	"sync"

	"github.com/go-logr/logr"
)

func values(ctx context.Context, logger logr.Logger, r *http.Request, f *os.File, err error, h func()) {
	logger.Info("handled", "req", r)             // want `r is an HTTP request`
	logger.Error(err, "open failed", "file", f)  // want `f is an open file`
	logger.V(1).Info("done", "ctx", ctx, "n", 1) // want `ctx is a context.Context`
	logger.WithValues("h", h).Info("called")     // want `h is a func`

	// Nearest correct code: the error is the call's own argument, not a
	// pair.
	logger.Info("handled", "method", r.Method, "path", r.URL.Path)
	logger.Error(err, "open failed", "file", f.Name())
	l := logr.FromContextOrDiscard(ctx)
	l.Info("done", "n", 1)
}

// Counter renders itself through logr.Marshaler: its lock never reaches
// the log.
type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) MarshalLog() any { return c.n }

// Gauge holds a lock and renders no way of its own.
type Gauge struct {
	mu sync.Mutex
	v  float64
}

func marshalers(logger logr.Logger, c *Counter, g *Gauge) {
	logger.Info("counted", "counter", c)
	logger.Info("measured", "gauge", g) // want `g holds a sync.Mutex \(in field mu\)`
}
