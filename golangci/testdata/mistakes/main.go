// Command mistakes carries one mistake for each tracelint analyzer, so that
// the end-to-end test proves every analyzer's path through golangci-lint
// (report, JSON, fix) whatever the demo contains.
package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/tracelint/tracelint/tracing"
)

func main() { // noinit: events are emitted, no subscriber is installed
	ctx := context.Background()
	upload(ctx, strings.NewReader("payload"))
	greet(ctx, os.Getenv("USER"))
	spawn(ctx)
	_ = load(ctx, "")
}

func upload(ctx context.Context, r io.Reader) {
	body, _ := io.ReadAll(r)
	tracing.Info(ctx, "uploaded", tracing.Any("body", body)) // unloggable: a []byte payload read whole
	slog.InfoContext(ctx, "uploaded", "body", body)          // unloggable: a []byte payload read whole
}

func greet(ctx context.Context, user string) {
	tracing.Info(ctx, fmt.Sprintf("hello %s", user)) // idinmessage: a value formatted into the message
}

func spawn(ctx context.Context) {
	ctx, span := tracing.Start(ctx, "spawn")
	defer span.End()
	done := make(chan struct{})
	go func() {
		defer close(done)
		tracing.Info(context.Background(), "background work") // lostspan: the span started above is lost
	}()
	<-done
}

func load(ctx context.Context, name string) error {
	ctx, span := tracing.Start(ctx, "load") // spanend: the error path returns without span.End()
	if name == "" {
		return fmt.Errorf("no name")
	}
	tracing.Info(ctx, "loading")
	span.End()
	return nil
}
