package service

import (
	"context"
	"log/slog"
	"time"

	"github.com/tracelint/tracelint/tracing"
)

type Store interface {
	Pending(ctx context.Context, limit int) ([]Job, error)
	Done(ctx context.Context, id string) error
}

// Nightly is the batch job: one span for the run, one per chunk, a
// deadline per chunk.
func Nightly(ctx context.Context, s Store, handle func(context.Context, Job) error) error {
	ctx, span := tracing.Start(ctx, "nightly")
	defer span.End()

	for chunk := 0; ; chunk++ {
		jobs, err := s.Pending(ctx, 100)
		if err != nil || len(jobs) == 0 {
			return err
		}
		cctx, cspan := tracing.Start(ctx, "chunk", tracing.Int("chunk", chunk))
		dctx, cancel := context.WithTimeout(cctx, time.Minute)
		errs := make(chan error, len(jobs))
		for _, j := range jobs {
			go func() {
				err := handle(dctx, j)
				if err == nil {
					err = s.Done(ctx, j.ID) // want `goroutine gets ctx instead of cctx, the span context derived from it, so its events land outside that span`
				}
				errs <- err
			}()
		}
		for range jobs {
			if err := <-errs; err != nil {
				tracing.Warn(dctx, "job failed", tracing.Err(err))
			}
		}
		cancel()
		cspan.End()
	}
}

// Heartbeat reports progress every interval while the batch runs.
func Heartbeat(ctx context.Context, every time.Duration, progress func() int) *time.Timer {
	var t *time.Timer
	t = time.AfterFunc(every, func() {
		slog.Info("batch progress", "done", progress()) // want `slog.Info in a goroutine takes no context, so its event leaves the span carried by ctx`
		tracing.Info(context.TODO(), "tick")            // want `tracing.Info gets context.TODO\(\), so its event leaves the span carried by ctx`
		t.Reset(every)
	})
	return t
}
