// Package gokitkv holds values that render uselessly in go-kit log's
// key-value pairs (Log, level loggers, With), and the nearest correct
// code.
package gokitkv

import (
	"context"
	"io"
	"net/http"

	"github.com/go-kit/log"
	"github.com/go-kit/log/level"
)

func values(ctx context.Context, logger log.Logger, r *http.Request, h func()) {
	body, _ := io.ReadAll(r.Body)
	logger.Log("msg", "x", "ctx", ctx)                          // want `ctx is a context.Context`
	level.Info(logger).Log("msg", "handled", "req", r)          // want `r is an HTTP request`
	level.Debug(logger).Log("msg", "received", "body", body)    // want `body is a \[\]byte payload from io.ReadAll`
	log.With(logger, "h", h).Log("msg", "called")               // want `h is a func`
	logger.Log("ctx", ctx, "msg", "before the message", "n", 1) // want `ctx is a context.Context`

	// Nearest correct code.
	logger.Log("msg", "x")
	level.Info(logger).Log("msg", "handled", "method", r.Method, "path", r.URL.Path)
	level.Debug(logger).Log("msg", "received", "body_len", len(body))
	logger.Log("msg", "received", "body", string(body[:16])) // a bounded excerpt
	var kvs []interface{}
	logger.Log(kvs...)
	// A Valuer is called by go-kit at each event: its result is logged.
	logger = log.With(logger, "ts", log.DefaultTimestampUTC, "caller", log.DefaultCaller)
	logger.Log("msg", "started")
	// Given to Log itself, a Valuer is not called: the func is logged.
	logger.Log("msg", "started", "ts", log.DefaultTimestampUTC) // want `log.DefaultTimestampUTC is a func`
}
