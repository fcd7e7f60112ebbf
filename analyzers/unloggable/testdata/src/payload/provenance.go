package payload

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
)

// How the bytes of a source travel inside the function.

func assignments(r io.Reader, cond bool) {
	var later []byte
	if cond {
		later, _ = io.ReadAll(r) // one assignment of several is enough
	}
	copied := later
	slog.Info("later", "later", later)    // want `later is a \[\]byte payload from io.ReadAll`
	slog.Info("copied", "copied", copied) // want `copied is a \[\]byte payload from io.ReadAll`
	func() {
		slog.Info("closure", "copied", copied) // want `copied is a \[\]byte payload from io.ReadAll`
	}()
}

// A parameter of unknown origin that the function reassigns from a
// source holds that payload.
func reassigned(r io.Reader, body []byte) {
	if body == nil {
		body, _ = io.ReadAll(r)
	}
	slog.Info("body", "body", body) // want `body is a \[\]byte payload from io.ReadAll`
}

func conversions(r io.Reader) {
	body, _ := io.ReadAll(r)
	doc := json.RawMessage(body)
	p := Payload(body)
	slog.Info("conv", "p", p)            // want `p is a Payload payload from io.ReadAll`
	slog.Info("conv", "doc", doc)        // want `doc is a json.RawMessage payload; the log would carry the whole JSON document`
	slog.Info("conv", "back", []byte(p)) // want `\[\]byte\(p\) is a \[\]byte payload from io.ReadAll`
}

func appends(r io.Reader) {
	body, _ := io.ReadAll(r)
	clone := append([]byte(nil), body...)
	grown := append(body, '\n')
	slog.Info("append", "clone", clone) // want `clone is a \[\]byte payload from io.ReadAll`
	slog.Info("append", "grown", grown) // want `grown is a \[\]byte payload from io.ReadAll`
}

// A slice of a payload is one, unless its bound is a constant.
func slices(r io.Reader, n int) {
	body, _ := io.ReadAll(r)
	slog.Info("slice", "head", body[:n]) // want `body\[:n\] is a \[\]byte payload from io.ReadAll`
	slog.Info("slice", "tail", body[n:]) // want `body\[n:\] is a \[\]byte payload from io.ReadAll`
	slog.Info("slice", "prefix", body[:64])
	slog.Info("slice", "capped", body[:min(len(body), 512)])
	slog.Info("slice", "prefix3", body[0:n:64])
}

// A function that truncates the bytes somewhere bounds them.
func truncated(r io.Reader) {
	body, _ := io.ReadAll(r)
	if len(body) > 512 {
		body = body[:512]
	}
	slog.Info("truncated", "body", body, "text", string(body))
}

// Bytes read through a limit are bounded.
func limited(w http.ResponseWriter, req *http.Request, resp *http.Response) {
	small, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<10))
	lr := io.LimitReader(resp.Body, 1<<10)
	viaVar, _ := io.ReadAll(lr)
	viaStruct, _ := io.ReadAll(&io.LimitedReader{R: resp.Body, N: 1 << 10})
	req.Body = http.MaxBytesReader(w, req.Body, 1<<10)
	capped, _ := io.ReadAll(req.Body)
	slog.Info("limited", "small", small, "via_var", viaVar, "via_struct", viaStruct, "capped", capped)
	slog.Info("limited", "text", string(small), "capped", string(capped))
}

// A file read by a constant name is one the program knows.
func knownFile(name string) {
	release, _ := os.ReadFile("/etc/os-release")
	const path = "/proc/self/status"
	status, _ := os.ReadFile(path)
	other, _ := os.ReadFile(name)
	slog.Debug("release", "release", string(release), "status", string(status))
	slog.Debug("file", "other", string(other)) // want `string\(other\) is the text of a payload from os.ReadFile`
}

func cycle(a, b []byte) {
	a, b = b, a
	slog.Info("cycle", "a", a)
}
