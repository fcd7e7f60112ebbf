package tracing

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"math"
	"strconv"
	"time"
	"unicode/utf8"
)

// A JSONSubscriber writes events as JSON objects, one per line:
//
//	{"time":"2026-11-25T10:00:00.123456Z","level":"INFO","msg":"Processing request","user_id":42,
//	 "span":{"name":"process_request","id":"req-1"},
//	 "spans":[{"name":"app-start"},{"name":"process_request","id":"req-1"}],"span_id":"0000000000000002"}
//
// (on one line). "target" follows "level" when the target is not the
// default one. The event's fields are flat at the root; "span" is the
// innermost span with its fields, "spans" the chain from the root, and
// "span_id" the innermost span's ID as a string (see SpanID); the three
// are absent outside spans.
//
// Values are encoded without reflection for the slog kinds: strings,
// numbers, booleans, durations (as integer nanoseconds, as slog's
// JSONHandler does), times (RFC 3339 strings) and groups (objects; an
// empty group is omitted, a group with an empty key inlined). NaN and
// infinities are written as the strings "NaN", "+Inf" and "-Inf". An
// error is written as its Error string; other values with
// encoding/json, falling back to a "!ERROR: ..." string. Invalid UTF-8
// becomes U+FFFD. The output is valid JSON for every input.
//
// A JSONSubscriber is safe for concurrent use; each line is written with
// one Write call.
type JSONSubscriber struct {
	sink
	traceKey, spanKey []byte // `,"trace_id":"` and `,"span_id":"`, or as Options name them
}

// NewJSONSubscriber returns a subscriber that writes JSON lines to w.
// Options.Color is ignored.
func NewJSONSubscriber(w io.Writer, opts *Options) *JSONSubscriber {
	h := &JSONSubscriber{}
	h.w = w
	if opts != nil {
		h.opts = *opts
	}
	tk, sk := h.opts.traceKeys()
	h.traceKey = append(appendJSONString([]byte{','}, tk), `:"`...)
	h.spanKey = append(appendJSONString([]byte{','}, sk), `:"`...)
	return h
}

// Filter returns the filter of the subscriber's Options.
func (h *JSONSubscriber) Filter() *Filter { return h.opts.Filter }

// StartSpan writes a "new" line if Options.SpanEvents asks for it.
func (h *JSONSubscriber) StartSpan(s *Span) {
	if h.opts.SpanEvents&SpanNew != 0 {
		h.Event(s.Context(), spanEvent(s, "new"))
	}
}

// RecordSpan does nothing: the recorded fields appear on later lines.
func (h *JSONSubscriber) RecordSpan(*Span, []Field) {}

// EndSpan writes a "close" line if Options.SpanEvents asks for it.
func (h *JSONSubscriber) EndSpan(s *Span) {
	if h.opts.SpanEvents&SpanClose != 0 {
		h.Event(s.Context(), spanEvent(s, "close", Duration("time.busy", s.Duration())))
	}
}

// Event writes e as one JSON object.
func (h *JSONSubscriber) Event(ctx context.Context, e Event) {
	bp := getBuf()
	b := h.appendEvent(*bp, &e, traceOf(ctx))
	h.write(b)
	*bp = b
	putBuf(bp)
}

// emit is Event for an event of the package's own: the dispatcher calls
// it directly, not through the Subscriber interface, so that the
// caller's fields are read where they are (the variadic slice does not
// escape a concrete call) instead of being copied into an Event first.
func (h *JSONSubscriber) emit(ctx context.Context, t time.Time, level Level, target, msg string, fields []Field) {
	bp := getBuf()
	b := h.appendHead(*bp, t, level, target, msg)
	for i := range fields {
		b = appendJSONAttr(b, fields[i])
	}
	b = h.appendTail(b, SpanFromContext(ctx), traceOf(ctx), teeView{})
	h.write(b)
	*bp = b
	putBuf(bp)
}

func (h *JSONSubscriber) appendEvent(b []byte, e *Event, tr traceRef) []byte {
	b = h.appendHead(b, e.Time, e.Level, e.Target, e.Message)
	for i := range e.nFront {
		b = appendJSONAttr(b, e.front[i])
	}
	for i := range e.back {
		b = appendJSONAttr(b, e.back[i])
	}
	return h.appendTail(b, e.Span, tr, e.view)
}

// appendHead appends the opening brace and the time, level, target and
// message members of an event.
func (h *JSONSubscriber) appendHead(b []byte, t time.Time, level Level, target, msg string) []byte {
	b = append(b, '{')
	if !h.opts.OmitTime && !t.IsZero() {
		b = append(b, `"time":"`...)
		if h.opts.TimeFormat != "" { // a layout may produce anything
			b = appendJSONString(b[:len(b)-1], t.UTC().Format(h.opts.TimeFormat))
		} else {
			b = appendTimestamp(b, t)
			b = append(b, '"')
		}
		b = append(b, ',')
	}
	b = append(b, `"level":`...)
	b = appendJSONString(b, levelName(level))
	if target != "" {
		b = append(b, `,"target":`...)
		b = appendJSONString(b, target)
	}
	b = append(b, `,"msg":`...)
	return appendJSONString(b, msg)
}

// appendTail appends the span and trace members of an event in span s
// and the closing brace and newline.
func (h *JSONSubscriber) appendTail(b []byte, s *Span, tr traceRef, v teeView) []byte {
	if s != nil {
		b = append(b, `,"span":{`...)
		b = append(b, s.rendered(&s.jsonFrag, appendJSONSpanFields)...)
		b = append(b, `},"spans":[`...)
		b = appendJSONSpans(b, s, v)
		b = append(b, ']')
	}
	switch {
	case tr.ok:
		b = append(b, h.traceKey...)
		b = tr.trace.append(b)
		b = append(b, '"')
		b = append(b, h.spanKey...)
		b = tr.span.append(b)
		b = append(b, '"')
	case s != nil:
		b = append(b, h.spanKey...)
		b = s.id.append(b)
		b = append(b, '"')
	}
	return append(b, '}', '\n')
}

// appendJSONSpans appends the chain ending in s as objects, root first.
func appendJSONSpans(b []byte, s *Span, v teeView) []byte {
	if p := v.parent(s); p != nil {
		b = appendJSONSpans(b, p, v)
		b = append(b, ',')
	}
	b = append(b, '{')
	b = append(b, s.rendered(&s.jsonFrag, appendJSONSpanFields)...)
	return append(b, '}')
}

// appendJSONSpanFields renders a span's name and fields as object members.
func appendJSONSpanFields(b []byte, s *Span, fs []Field) []byte {
	b = append(b, `"name":`...)
	b = appendJSONString(b, s.name)
	for _, a := range fs {
		b = appendJSONAttr(b, a)
	}
	return b
}

// appendJSONAttr appends ,"key":value, or nothing for an empty field.
func appendJSONAttr(b []byte, a Field) []byte {
	v := a.Value
	k := v.Kind() // once: Kind is a type switch
	if k == slog.KindLogValuer {
		v = resolve(v)
		k = v.Kind()
	}
	if k == slog.KindGroup {
		gs := v.Group()
		if a.Key == "" {
			for _, g := range gs {
				b = appendJSONAttr(b, g)
			}
			return b
		}
		if isEmptyField(Field{Key: a.Key, Value: v}) {
			return b
		}
		b = append(b, ',')
		b = appendJSONString(b, a.Key)
		b = append(b, ':', '{')
		n := len(b)
		for _, g := range gs {
			b = appendJSONAttr(b, g)
		}
		if len(b) > n { // drop the first member's comma
			copy(b[n:], b[n+1:])
			b = b[:len(b)-1]
		}
		return append(b, '}')
	}
	if a.Key == "" && k == slog.KindAny && v.Any() == nil {
		return b
	}
	if jsonPlain(a.Key) {
		b = append(b, ',', '"')
		b = append(b, a.Key...)
		b = append(b, '"', ':')
	} else {
		b = append(b, ',')
		b = appendJSONString(b, a.Key)
		b = append(b, ':')
	}
	return appendJSONKind(b, v, k)
}

func appendJSONValue(b []byte, v slog.Value) []byte {
	return appendJSONKind(b, v, v.Kind())
}

// appendJSONKind is appendJSONValue for v of kind k.
func appendJSONKind(b []byte, v slog.Value, k slog.Kind) []byte {
	switch k {
	case slog.KindString:
		return appendJSONString(b, v.String())
	case slog.KindInt64:
		return appendInt64(b, v.Int64())
	case slog.KindUint64:
		return appendUint64(b, v.Uint64())
	case slog.KindFloat64:
		f := v.Float64()
		switch {
		case math.IsNaN(f):
			return append(b, `"NaN"`...)
		case math.IsInf(f, 1):
			return append(b, `"+Inf"`...)
		case math.IsInf(f, -1):
			return append(b, `"-Inf"`...)
		}
		return strconv.AppendFloat(b, f, 'g', -1, 64)
	case slog.KindBool:
		return strconv.AppendBool(b, v.Bool())
	case slog.KindDuration:
		return appendInt64(b, int64(v.Duration()))
	case slog.KindTime:
		t := v.Time()
		b = append(b, '"')
		if isUTC4(t) {
			b = appendUTC4(b, t)
			return append(b, '"')
		}
		n := len(b)
		b = t.AppendFormat(b, time.RFC3339Nano)
		if !utf8.Valid(b[n:]) { // a location name may be anything
			t := string(b[n:])
			return appendJSONString(b[:n-1], t)
		}
		return append(b, '"')
	}
	return appendJSONAny(b, v.Any())
}

func appendJSONAny(b []byte, a any) []byte {
	switch x := a.(type) {
	case nil:
		return append(b, "null"...)
	case error:
		return appendJSONString(b, anyString(x))
	case SpanID: // what MarshalText gives, without reflection
		return append(x.append(append(b, '"')), '"')
	}
	j, err := safeMarshal(a)
	if err != nil {
		return appendJSONString(b, "!ERROR: "+anyString(err)) // err may wrap the value's own error
	}
	return append(b, j...)
}

func safeMarshal(a any) (j []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			j, err = nil, panicError{r}
		}
	}()
	return json.Marshal(a)
}

type panicError struct{ r any }

func (e panicError) Error() string { return panicString(e.r) }

// appendJSONString appends s as a JSON string. Control characters are
// escaped, invalid UTF-8 becomes \ufffd, and U+2028 and U+2029 are
// escaped so the output is also valid JavaScript.
func appendJSONString(b []byte, s string) []byte {
	if jsonPlain(s) { // the common case: nothing to escape
		b = append(b, '"')
		b = append(b, s...)
		return append(b, '"')
	}
	b = append(b, '"')
	i := 0
	for jsonSafe[s[i]] {
		i++
	}
	start := 0
	for i < len(s) {
		c := s[i]
		if jsonSafe[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// jsonPlain reports whether appendJSONString copies s as it is: whether
// all its bytes are jsonSafe. It tests eight bytes at a time (SWAR); a
// string shorter than eight bytes is read as two overlapping halves, or
// its first, middle and last bytes, padded with safe bytes.
func jsonPlain(s string) bool {
	var x uint64
	switch n := len(s); {
	case n >= 8:
		t := s
		for len(t) > 8 {
			if !jsonPlain8(load64(t)) {
				return false
			}
			t = t[8:]
		}
		x = load64(s[n-8:]) // the last eight, overlapping
	case n >= 4:
		x = uint64(load32(s)) | uint64(load32(s[n-4:]))<<32
	case n > 0:
		x = uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16 | 0x6161616161<<24 // "aaaaa"
	default:
		return true
	}
	return jsonPlain8(x)
}

// jsonPlain8 reports whether the eight bytes of x are all jsonSafe: none
// is below 0x20, '"', '\\' or at or above 0x80.
func jsonPlain8(x uint64) bool {
	const lsb, msb = 0x0101010101010101, 0x8080808080808080
	ctl := (x - 0x20*lsb) & ^x // a byte below 0x20 (exact for "any byte")
	q := x ^ '"'*lsb
	q = (q - lsb) & ^q // a '"'
	bs := x ^ '\\'*lsb
	bs = (bs - lsb) & ^bs // a '\\'
	return (ctl|q|bs|x)&msb == 0
}

// load64 returns the first eight bytes of s, little-endian; load32 the
// first four. The compiler makes each one load.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// jsonSafe reports the bytes appendJSONString copies as they are: ASCII
// other than control characters, '"' and '\\'.
var jsonSafe = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()
