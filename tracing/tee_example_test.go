package tracing_test

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/tracelint/tracelint/tracing"
)

// Text at info for people, JSON at debug for the log store, each with
// its own filter: the debug event reaches only the JSON lines, and the
// debug span only the subscriber that records debug.
func ExampleTee() {
	info, _ := tracing.ParseFilter("info")
	debug, _ := tracing.ParseFilter("debug")
	var out strings.Builder // in a program: os.Stderr and a file
	tracing.SetDefault(tracing.Tee(
		tracing.NewTextSubscriber(&out, &tracing.Options{Filter: info, OmitTime: true, Color: tracing.ColorNever}),
		tracing.NewJSONSubscriber(&out, &tracing.Options{Filter: debug, OmitTime: true}),
	))
	defer tracing.SetDefault(nil)

	ctx, span := tracing.Start(context.Background(), "process_request", tracing.String("id", "req-1"))
	tracing.Debug(ctx, "Cache lookup", tracing.Bool("hit", false))
	tracing.Info(ctx, "Processing request", tracing.Int("user_id", 42))
	span.End()

	// Span IDs count the spans of the process; hide the number.
	fmt.Print(regexp.MustCompile(`"span_id":"[0-9a-f]{16}"`).ReplaceAllString(out.String(), `"span_id":"0000000000000001"`))
	// Output:
	// {"level":"DEBUG","msg":"Cache lookup","hit":false,"span":{"name":"process_request","id":"req-1"},"spans":[{"name":"process_request","id":"req-1"}],"span_id":"0000000000000001"}
	//  INFO process_request{id="req-1"}: Processing request user_id=42
	// {"level":"INFO","msg":"Processing request","user_id":42,"span":{"name":"process_request","id":"req-1"},"spans":[{"name":"process_request","id":"req-1"}],"span_id":"0000000000000001"}
}
