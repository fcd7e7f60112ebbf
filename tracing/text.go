package tracing

import (
	"context"
	"io"
	"log/slog"
	"strconv"
	"unicode/utf8"
)

// A TextSubscriber writes events as lines of text in the format of
// tracing-subscriber's fmt layer:
//
//	2026-11-25T10:00:00.123456Z  INFO app-start:process_request{id="req-1"}: Processing request user_id=42
//
// that is: the timestamp, the level right-aligned in five columns, the
// spans of the event from the root to the innermost joined by ':' (each
// with its fields in braces, when it has some) and a ':', the target and
// a ':' when it is not the default one, the message, and the event's
// fields as key=value.
//
// Values of kind String, errors, Stringers and other values rendered by
// fmt are quoted with Go syntax (strconv.Quote); numbers, booleans,
// durations and times are written bare. Group members are written as
// group.key=value. Keys are quoted when they hold a space, '=', a quote
// or a control character. Control characters and invalid UTF-8 in the
// message are escaped (\n, \x00), so no input can start a second line.
//
// A TextSubscriber is safe for concurrent use; each line is written with
// one Write call.
type TextSubscriber struct {
	sink
	color bool
}

// NewTextSubscriber returns a subscriber that writes text lines to w.
func NewTextSubscriber(w io.Writer, opts *Options) *TextSubscriber {
	h := &TextSubscriber{}
	h.w = w
	if opts != nil {
		h.opts = *opts
	}
	h.color = useColor(h.opts.Color, w)
	return h
}

// Filter returns the filter of the subscriber's Options.
func (h *TextSubscriber) Filter() *Filter { return h.opts.Filter }

// StartSpan writes a "new" line if Options.SpanEvents asks for it.
func (h *TextSubscriber) StartSpan(s *Span) {
	if h.opts.SpanEvents&SpanNew != 0 {
		h.Event(s.Context(), spanEvent(s, "new"))
	}
}

// RecordSpan does nothing: the recorded fields appear on later lines.
func (h *TextSubscriber) RecordSpan(*Span, []Field) {}

// EndSpan writes a "close" line if Options.SpanEvents asks for it.
func (h *TextSubscriber) EndSpan(s *Span) {
	if h.opts.SpanEvents&SpanClose != 0 {
		h.Event(s.Context(), spanEvent(s, "close", Duration("time.busy", s.Duration())))
	}
}

const (
	ansiReset  = "\x1b[0m"
	ansiDim    = "\x1b[2m"
	ansiBold   = "\x1b[1m"
	ansiItalic = "\x1b[3m"
)

func levelColor(l Level) string {
	switch {
	case l < LevelDebug:
		return "\x1b[35m"
	case l < LevelInfo:
		return "\x1b[34m"
	case l < LevelWarn:
		return "\x1b[32m"
	case l < LevelError:
		return "\x1b[33m"
	}
	return "\x1b[31m"
}

// Event writes e as one line.
func (h *TextSubscriber) Event(ctx context.Context, e Event) {
	bp := getBuf()
	var tr traceRef
	if h.opts.TraceIDs {
		tr = traceOf(ctx)
	}
	b := h.appendEvent(*bp, &e, tr)
	h.write(b)
	*bp = b
	putBuf(bp)
}

func (h *TextSubscriber) appendEvent(b []byte, e *Event, tr traceRef) []byte {
	if !h.opts.OmitTime && !e.Time.IsZero() {
		if h.color {
			b = append(b, ansiDim...)
		}
		b = h.appendTime(b, e.Time)
		if h.color {
			b = append(b, ansiReset...)
		}
		b = append(b, ' ')
	}
	name := levelName(e.Level)
	for i := len(name); i < 5; i++ {
		b = append(b, ' ')
	}
	if h.color {
		b = append(b, levelColor(e.Level)...)
	}
	b = append(b, name...)
	if h.color {
		b = append(b, ansiReset...)
	}
	b = append(b, ' ')
	if e.Span != nil {
		b = h.appendSpans(b, e.Span, e.view)
		b = h.appendColon(b)
	}
	if e.Target != "" {
		if h.color {
			b = append(b, ansiDim...)
		}
		b = appendEscaped(b, e.Target)
		if h.color {
			b = append(b, ansiReset...)
		}
		b = h.appendColon(b)
	}
	b = appendEscaped(b, e.Message)
	sep := e.Message != ""
	e.Fields(func(a Field) bool {
		b = appendTextAttr(b, "", a, &sep, h.color)
		return true
	})
	if tr.ok {
		tk, sk := h.opts.traceKeys()
		b = appendTextKeyEq(b, "", tk, &sep, h.color)
		b = tr.trace.append(b)
		b = appendTextKeyEq(b, "", sk, &sep, h.color)
		b = tr.span.append(b)
	}
	return append(b, '\n')
}

func (h *TextSubscriber) appendColon(b []byte) []byte {
	if h.color {
		return append(b, ansiDim+":"+ansiReset+" "...)
	}
	return append(b, ": "...)
}

// appendSpans appends the span chain ending in s, root first.
func (h *TextSubscriber) appendSpans(b []byte, s *Span, v teeView) []byte {
	if p := v.parent(s); p != nil {
		b = h.appendSpans(b, p, v)
		if h.color {
			b = append(b, ansiDim+":"+ansiReset...)
		} else {
			b = append(b, ':')
		}
	}
	if h.color {
		b = append(b, ansiBold...)
	}
	b = appendEscaped(b, s.name)
	if h.color {
		b = append(b, ansiReset...)
	}
	return append(b, s.rendered(&s.textFrag, appendTextSpanFields)...)
}

// appendTextSpanFields renders a span's fields as {k=v k=v}, or nothing.
func appendTextSpanFields(b []byte, _ *Span, fs []Field) []byte {
	n := len(b)
	b = append(b, '{')
	sep := false
	for _, a := range fs {
		b = appendTextAttr(b, "", a, &sep, false)
	}
	if !sep {
		return b[:n]
	}
	return append(b, '}')
}

// appendAttr appends " key=value" (without the space for the first
// field of a line with no message); groups are flattened.
func appendTextAttr(b []byte, prefix string, a Field, sep *bool, color bool) []byte {
	v := resolve(a.Value)
	if v.Kind() == slog.KindGroup {
		if a.Key != "" {
			prefix += a.Key + "."
		}
		for _, g := range v.Group() {
			b = appendTextAttr(b, prefix, g, sep, color)
		}
		return b
	}
	if a.Key == "" && v.Kind() == slog.KindAny && v.Any() == nil {
		return b
	}
	b = appendTextKeyEq(b, prefix, a.Key, sep, color)
	return appendTextValue(b, v)
}

// appendTextKeyEq appends " key=" (no space for the first field), the
// key italic and the '=' dim when coloured.
func appendTextKeyEq(b []byte, prefix, key string, sep *bool, color bool) []byte {
	if *sep {
		b = append(b, ' ')
	}
	*sep = true
	if color {
		b = append(b, ansiItalic...)
	}
	b = appendTextKey(b, prefix, key)
	if color {
		return append(b, ansiReset+ansiDim+"="+ansiReset...)
	}
	return append(b, '=')
}

func appendTextKey(b []byte, prefix, key string) []byte {
	if prefix == "" && textSafe(key) {
		return append(b, key...)
	}
	if prefix != "" && textSafe(prefix) && textSafe(key) {
		return append(append(b, prefix...), key...)
	}
	return strconv.AppendQuote(b, prefix+key)
}

// textSafe reports whether s can be written unquoted as a key.
func textSafe(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c == '=' || c == '"' || c == '\\' || c >= utf8.RuneSelf || c == 0x7f {
			return false
		}
	}
	return true
}

func appendTextValue(b []byte, v slog.Value) []byte {
	switch v.Kind() {
	case slog.KindString:
		return strconv.AppendQuote(b, v.String())
	case slog.KindInt64:
		return strconv.AppendInt(b, v.Int64(), 10)
	case slog.KindUint64:
		return strconv.AppendUint(b, v.Uint64(), 10)
	case slog.KindFloat64:
		return strconv.AppendFloat(b, v.Float64(), 'g', -1, 64)
	case slog.KindBool:
		return strconv.AppendBool(b, v.Bool())
	case slog.KindDuration:
		return append(b, v.Duration().String()...)
	case slog.KindTime:
		return v.Time().AppendFormat(b, "2006-01-02T15:04:05.999999999Z07:00")
	}
	a := v.Any()
	if a == nil {
		return append(b, "<nil>"...)
	}
	return strconv.AppendQuote(b, anyString(a))
}
