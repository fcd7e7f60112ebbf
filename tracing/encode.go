package tracing

import (
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"
)

// bufPool holds encode buffers.
var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, 1024); return &b }}

func getBuf() *[]byte { return bufPool.Get().(*[]byte) }

func putBuf(b *[]byte) {
	if cap(*b) > 64<<10 { // do not keep huge buffers alive
		return
	}
	*b = (*b)[:0]
	bufPool.Put(b)
}

// resolve resolves LogValuers, as slog.Value.Resolve does, but renders a
// panicking LogValue as a "!PANIC: ..." string rather than crash.
func resolve(v slog.Value) slog.Value {
	for i := 0; i < 100 && v.Kind() == slog.KindLogValuer; i++ {
		v = safeLogValue(v.LogValuer())
	}
	return v
}

func safeLogValue(lv slog.LogValuer) (v slog.Value) {
	defer func() {
		if r := recover(); r != nil {
			v = slog.StringValue(panicString(r))
		}
	}()
	return lv.LogValue()
}

func panicString(r any) string { return fmt.Sprintf("!PANIC: %v", r) }

// anyString returns the text form of a KindAny value: Error for errors,
// String for Stringers, fmt's %+v otherwise. A panic becomes "!PANIC: ...".
func anyString(a any) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = panicString(r)
		}
	}()
	switch x := a.(type) {
	case error:
		return x.Error()
	case fmt.Stringer:
		return x.String()
	case []byte:
		return string(x)
	}
	return fmt.Sprintf("%+v", a)
}

// isEmptyField reports whether a is to be omitted: the zero Attr, or a
// group with no non-empty members.
func isEmptyField(a Field) bool {
	if a.Key == "" && a.Value.Kind() == slog.KindAny && a.Value.Any() == nil {
		return true
	}
	if a.Value.Kind() == slog.KindGroup {
		for _, g := range a.Value.Group() {
			if !isEmptyField(g) {
				return false
			}
		}
		return true
	}
	return false
}

// appendTimestamp appends t in UTC as 2006-01-02T15:04:05.000000Z, the
// timestamp of tracing-subscriber's fmt, without allocation.
func appendTimestamp(b []byte, t time.Time) []byte {
	sec := t.Unix()
	if c := tsCache.Load(); c != nil && c.sec == sec {
		b = append(b, c.prefix[:]...)
		us := t.Nanosecond() / 1000
		hi, mid, lo := 2*(us/10000), 2*(us/100%100), 2*(us%100)
		return append(b, pairs[hi], pairs[hi+1], pairs[mid], pairs[mid+1], pairs[lo], pairs[lo+1], 'Z')
	}
	n := len(b)
	b = appendTimestampSlow(b, t)
	if len(b)-n == len(tsPrefix{}.prefix)+7 {
		c := &tsPrefix{sec: sec}
		copy(c.prefix[:], b[n:])
		tsCache.Store(c)
	}
	return b
}

// pairs holds the two-digit numbers 00 to 99.
const pairs = "00010203040506070809" +
	"10111213141516171819" +
	"20212223242526272829" +
	"30313233343536373839" +
	"40414243444546474849" +
	"50515253545556575859" +
	"60616263646566676869" +
	"70717273747576777879" +
	"80818283848586878889" +
	"90919293949596979899"

// tsCache holds the formatted date and time of the last second seen, so
// that most timestamps only format their microseconds.
var tsCache atomic.Pointer[tsPrefix]

type tsPrefix struct {
	sec    int64
	prefix [20]byte // 2006-01-02T15:04:05.
}

func appendTimestampSlow(b []byte, t time.Time) []byte {
	t = t.UTC()
	year, month, day := t.Date()
	if year < 0 || year > 9999 {
		return t.AppendFormat(b, "2006-01-02T15:04:05.000000Z07:00")
	}
	b = appendDateTime(b, t, year, month, day)
	b = append(b, '.')
	b = appendInt(b, t.Nanosecond()/1000, 6)
	return append(b, 'Z')
}

// appendInt appends n, non-negative, zero-padded to width digits.
func appendInt(b []byte, n, width int) []byte {
	var buf [20]byte
	i := len(buf)
	for n >= 10 || width > 1 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		width--
	}
	i--
	buf[i] = byte('0' + n)
	return append(b, buf[i:]...)
}

// appendEscaped appends s with every byte that could break a line-based
// record escaped Go-style: control characters (newline as \n), invalid
// UTF-8 (\xff) and non-printing runes such as U+2028 (\u2028). Quotes and
// backslashes are kept as they are.
func appendEscaped(b []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError && printable(r) {
				i += size
				continue
			}
		}
		b = append(b, s[start:i]...)
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, `\x`...)
			b = append(b, hexDigits[c>>4], hexDigits[c&0xf])
		case c == '\n':
			b = append(b, `\n`...)
		case c == '\r':
			b = append(b, `\r`...)
		case c == '\t':
			b = append(b, `\t`...)
		case r < 0x80:
			b = append(b, `\x`...)
			b = append(b, hexDigits[c>>4], hexDigits[c&0xf])
		default:
			b = append(b, `\u`...)
			for sh := 12; sh >= 0; sh -= 4 {
				b = append(b, hexDigits[r>>sh&0xf])
			}
		}
		i += size
		start = i
	}
	return append(b, s[start:]...)
}

const hexDigits = "0123456789abcdef"

// printable reports whether r, a non-ASCII rune, can be written as is:
// everything but the line and paragraph separators, other format and
// control characters, and the replacement character's look-alikes.
func printable(r rune) bool {
	switch {
	case r < 0xa0: // C1 controls
		return false
	case r == 0x2028, r == 0x2029, r == 0x85, r == 0xfeff, r == 0x200e, r == 0x200f:
		return false
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069: // bidi overrides
		return false
	}
	return r <= utf8.MaxRune
}

// appendDateTime appends t's date (given) and clock as
// 2006-01-02T15:04:05, for a year of four digits.
func appendDateTime(b []byte, t time.Time, year int, month time.Month, day int) []byte {
	hour, min, sec := t.Clock()
	b = appendInt(b, year, 4)
	b = append(b, '-')
	b = appendInt(b, int(month), 2)
	b = append(b, '-')
	b = appendInt(b, day, 2)
	b = append(b, 'T')
	b = appendInt(b, hour, 2)
	b = append(b, ':')
	b = appendInt(b, min, 2)
	b = append(b, ':')
	return appendInt(b, sec, 2)
}

// appendRFC3339Nano appends t as time.RFC3339Nano does
// (2006-01-02T15:04:05.999999999Z07:00), with a fast path for UTC
// times, the common case of a time field, that avoids AppendFormat.
func appendRFC3339Nano(b []byte, t time.Time) []byte {
	if t.Location() != time.UTC {
		return t.AppendFormat(b, time.RFC3339Nano)
	}
	year, month, day := t.Date()
	if year < 0 || year > 9999 {
		return t.AppendFormat(b, time.RFC3339Nano)
	}
	b = appendDateTime(b, t, year, month, day)
	if ns := t.Nanosecond(); ns != 0 {
		b = append(b, '.')
		b = appendInt(b, ns, 9)
		for b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
	}
	return append(b, 'Z')
}
