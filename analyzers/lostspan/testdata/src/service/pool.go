package service

import (
	"context"
	"log/slog"
	"sync"

	"github.com/tracelint/tracelint/tracing"
)

type Job struct {
	ID      string
	Payload []byte
}

type Pool struct {
	jobs    chan Job
	workers int
	log     *slog.Logger
	handle  func(ctx context.Context, j Job) error
}

// Run starts the workers and waits for them: each worker picks jobs until
// ctx is cancelled or the queue is closed.
func (p *Pool) Run(ctx context.Context) {
	ctx, span := tracing.Start(ctx, "pool")
	defer span.End()
	var wg sync.WaitGroup
	for w := range p.workers {
		wg.Go(func() {
			p.log.Info("worker started", "worker", w) // want `Logger.Info in a goroutine takes no context, so its event leaves the span carried by ctx`
			for {
				select {
				case <-ctx.Done():
					return
				case j, ok := <-p.jobs:
					if !ok {
						return
					}
					p.process(ctx, j)
				}
			}
		})
	}
	wg.Wait()
}

func (p *Pool) process(ctx context.Context, j Job) {
	ctx, span := tracing.Start(ctx, "job", tracing.String("job_id", j.ID))
	defer span.End()
	done := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				slog.Error("job panicked", "job", j.ID, "panic", r) // want `slog.Error in a goroutine takes no context`
				done <- nil
			}
		}()
		done <- p.handle(ctx, j)
	}()
	if err := <-done; err != nil {
		tracing.Error(ctx, "job failed", tracing.Err(err))
	}
}

// Janitor runs without a request and without a span: nothing to lose.
func (p *Pool) Janitor(stop <-chan struct{}) {
	go func() {
		<-stop
		slog.Info("janitor stopped")
		_ = p.handle(context.Background(), Job{ID: "cleanup"})
	}()
}
