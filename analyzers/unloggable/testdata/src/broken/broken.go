// Package broken does not type-check: the analyzer must neither panic
// nor fail on it (editors run analyzers on such code), and still report
// the values whose types are known. A value whose type is unknown is not
// reported, and pairing slog's key-value arguments stops there.
package broken

import (
	"context"
	"io"
	"log/slog"
	"os"

	"github.com/tracelint/tracelint/tracing"
)

func f(ctx context.Context, r io.Reader, sig []byte, file *os.File, done chan int) {
	body, _ := io.ReadAll(r)
	slog.Info("request", "body", body)                                                 // want `body is a \[\]byte payload`
	slog.Info("request", "x", undefined, "body", body)                                 // want `body is a \[\]byte payload`
	slog.Info("request", undefinedKey, "file", file)                                   // the pairing is unknown from undefinedKey on
	slog.Info("request", "body", undefined.Bytes)                                      // unknown type: not reported
	slog.Info("request", "done", done, "n", nope())                                    // want `done is a channel`
	tracing.Info(ctx, "request", tracing.Any("f", file))                               // want `file is an open file`
	tracing.Info(ctx, "request", tracing.Any("v", missing), tracing.Any("done", done)) // want `done is a channel`
	tracing.Info(undefinedCtx, "request", slog.Any("body", body))                      // want `body is a \[\]byte payload`
	var x int = "string"
	slog.Info("request", "x", x, "body", body) // want `body is a \[\]byte payload`
	var s Undefined
	slog.Info("request", "s", s, "f", file) // want `file is an open file`
	slog.Info("request", "conn", badConn())
	slog.Info("request", "sig", sig) // a parameter of unknown origin: not a payload
}

func badConn() UndefinedConn { return nil }
