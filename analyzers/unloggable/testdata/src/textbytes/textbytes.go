// Package textbytes holds explicit conversions of bytes to text. The
// author says the bytes are text: string(b) of bytes of unknown origin,
// or of a stack trace, is not reported. Of an unbounded payload (all of
// a stream, a file, a buffer, a document), it is: the log would carry
// all of it, and the fix records its length.
package textbytes

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"runtime"

	"github.com/tracelint/tracelint/tracing"
)

func series(l *slog.Logger, met []byte) {
	l.Debug("Out of order sample", "series", string(met)) // text, converted on purpose
}

func stack(l *slog.Logger) {
	buf := make([]byte, 64<<10)
	buf = buf[:runtime.Stack(buf, false)]
	l.Error("runtime panic", "stacktrace", string(buf))
}

func attrs(ctx context.Context, l *slog.Logger, out []byte, doc json.RawMessage) {
	l.Info("command done", slog.String("output", string(out)), slog.Any("doc", string(doc)))
	tracing.Info(ctx, "command done", tracing.String("output", string(out)), tracing.Any("doc", string(doc)))
}

// Unbounded payloads converted to text.

func response(l *slog.Logger, resp *http.Response) {
	respBytes, _ := io.ReadAll(resp.Body)
	l.Warn("request failed", "status", resp.StatusCode, "body", string(respBytes)) // want `string\(respBytes\) is the text of a payload from io.ReadAll; the log would carry all of it, however long — record len\(respBytes\) instead, or read a bounded prefix through io.LimitReader`
}

func payloadAttrs(ctx context.Context, name string, v any, buf *bytes.Buffer) {
	data, _ := os.ReadFile(name)
	doc, _ := json.Marshal(v)
	raw := json.RawMessage(doc)
	slog.InfoContext(ctx, "loaded", slog.String("data", string(data)))        // want `string\(data\) is the text of a payload from os.ReadFile; the log would carry all of it, however long — record len\(data\) instead$`
	slog.InfoContext(ctx, "encoded", slog.Any("doc", string(raw)))            // want `string\(raw\) is the text of a payload from json.Marshal`
	tracing.Info(ctx, "buffered", tracing.String("buf", string(buf.Bytes()))) // want `string\(buf.Bytes\(\)\) is the text of a payload from \(\*bytes.Buffer\).Bytes`
	tracing.Info(ctx, "encoded", tracing.Any("doc", string(doc[:10])))        // a constant-size prefix
}

// The nearest correct code: a bounded read, a truncation, the length.
func bounded(l *slog.Logger, resp *http.Response) {
	head, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	l.Warn("request failed", "body", string(head))
	all, _ := io.ReadAll(resp.Body)
	l.Warn("request failed", "body_len", len(all))
	if len(all) > 512 {
		all = all[:512]
	}
	l.Warn("request failed", "body", string(all))
}
