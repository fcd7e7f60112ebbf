// Command mistakes carries one mistake for each tracelint analyzer, so that
// the end-to-end test proves every analyzer's path through golangci-lint
// (report, JSON, fix) whatever the demo contains.
package main

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/tracelint/tracelint/tracing"
)

func main() { // noinit: events are emitted, no subscriber is installed
	ctx := context.Background()
	upload(ctx, []byte("payload"))
	greet(ctx, "ada")
	spawn(ctx)
}

func upload(ctx context.Context, body []byte) {
	tracing.Info(ctx, "uploaded", tracing.Any("body", body)) // unloggable: a []byte payload
	slog.InfoContext(ctx, "uploaded", "body", body)          // unloggable: a []byte payload
}

func greet(ctx context.Context, user string) {
	tracing.Info(ctx, fmt.Sprintf("hello %s", user)) // idinmessage: a value formatted into the message
}

func spawn(ctx context.Context) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		tracing.Info(context.Background(), "background work") // lostspan: the span is lost
	}()
	<-done
}
