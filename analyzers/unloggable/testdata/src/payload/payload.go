// Package payload holds []byte values that hold an unbounded payload:
// every byte would be logged (base64 in JSON). Here the bytes are all of
// a stream (io.ReadAll); sources.go has every other source,
// provenance.go how the bytes travel inside a function, unknown.go the
// bytes of unknown origin that are not reported.
package payload

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"runtime/debug"

	"github.com/tracelint/tracelint/tracing"
)

type Payload []byte

// ID is a 16-byte identifier with a rendering of its own.
type ID [16]byte

func (id ID) String() string { return hex.EncodeToString(id[:]) }

type Digest [128]byte

type Small [32]byte

type Point struct{ X, Y int }

func slogKV(r io.Reader, raw json.RawMessage) {
	body, _ := io.ReadAll(r)
	p := Payload(body)
	slog.Info("upload", "body", body)                // want `body is a \[\]byte payload from io.ReadAll; the log would carry every byte of it \(base64 in JSON\) — record len\(body\) instead`
	slog.Info("upload", "doc", raw, "n", 1)          // want `raw is a json.RawMessage payload; the log would carry the whole JSON document — record len\(raw\) instead`
	slog.Info("upload", "data", p)                   // want `p is a Payload payload from io.ReadAll`
	slog.Info("upload", "body_len", 3, "body", body) // want `body is a \[\]byte payload from io.ReadAll`
}

func slogAttrs(ctx context.Context, r io.Reader, buf *bytes.Buffer, n int) {
	body, _ := io.ReadAll(r)
	slog.Info("upload", slog.Any("body", body))                                     // want `body is a \[\]byte payload from io.ReadAll`
	slog.LogAttrs(ctx, slog.LevelInfo, "upload", slog.Any("requestBody", body[:n])) // want `body\[:n\] is a \[\]byte payload from io.ReadAll`
	slog.Info("upload", "buf", buf)                                                 // want `buf is a \*bytes.Buffer; its String method would put the whole buffer into the log — record buf.Len\(\) instead`
	a := slog.Any("body", body)                                                     // want `body is a \[\]byte payload from io.ReadAll`
	slog.Info("upload", a)
}

func tracingFields(ctx context.Context, r io.Reader, d Digest) {
	body, _ := io.ReadAll(r)
	tracing.Info(ctx, "upload", tracing.Any("body", body))             // want `body is a \[\]byte payload from io.ReadAll`
	tracing.Info(ctx, "upload", tracing.Any("digest", d))              // want `d is a Digest; the log would show 128 separate numbers — give its type a String method or record a short ID instead`
	_, span := tracing.Start(ctx, "upload", tracing.Any("body", body)) // want `body is a \[\]byte payload from io.ReadAll`
	span.Record(tracing.Any("body", body))                             // want `body is a \[\]byte payload from io.ReadAll`
	span.End()
}

// Nearest correct code: nothing to report.
func fine(ctx context.Context, r io.Reader, raw json.RawMessage, id ID, s Small, ip net.IP, pt Point) {
	body, _ := io.ReadAll(r)
	slog.Info("upload", "body_len", len(body))
	slog.Info("upload", "id", id)
	slog.Info("upload", "small", s)
	slog.Info("upload", "ip", ip)
	slog.Info("upload", "point", pt)
	slog.Info("upload", "names", []string{"a"}, "counts", map[string]int{"a": 1})
	slog.Info("upload", "text", string("literal"))
	slog.Error("panicked", "stack", string(debug.Stack()))
	slog.Info("upload", "doc", string(raw), "body", string(body[:10]))
	tracing.Info(ctx, "upload", tracing.Int("body_len", len(body)), tracing.Any("id", id))
	var buf bytes.Buffer
	slog.Info("upload", "buf_len", buf.Len())
	_ = bytes.NewReader(body) // not a logging call
}
