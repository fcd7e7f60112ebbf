package streams

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"

	"github.com/tracelint/tracelint/tracing"
)

func handle(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	slog.InfoContext(ctx, "handled", "req", r)                   // want `r is an HTTP request \(\*http.Request\); the log would dump all of it, Authorization and Cookie headers included — record its method and path instead`
	slog.InfoContext(ctx, "handled", "method", "GET", "req", r)  // want `r is an HTTP request`
	tracing.Info(ctx, "handled", tracing.Any("request", r))      // want `r is an HTTP request`
	slog.InfoContext(ctx, "handled", slog.Group("http", "r", r)) // want `r is an HTTP request`
	slog.InfoContext(ctx, "handled", "w", w, "status", 200)      // want `w is a stream \(http.ResponseWriter\); the log would show its internal state, never its data — remove the field`
	slog.InfoContext(ctx, "handled", "ctx", ctx)                 // want `ctx is a context.Context; the log would show its chain of wrappers, not anything the request carries — remove the field`
	a := slog.Any("req", r)                                      // want `r is an HTTP request`
	slog.InfoContext(ctx, "handled", a)

	// Nearest correct code.
	slog.InfoContext(ctx, "handled", "method", r.Method, "path", r.URL.Path)
	http.Error(w, "no", http.StatusTeapot) // *http.Request-like values passed to a non-logging function
	serve(r)
}

func serve(*http.Request) {}

type Body interface {
	io.Reader
	Len() int
}

func streams(ctx context.Context, rd io.Reader, rc io.ReadCloser, conn net.Conn, br *bufio.Reader, bw *bufio.Writer, f *os.File, resp *http.Response) {
	slog.Info("reading", "reader", rd)                        // want `rd is a stream \(io.Reader\); the log would show its internal state, never its data — remove the field`
	slog.Info("reading", slog.Any("body", rc), "n", 1)        // want `rc is a stream \(io.ReadCloser\)`
	slog.Info("reading", "conn", conn)                        // want `conn is a connection \(net.Conn\); the log would show its internal state, never its data — remove the field`
	tracing.Info(ctx, "reading", tracing.Any("in", br))       // want `br is a stream \(\*bufio.Reader\)`
	tracing.Info(ctx, "writing", tracing.Any("out", bw))      // want `bw is a stream \(\*bufio.Writer\)`
	slog.Info("reading", "file", f)                           // want `f is an open file \(\*os.File\); the log would show a pointer to its internal state, not which file — record f.Name\(\) instead`
	tracing.Info(ctx, "reading", tracing.Any("file", f))      // want `f is an open file`
	slog.Info("fetched", "resp", resp, "status", resp.Status) // want `resp is an HTTP response \(\*http.Response\); the log would dump the struct with its headers and body stream — remove the field`

	// Nearest correct code: concrete readers, interfaces of one's own,
	// errors and Stringers choose or have a rendering.
	var b Body
	var s fmt.Stringer
	slog.Info("reading", "reader", strings.NewReader("x"), "body", b, "s", s)
	slog.Info("reading", "err", errors.New("x"), "file", f.Name(), "status", resp.StatusCode)
	tracing.Info(ctx, "reading", tracing.String("file", f.Name()), tracing.Err(io.EOF))
}
