package tracing

import (
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
)

// Init installs the subscriber a program wants by default, as Rust's
// tracing_subscriber::fmt::init does, and must be called first in main:
// until a subscriber is installed, every span and event is dropped.
//
// The subscriber writes to standard error. The GO_LOG environment
// variable holds its filter (see Filter; the default is "info"), and
// GO_LOG_FORMAT=json selects JSON lines instead of text. Invalid
// directives are reported once on standard error and ignored.
//
// Init also routes log/slog's default logger into tracing (see
// NewSlogHandler), so that slog.InfoContext(ctx, ...) is recorded inside
// the span of ctx, as Rust's init bridges the log crate.
func Init() {
	spec := os.Getenv("GO_LOG")
	if strings.TrimSpace(spec) == "" {
		spec = "info"
	}
	f, err := ParseFilterLenient(spec)
	if err != nil {
		reportOnce("GO_LOG: " + strings.ReplaceAll(err.Error(), "\n", "; ") + " (ignored)")
	}
	opts := &Options{Filter: f}
	var s Subscriber
	switch format := os.Getenv("GO_LOG_FORMAT"); strings.ToLower(format) {
	case "json":
		s = NewJSONSubscriber(os.Stderr, opts)
	case "", "text", "full":
		s = NewTextSubscriber(os.Stderr, opts)
	default:
		reportOnce(fmt.Sprintf("GO_LOG_FORMAT: unknown format %q (want text or json); using text", format))
		s = NewTextSubscriber(os.Stderr, opts)
	}
	SetDefault(s)
	slog.SetDefault(slog.New(NewSlogHandler(nil)))
}

var reported sync.Map

// reportOnce writes msg to standard error once per process.
func reportOnce(msg string) {
	if _, dup := reported.LoadOrStore(msg, true); !dup {
		fmt.Fprintln(os.Stderr, "tracing: "+msg)
	}
}
