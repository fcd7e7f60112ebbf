// Command demo is a small program traced with the tracing runtime: the
// Go version of the examples of Rust's tracing tutorial. Run it with
//
//	go run ./testdata/demo
//	GO_LOG=debug go run ./testdata/demo
//	GO_LOG_FORMAT=json go run ./testdata/demo
//
// and, to also export its spans through the OpenTelemetry bridge to the
// SDK's stdout exporter (from the otel module, which has the SDK):
//
//	cd otel && go run -tags otel github.com/tracelint/tracelint/testdata/demo -otel
//
// It also carries one mistake of each kind that tracelint reports, marked
// MISTAKE, so that
//
//	go run ./cmd/tracelint ./testdata/demo
//
// has something to show.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/tracelint/tracelint/tracing"
)

func main() {
	// MISTAKE (noinit): emitted before the subscriber is installed, so the
	// event goes nowhere.
	tracing.Info(context.Background(), "Starting")

	// Install the subscriber first: before it, events go nowhere.
	tracing.Init()
	exportOTel := flag.Bool("otel", false, "also export the spans to OpenTelemetry's stdout exporter (build with -tags otel)")
	flag.Parse()
	if *exportOTel {
		shutdown, err := installOTel()
		if err != nil {
			fmt.Fprintln(os.Stderr, "demo:", err)
			os.Exit(2)
		}
		defer shutdown()
	}

	// A root span for the application's lifetime.
	ctx, span := tracing.Start(context.Background(), "app-start")
	defer span.End()

	processRequest(ctx, "req-1", 42)
	processRequest(ctx, "req-2", 1001)

	// A goroutine that carries the span.
	done := make(chan struct{})
	tracing.Go(ctx, func(ctx context.Context) {
		defer close(done)
		refreshCache(ctx)
	})
	<-done

	// MISTAKE (lostspan): a bare goroutine that starts from
	// context.Background(): its event leaves the app-start span.
	lost := make(chan struct{})
	go func() {
		defer close(lost)
		refreshCache(context.Background())
	}()
	<-lost
}

// processRequest handles one request inside its own span.
func processRequest(ctx context.Context, id string, userID int) {
	ctx, span := tracing.Start(ctx, "process_request", tracing.String("id", id))
	defer span.End()

	tracing.Info(ctx, "Processing request", tracing.Int("user_id", userID))
	data, err := fetchData(ctx, id)
	if err != nil {
		tracing.Warn(ctx, "Request failed", tracing.Err(err))
		return
	}
	tracing.Info(ctx, "Data fetched", tracing.Int("data_len", len(data)))

	// MISTAKE (idinmessage): values formatted into the messages.
	tracing.Info(ctx, fmt.Sprintf("User %d got their data", userID))
	slog.InfoContext(ctx, "request done: "+id)
}

// fetchData is a nested operation: its events carry both spans.
func fetchData(ctx context.Context, id string) ([]byte, error) {
	// MISTAKE (spanend): the error path below returns without span.End().
	ctx, span := tracing.Start(ctx, "fetch_data")

	start := time.Now()
	time.Sleep(5 * time.Millisecond)
	latency := time.Since(start)
	tracing.Debug(ctx, "Backend answered", tracing.Duration("latency", latency))
	if id == "req-2" {
		// An error event: it carries app-start, process_request and fetch_data.
		tracing.Error(ctx, "Simulated failure", tracing.String("id", id))
		return nil, errors.New("timeout")
	}
	// A field known only now, added to the span.
	span.Record(tracing.Int("bytes", 3))
	tracing.Info(ctx, "Fetched data", tracing.Int64("latency_ms", latency.Milliseconds()))
	// MISTAKE (unloggable): a whole response body recorded as a field.
	body, _ := io.ReadAll(bytes.NewReader([]byte{1, 2, 3})) // the backend's response
	tracing.Debug(ctx, "Backend body", tracing.Any("body", body))
	span.End()
	return body, nil
}

// refreshCache runs in a goroutine started with tracing.Go.
func refreshCache(ctx context.Context) {
	tracing.Info(ctx, "Refreshing cache", tracing.Bool("full", false))
}
