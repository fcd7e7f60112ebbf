// Package zerologchain holds values that render uselessly in zerolog's
// field methods (Interface and Any take any value, in an event's chain
// and in a logger's Context), and the nearest correct code.
package zerologchain

import (
	"context"
	"io"
	"net/http"
	"os"
	"sync"

	"github.com/rs/zerolog"
	"github.com/rs/zerolog/log"
)

func values(ctx context.Context, logger zerolog.Logger, r *http.Request, f *os.File, rd io.Reader, h func()) {
	body, _ := io.ReadAll(rd)
	log.Info().Interface("req", r).Msg("handled")        // want `r is an HTTP request`
	logger.Error().Any("file", f).Msg("open failed")     // want `f is an open file`
	log.Debug().Interface("ctx", ctx).Msg("done")        // want `ctx is a context.Context`
	log.Info().Interface("body", body).Msg("received")   // want `body is a \[\]byte payload from io.ReadAll`
	log.Info().Str("body", string(body)).Msg("received") // want `string\(body\) is the text of a payload`
	l := logger.With().Interface("h", h).Logger()        // want `h is a func`
	l.Info().Msg("called")

	// Nearest correct code.
	log.Info().Str("method", r.Method).Str("path", r.URL.Path).Msg("handled")
	logger.Error().Str("file", f.Name()).Msg("open failed")
	log.Info().Int("body_len", len(body)).Msg("received")
}

// Counter renders itself through zerolog's LogObjectMarshaler: its lock
// never reaches the log.
type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) MarshalZerologObject(e *zerolog.Event) { e.Int("n", c.n) }

// Gauge holds a lock and renders no way of its own.
type Gauge struct {
	mu sync.Mutex
	v  float64
}

func marshalers(c *Counter, g *Gauge) {
	log.Info().Interface("counter", c).Msg("counted")
	log.Info().Interface("gauge", g).Msg("measured") // want `g holds a sync.Mutex \(in field mu\)`
}
