package payload

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"io/fs"
	"io/ioutil"
	"log/slog"
	"net"
	"net/http"
	"net/http/httputil"
	"os"
	"time"

	"google.golang.org/protobuf/proto"
)

// Every source of an unbounded payload, each once.

func streams(r io.Reader, req *http.Request, resp *http.Response) {
	all, _ := io.ReadAll(r)
	old, _ := ioutil.ReadAll(r)
	reqBody, _ := io.ReadAll(req.Body)
	respBody, err := io.ReadAll(resp.Body)
	slog.Info("read", "all", all)                        // want `all is a \[\]byte payload from io.ReadAll`
	slog.Info("read", "old", old)                        // want `old is a \[\]byte payload from ioutil.ReadAll`
	slog.Info("request", "body", reqBody)                // want `reqBody is a \[\]byte payload from io.ReadAll`
	slog.Warn("response", "body", respBody)              // want `respBody is a \[\]byte payload from io.ReadAll`
	slog.Info("direct", "body", mustRead(io.ReadAll(r))) // another function's result: unknown
	_ = err
}

func mustRead(b []byte, _ error) []byte { return b }

func files(name string, fsys fs.FS) {
	data, _ := os.ReadFile(name)
	old, _ := ioutil.ReadFile(name)
	inFS, _ := fs.ReadFile(fsys, name)
	slog.Info("file", "data", data) // want `data is a \[\]byte payload from os.ReadFile`
	slog.Info("file", "old", old)   // want `old is a \[\]byte payload from ioutil.ReadFile`
	slog.Info("file", "fs", inFS)   // want `inFS is a \[\]byte payload from fs.ReadFile`
}

func buffers(buf *bytes.Buffer) {
	var local bytes.Buffer
	slog.Info("buffer", "contents", buf.Bytes())   // want `buf.Bytes\(\) is a \[\]byte payload from \(\*bytes.Buffer\).Bytes; the log would carry every byte of it \(base64 in JSON\) — record buf.Len\(\) instead`
	slog.Info("buffer", "local", local.Bytes())    // want `local.Bytes\(\) is a \[\]byte payload from \(\*bytes.Buffer\).Bytes`
	slog.Info("buffer", "text", buf.String())      // a string the author chose: not followed
	slog.Info("buffer", "contents_len", buf.Len()) // nearest correct
}

func dumps(req *http.Request, resp *http.Response) {
	in, _ := httputil.DumpRequest(req, true)
	out, _ := httputil.DumpRequestOut(req, false)
	back, _ := httputil.DumpResponse(resp, true)
	slog.Debug("dump", "request", in)    // want `in is a \[\]byte payload from httputil.DumpRequest`
	slog.Debug("dump", "out", out)       // want `out is a \[\]byte payload from httputil.DumpRequestOut`
	slog.Debug("dump", "response", back) // want `back is a \[\]byte payload from httputil.DumpResponse`
}

type Msg struct{}

func (*Msg) ProtoReflect()                {}
func (*Msg) Marshal() ([]byte, error)     { return nil, nil }
func (*Msg) MarshalText() ([]byte, error) { return nil, nil }

// Document encoders: every function or method named Marshal or
// MarshalIndent that returns ([]byte, error).
func documents(v any, m *Msg) {
	doc, _ := json.Marshal(v)
	pretty, _ := json.MarshalIndent(v, "", "  ")
	x, _ := xml.Marshal(v)
	wire, _ := proto.Marshal(m)
	det, _ := proto.MarshalOptions{Deterministic: true}.Marshal(m)
	gen, _ := m.Marshal()
	slog.Info("doc", "doc", doc)       // want `doc is a \[\]byte payload from json.Marshal`
	slog.Info("doc", "pretty", pretty) // want `pretty is a \[\]byte payload from json.MarshalIndent`
	slog.Info("doc", "xml", x)         // want `x is a \[\]byte payload from xml.Marshal`
	slog.Info("doc", "wire", wire)     // want `wire is a \[\]byte payload from proto.Marshal`
	slog.Info("doc", "det", det)       // want `det is a \[\]byte payload from \(proto.MarshalOptions\).Marshal`
	slog.Info("doc", "gen", gen)       // want `gen is a \[\]byte payload from \(\*Msg\).Marshal`
}

// Encoders of single values and other calls are not documents.
func notDocuments(ip net.IP, m *Msg, t interface{ MarshalBinary() ([]byte, error) }) {
	text, _ := ip.MarshalText()
	mt, _ := m.MarshalText()
	bin, _ := t.MarshalBinary()
	slog.Info("value", "ip", text, "m", mt, "bin", bin, "size", proto.Size(m))
	slog.Info("value", "marshal", marshalNoError(m))
}

// Marshal without an error result is not the convention.
func marshalNoError(any) []byte { return nil }

// Health is a small record: its document has a fixed shape.
type Health struct {
	Health string `json:"health"`
	Reason string `json:"reason"`
	Since  time.Duration
	Peer   struct{ ID uint64 }
}

// Status holds a list, which grows with the data.
type Status struct {
	Health  string
	Members []string
}

// The document of a small record is not a payload; that of a record
// holding a collection is.
func records(h Health, s *Status) {
	d, _ := json.Marshal(h)
	slog.Warn("/health error", "output", string(d))
	p, _ := json.Marshal(&h)
	slog.Warn("/health error", "output", string(p))
	st, _ := json.Marshal(s)
	slog.Warn("status", "output", string(st)) // want `string\(st\) is the text of a payload from json.Marshal`
}
