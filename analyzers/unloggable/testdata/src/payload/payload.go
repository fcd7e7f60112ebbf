package payload

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
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

func slogKV(body []byte, raw json.RawMessage, p Payload) {
	slog.Info("upload", "body", body)                // want `body is a \[\]byte payload; the log would carry every byte of it \(base64 in JSON\) — record len\(body\) instead`
	slog.Info("upload", "doc", raw, "n", 1)          // want `raw is a json.RawMessage payload; the log would carry the whole JSON document — record len\(raw\) instead`
	slog.Info("upload", "data", p)                   // want `p is a Payload payload`
	slog.Info("upload", "body", string(body))        // text: converted on purpose
	slog.Info("upload", "body_len", 3, "body", body) // want `body is a \[\]byte payload`
}

func slogAttrs(ctx context.Context, body []byte, buf *bytes.Buffer) {
	slog.Info("upload", slog.Any("body", body))                                      // want `body is a \[\]byte payload`
	slog.Info("upload", slog.String("body", string(body)))                           // text: converted on purpose
	slog.LogAttrs(ctx, slog.LevelInfo, "upload", slog.Any("requestBody", body[:10])) // want `body\[:10\] is a \[\]byte payload`
	slog.Info("upload", "buf", buf)                                                  // want `buf is a \*bytes.Buffer; its String method would put the whole buffer into the log — record buf.Len\(\) instead`
	a := slog.Any("body", body)                                                      // want `body is a \[\]byte payload`
	slog.Info("upload", a)
}

func tracingFields(ctx context.Context, body []byte, d Digest) {
	tracing.Info(ctx, "upload", tracing.Any("body", body))             // want `body is a \[\]byte payload`
	tracing.Info(ctx, "upload", tracing.String("body", string(body)))  // text: converted on purpose
	tracing.Info(ctx, "upload", tracing.Any("digest", d))              // want `d is a Digest; the log would show 128 separate numbers — give its type a String method or record a short ID instead`
	_, span := tracing.Start(ctx, "upload", tracing.Any("body", body)) // want `body is a \[\]byte payload`
	span.Record(tracing.Any("body", body))                             // want `body is a \[\]byte payload`
	span.End()
}

// Nearest correct code: nothing to report.
func fine(ctx context.Context, body []byte, raw json.RawMessage, id ID, s Small, ip net.IP, pt Point) {
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
