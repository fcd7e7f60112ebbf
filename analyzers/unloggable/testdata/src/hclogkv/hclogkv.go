// Package hclogkv holds values that render uselessly in hclog's
// key-value pairs (events and With), and the nearest correct code.
package hclogkv

import (
	"context"
	"net/http"
	"os"
	"sync"

	"github.com/hashicorp/go-hclog"
)

func values(ctx context.Context, logger hclog.Logger, r *http.Request, f *os.File, mu *sync.Mutex, h func()) {
	logger.Info("handled", "req", r)                     // want `r is an HTTP request`
	logger.Warn("opened", "file", f, "n", 1)             // want `f is an open file`
	logger.Log(hclog.Debug, "done", "ctx", ctx)          // want `ctx is a context.Context`
	logger.With("mu", mu).Error("locked")                // want `mu is a \*sync.Mutex`
	hclog.L().Named("x").Trace("called", "h", h, "n", 2) // want `h is a func`

	// Nearest correct code.
	logger.Info("handled", "method", r.Method, "path", r.URL.Path)
	logger.Warn("opened", "file", f.Name(), "n", 1)
	logger.Info("m", h) // a lone value is not a pair
	// Not paired, not reported: a key of interface type makes the
	// pairing unknown, a spread slice is not visible.
	var ak any = "h"
	logger.Info("m", ak, h)
	var args []any
	logger.Info("m", args...)
}
