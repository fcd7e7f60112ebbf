// Package main: a command-line program whose contexts come from
// context.Background() in main. lostspan claims a lost span only where the
// code shows one may exist: a span started on the way, a request's
// context, a method that only a framework calls.
package main

import (
	"context"
	"log/slog"
	"net/http"
	"os"
	"os/signal"

	"github.com/tracelint/tracelint/tracing"
)

// App is a CLI framework's command: it calls Action with its root context.
type App struct {
	Action func(ctx context.Context, args []string) error
}

func (a *App) Run(ctx context.Context, args []string) error { return a.Action(ctx, args) }

func main() {
	tracing.Init()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		slog.Info("started") // silent: ctx comes from Background
	}()
	run(ctx)
	app := &App{Action: func(ctx context.Context, args []string) error {
		go func() {
			slog.Info("action", "args", len(args)) // silent: the framework's root context
		}()
		go work(context.Background()) // silent
		return nil
	}}
	app.Run(context.Background(), os.Args)
	app.Action = runAction
	app.Run(context.Background(), os.Args)
	http.HandleFunc("/", handle)
}

// runAction is handed to the framework as a value: its context is the
// framework's root context.
func runAction(ctx context.Context, args []string) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		slog.Info("action") // silent
	}()
	return nil
}

// run is called by main only, with a context from Background.
func run(ctx context.Context) {
	go func() {
		slog.Info("running") // silent: every caller passes a context without a span
	}()
	go work(context.TODO()) // silent
	traced(ctx)
}

// traced starts a span: from there on, the span is lost.
func traced(ctx context.Context) {
	ctx, span := tracing.Start(ctx, "traced")
	defer span.End()
	go func() {
		slog.Info("inside") // want `slog.Info in a goroutine takes no context, so its event leaves the span carried by ctx`
	}()
	go work(context.Background()) // want `goroutine starts from context.Background\(\), so its events leave the span carried by ctx`
	child(ctx)
}

// child is called with a span context.
func child(ctx context.Context) {
	go func() {
		slog.Info("child") // want `slog.Info in a goroutine takes no context`
	}()
}

// handle is an HTTP handler: the request's context may carry a span
// started by middleware.
func handle(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	go func() {
		slog.Info("handling") // want `slog.Info in a goroutine takes no context, so its event leaves the span carried by ctx`
	}()
	_ = ctx
}

type server struct{}

// Get is called by a server framework only (nothing here calls it): its
// interceptors may have started a span.
func (s *server) Get(ctx context.Context, id string) error {
	go work(context.Background()) // want `goroutine starts from context.Background\(\)`
	return nil
}

func work(ctx context.Context) {}
