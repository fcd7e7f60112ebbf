// Package service is realistic service code: an HTTP handler that fans
// out work, a worker pool and a batch job, with the mistakes lostspan
// exists for and, next to them, the same code done right.
//
// Expected findings (each marked by a want comment):
//
//   - API.Quotes: slog.Warn in an errgroup goroutine (fix: WarnContext
//     with gctx); a fire-and-forget audit event given
//     context.Background() (fix: gctx).
//   - API.Warm: the refresh goroutine derives from the request context
//     instead of the "warm" span's (fix: rctx).
//   - Pool.Run: a worker's context-less logger.Info (fix: InfoContext).
//   - Pool.process: slog.Error in the job goroutine's recover.
//   - Nightly: a chunk goroutine marks jobs done with the run's ctx
//     instead of the chunk span's cctx (the deadline context dctx would
//     add a timeout, so the fix passes cctx).
//   - Heartbeat: a time.AfterFunc callback with slog.Info and
//     context.TODO().
//
// API.Prices and Pool.Janitor (no context in scope) are silent.
package service

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/tracelint/tracelint/tracing"
)

type Quote struct {
	Provider string  `json:"provider"`
	Price    float64 `json:"price"`
}

type Provider interface {
	Name() string
	Quote(ctx context.Context, sku string) (Quote, error)
}

type API struct {
	providers []Provider
	audit     *slog.Logger
	cache     map[string][]Quote
}

// Quotes asks every provider for a price, in parallel.
func (a *API) Quotes(w http.ResponseWriter, r *http.Request) {
	ctx, span := tracing.Start(r.Context(), "quotes", tracing.String("path", r.URL.Path))
	defer span.End()
	sku := r.URL.Query().Get("sku")

	reqCtx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	g, gctx := errgroup.WithContext(reqCtx)
	quotes := make([]Quote, len(a.providers))
	for i, p := range a.providers {
		g.Go(func() error {
			q, err := p.Quote(gctx, sku)
			if err != nil {
				slog.Warn("provider failed", "provider", p.Name(), "err", err) // want `slog.Warn in a goroutine takes no context, so its event leaves the span carried by gctx`
				return err
			}
			quotes[i] = q
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		tracing.Error(ctx, "quotes failed", tracing.Err(err))
		http.Error(w, "no quote", http.StatusBadGateway)
		return
	}

	// Fire and forget: the audit record must outlive the request.
	go a.audit.InfoContext(context.Background(), "quoted", "sku", sku) // want `Logger.InfoContext gets context.Background\(\), so its event leaves the span carried by gctx`

	_ = json.NewEncoder(w).Encode(quotes)
}

// Prices is the same handler done right: the span context crosses into
// every goroutine, and the fire-and-forget work keeps the span without
// the request's cancellation.
func (a *API) Prices(w http.ResponseWriter, r *http.Request) {
	ctx, span := tracing.Start(r.Context(), "prices")
	defer span.End()
	sku := r.URL.Query().Get("sku")

	g, gctx := errgroup.WithContext(ctx)
	quotes := make([]Quote, len(a.providers))
	for i, p := range a.providers {
		g.Go(func() error {
			q, err := p.Quote(gctx, sku)
			if err != nil {
				slog.WarnContext(gctx, "provider failed", "provider", p.Name(), "err", err)
				return err
			}
			quotes[i] = q
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		http.Error(w, "no quote", http.StatusBadGateway)
		return
	}
	tracing.Go(context.WithoutCancel(ctx), func(ctx context.Context) {
		a.audit.InfoContext(ctx, "quoted", "sku", sku)
	})
	_ = json.NewEncoder(w).Encode(quotes)
}

// Warm refreshes the cache after responding, under its own span: the
// goroutine is handed the request's context, not the refresh span's.
func (a *API) Warm(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	rctx, span := tracing.Start(ctx, "warm")
	go func() {
		defer span.End()
		a.refresh(context.WithoutCancel(ctx)) // want `goroutine gets ctx instead of rctx, the span context derived from it, so its events land outside that span`
	}()
	w.WriteHeader(http.StatusAccepted)
	_ = rctx
}

func (a *API) refresh(ctx context.Context) {}
