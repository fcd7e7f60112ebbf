package tracing

import (
	"fmt"
	"log/slog"
	"math/bits"
	"slices"
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
	sec := t.Unix()
	if sec < minUnix4 || sec >= maxUnix4 {
		return t.UTC().AppendFormat(b, "2006-01-02T15:04:05.000000Z07:00")
	}
	b = appendUnixDateTime(b, sec)
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

// Unix seconds of 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: the
// times whose year has four digits.
const (
	minUnix4 = -62167219200
	maxUnix4 = 253402300800
)

// appendUnixDateTime appends the UTC date and clock of the Unix time
// sec, minUnix4 <= sec < maxUnix4, as 2006-01-02T15:04:05. The date is
// computed directly from the day number (Hinnant's days_from_civil
// inverse), without time.Time's general calendar code.
func appendUnixDateTime(b []byte, sec int64) []byte {
	// Unsigned from here on: the divisions by constants are cheaper.
	u := uint64(sec - minUnix4) // seconds since 0000-01-01
	days, rem := u/86400, u%86400
	z := days + 146097 - 60 // days since -0400-03-01 (0000-03-01 is day 60)
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	month, year := mp+3, yoe+era*400-400
	if month > 12 {
		month, year = month-12, year+1
	}
	hour, min, s := rem/3600, rem/60%60, rem%60
	y1, y2 := 2*(year/100), 2*(year%100)
	return append(b,
		pairs[y1], pairs[y1+1], pairs[y2], pairs[y2+1], '-',
		pairs[2*month], pairs[2*month+1], '-',
		pairs[2*day], pairs[2*day+1], 'T',
		pairs[2*hour], pairs[2*hour+1], ':',
		pairs[2*min], pairs[2*min+1], ':',
		pairs[2*s], pairs[2*s+1])
}

// appendRFC3339Nano appends t as time.RFC3339Nano does
// (2006-01-02T15:04:05.999999999Z07:00), with a fast path for UTC
// times, the common case of a time field, that avoids AppendFormat.
func appendRFC3339Nano(b []byte, t time.Time) []byte {
	if !isUTC4(t) {
		return t.AppendFormat(b, time.RFC3339Nano)
	}
	return appendUTC4(b, t)
}

// isUTC4 reports whether t is in UTC with a year of four digits, the
// times appendUTC4 writes.
func isUTC4(t time.Time) bool {
	sec := t.Unix()
	return t.Location() == time.UTC && sec >= minUnix4 && sec < maxUnix4
}

// appendUTC4 appends t, for which isUTC4 holds, in RFC 3339 with as many
// fraction digits as it needs, as time.RFC3339Nano does.
func appendUTC4(b []byte, t time.Time) []byte {
	b = appendUnixDateTime(b, t.Unix())
	if ns := t.Nanosecond(); ns != 0 {
		// nine digits, then drop the trailing zeros
		hi, lo := ns/100000, ns%100000 // hi: 4 digits, lo: 5
		h1, h2 := 2*(hi/100), 2*(hi%100)
		l1, l2, l3 := 2*(lo/1000), 2*(lo/10%100), lo%10
		b = append(b, '.',
			pairs[h1], pairs[h1+1], pairs[h2], pairs[h2+1],
			pairs[l1], pairs[l1+1], pairs[l2], pairs[l2+1], byte('0'+l3))
		for b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
	}
	return append(b, 'Z')
}

// appendInt64 appends n in decimal, as strconv.AppendInt(b, n, 10) does.
func appendInt64(b []byte, n int64) []byte {
	if n >= 0 {
		return appendUint64(b, uint64(n))
	}
	return appendUint64(append(b, '-'), -uint64(n))
}

// appendUint64 appends n in decimal, as strconv.AppendUint(b, n, 10)
// does, two digits at a time, in place.
func appendUint64(b []byte, n uint64) []byte {
	if n < 10 {
		return append(b, byte('0'+n))
	}
	if n < 100 {
		return append(b, pairs[2*n], pairs[2*n+1])
	}
	w := (bits.Len64(n) * 1233) >> 12 // the number of digits, or one less
	if n >= pow10[w] {
		w++
	}
	l := len(b)
	b = slices.Grow(b, w)[:l+w]
	d := b[l:]
	i := len(d)
	for n >= 100 {
		q := n / 100
		r := 2 * (n - q*100)
		i -= 2
		d[i], d[i+1] = pairs[r], pairs[r+1]
		n = q
	}
	if n >= 10 {
		d[0], d[1] = pairs[2*n], pairs[2*n+1]
	} else {
		d[0] = byte('0' + n)
	}
	return b
}

// pow10 holds the powers of ten that fit in a uint64.
var pow10 = [...]uint64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}
