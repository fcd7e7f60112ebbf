package tracing_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"regexp"
	"strings"
	"sync/atomic"

	"github.com/tracelint/tracelint/tracing"
)

// The tutorial's first program: a root span in main, a span per request
// with the request's id as a field, and events inside them.
func Example() {
	// In a program: tracing.Init(). Here the output must be deterministic.
	tracing.SetDefault(tracing.NewTextSubscriber(os.Stdout, &tracing.Options{OmitTime: true}))
	defer tracing.SetDefault(nil)

	ctx, span := tracing.Start(context.Background(), "app-start")
	defer span.End()

	processRequest(ctx, "req-1")
	processRequest(ctx, "req-2")
	// Output:
	//  INFO app-start:process_request{id="req-1"}: Processing request user_id=42
	//  INFO app-start:process_request{id="req-1"}:fetch_data: Data fetched data_len=3
	//  INFO app-start:process_request{id="req-1"}: Done
	//  INFO app-start:process_request{id="req-2"}: Processing request user_id=42
	// ERROR app-start:process_request{id="req-2"}:fetch_data: Simulated failure error="timeout"
	//  WARN app-start:process_request{id="req-2"}: Request failed error="timeout"
}

func processRequest(ctx context.Context, id string) {
	ctx, span := tracing.Start(ctx, "process_request", tracing.String("id", id))
	defer span.End()

	tracing.Info(ctx, "Processing request", tracing.Int("user_id", 42))
	if err := fetchData(ctx, id); err != nil {
		tracing.Warn(ctx, "Request failed", tracing.Err(err))
		return
	}
	tracing.Info(ctx, "Done")
}

func fetchData(ctx context.Context, id string) error {
	ctx, span := tracing.Start(ctx, "fetch_data")
	defer span.End()

	if id == "req-2" {
		err := errors.New("timeout")
		tracing.Error(ctx, "Simulated failure", tracing.Err(err))
		return err
	}
	tracing.Info(ctx, "Data fetched", tracing.Int("data_len", 3))
	return nil
}

func ExampleGo() {
	tracing.SetDefault(tracing.NewTextSubscriber(os.Stdout, &tracing.Options{OmitTime: true}))
	defer tracing.SetDefault(nil)

	ctx, span := tracing.Start(context.Background(), "handle_connection", tracing.String("id", "conn-1"))
	defer span.End()

	done := make(chan struct{})
	tracing.Go(ctx, func(ctx context.Context) {
		defer close(done)
		tracing.Info(ctx, "Connection established") // inside handle_connection
	})
	<-done
	// Output:
	//  INFO handle_connection{id="conn-1"}: Connection established
}

func ExampleSpan_Record() {
	tracing.SetDefault(tracing.NewTextSubscriber(os.Stdout, &tracing.Options{OmitTime: true, SpanEvents: tracing.SpanNew}))
	defer tracing.SetDefault(nil)

	ctx, span := tracing.Start(context.Background(), "fetch_user", tracing.Uint64("user_id", 1001))
	defer span.End()
	span.Record(tracing.Bool("cached", true))
	tracing.Warn(ctx, "High latency detected", tracing.Int("latency_ms", 50))
	// Output:
	//  INFO fetch_user{user_id=1001}: new
	//  WARN fetch_user{user_id=1001 cached=true}: High latency detected latency_ms=50
}

func ExampleNewJSONSubscriber() {
	var out strings.Builder
	tracing.SetDefault(tracing.NewJSONSubscriber(&out, &tracing.Options{OmitTime: true}))
	defer tracing.SetDefault(nil)

	ctx, span := tracing.Start(context.Background(), "app-start")
	defer span.End()
	ctx, req := tracing.Start(ctx, "process_request", tracing.String("id", "req-1"))
	defer req.End()
	tracing.Info(ctx, "Processing request", tracing.Int("user_id", 42))

	// Span IDs count the spans of the process; hide the number.
	fmt.Print(regexp.MustCompile(`"span_id":"[0-9a-f]{16}"`).ReplaceAllString(out.String(), `"span_id":"0000000000000002"`))
	// Output:
	// {"level":"INFO","msg":"Processing request","user_id":42,"span":{"name":"process_request","id":"req-1"},"spans":[{"name":"app-start"},{"name":"process_request","id":"req-1"}],"span_id":"0000000000000002"}
}

func ExampleParseFilter() {
	f, err := tracing.ParseFilter("warn,acme/db=debug,[fetch_data]=trace")
	fmt.Println(f, err)
	fmt.Println(f.Level("acme/db/pool"), f.Level("other"))

	_, err = tracing.ParseFilter("info,acme=loud")
	fmt.Println(err)
	// Output:
	// warn,acme/db=debug,[fetch_data]=trace <nil>
	// DEBUG WARN
	// invalid directive "acme=loud": unknown level "loud" (want trace, debug, info, warn, error or off)
}

// reloadable is a text subscriber whose filter can change while the
// program runs.
type reloadable struct {
	*tracing.TextSubscriber
	filter atomic.Pointer[tracing.Filter]
}

func (r *reloadable) Filter() *tracing.Filter { return r.filter.Load() }

func ExampleRebuild() {
	sub := &reloadable{TextSubscriber: tracing.NewTextSubscriber(os.Stdout, &tracing.Options{OmitTime: true})}
	tracing.SetDefault(sub) // a nil filter: info and above
	defer tracing.SetDefault(nil)
	ctx := context.Background()
	tracing.Debug(ctx, "Not shown: the filter is info")

	// Say on SIGHUP, with a new GO_LOG that has a typo in it:
	f, err := tracing.ParseFilterLenient("debug,acme=loud")
	if err != nil {
		fmt.Println(err) // reported; the valid directives still apply
	}
	sub.filter.Store(f)
	tracing.Rebuild()
	tracing.Debug(ctx, "Shown after Rebuild")
	// Output:
	// invalid directive "acme=loud": unknown level "loud" (want trace, debug, info, warn, error or off)
	// DEBUG Shown after Rebuild
}

func ExampleNewTarget() {
	f, _ := tracing.ParseFilter("info,acme/db=debug")
	tracing.SetDefault(tracing.NewTextSubscriber(os.Stdout, &tracing.Options{OmitTime: true, Filter: f}))
	defer tracing.SetDefault(nil)

	db := tracing.NewTarget("acme/db")
	ctx := context.Background()
	db.Debug(ctx, "Connecting", tracing.String("host", "db1"))
	tracing.Debug(ctx, "Not shown: the default target is at info")
	// Output:
	// DEBUG acme/db: Connecting host="db1"
}

func ExampleNewSlogHandler() {
	tracing.SetDefault(tracing.NewTextSubscriber(os.Stdout, &tracing.Options{OmitTime: true}))
	defer tracing.SetDefault(nil)
	logger := slog.New(tracing.NewSlogHandler(nil))

	ctx, span := tracing.Start(context.Background(), "process_request", tracing.String("id", "req-1"))
	defer span.End()
	logger.InfoContext(ctx, "Fetching user", "user_id", 42)
	// Output:
	//  INFO process_request{id="req-1"}: Fetching user user_id=42
}
