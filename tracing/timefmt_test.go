package tracing

import (
	"math"
	"math/rand"
	"strconv"
	"testing"
	"time"
)

// TestAppendRFC3339Nano checks the fast path of time values in JSON
// against time.Format, in and out of UTC and of the four-digit years.
func TestAppendRFC3339Nano(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := range 100000 {
		var tm time.Time
		switch i % 4 {
		case 0: // any second, negative years and years above 9999 included
			tm = time.Unix(r.Int63n(1<<40)-1<<39, r.Int63n(1e9)).UTC()
		case 1: // whole seconds
			tm = time.Unix(r.Int63n(1<<34), 0).UTC()
		case 2: // not UTC
			tm = time.Unix(r.Int63n(1<<31), r.Int63n(1e9)).In(time.FixedZone("X", 3600))
		case 3: // trailing zeros in the fraction
			tm = time.Unix(r.Int63n(1<<31), r.Int63n(1000)*1e6).UTC()
		}
		if got, want := string(appendRFC3339Nano(nil, tm)), tm.Format(time.RFC3339Nano); got != want {
			t.Fatalf("appendRFC3339Nano(%v) = %q, want %q", tm, got, want)
		}
	}
}

// TestAppendTimeEdges checks the times at the ends of the four-digit
// years, where the fast paths hand over to time.Format.
func TestAppendTimeEdges(t *testing.T) {
	for _, sec := range []int64{minUnix4 - 1, minUnix4, minUnix4 + 86399, -1, 0, 951782400, 4107542400, maxUnix4 - 1, maxUnix4} {
		for _, ns := range []int64{0, 1, 999999999, 120000000} {
			tm := time.Unix(sec, ns).UTC()
			if got, want := string(appendRFC3339Nano(nil, tm)), tm.Format(time.RFC3339Nano); got != want {
				t.Errorf("appendRFC3339Nano(%v) = %q, want %q", tm, got, want)
			}
			tsCache.Store(nil)
			if got, want := string(appendTimestamp(nil, tm)), tm.Format("2006-01-02T15:04:05.000000Z07:00"); got != want {
				t.Errorf("appendTimestamp(%v) = %q, want %q", tm, got, want)
			}
		}
	}
}

// TestAppendDates checks the date of every thirteenth day of the
// four-digit years.
func TestAppendDates(t *testing.T) {
	for sec := int64(minUnix4); sec < maxUnix4; sec += 13*86400 + 4321 {
		tm := time.Unix(sec, 0).UTC()
		if got, want := string(appendRFC3339Nano(nil, tm)), tm.Format(time.RFC3339Nano); got != want {
			t.Fatalf("appendRFC3339Nano(%v) = %q, want %q", tm, got, want)
		}
	}
}

// TestAppendTimestampCached checks timestamps written from the cache of
// the current second against time.Format.
func TestAppendTimestampCached(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for range 10000 {
		sec := r.Int63n(1 << 34)
		for range 3 { // the first fills the cache, the others use it
			tm := time.Unix(sec, r.Int63n(1e9))
			if got, want := string(appendTimestamp(nil, tm)), tm.UTC().Format("2006-01-02T15:04:05.000000Z07:00"); got != want {
				t.Fatalf("appendTimestamp(%v) = %q, want %q", tm, got, want)
			}
		}
	}
}

// TestAppendJSONStringPlain checks that strings with nothing to escape
// are copied as they are.
func TestAppendJSONStringPlain(t *testing.T) {
	for _, s := range []string{"", "a", "request served", "/api/v1/users/42", "~ !#$%&'()*+,-./09:;<=>?@AZ[]^_`az{|}"} {
		if got, want := string(appendJSONString(nil, s)), `"`+s+`"`; got != want {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	}
}

// TestAppendInt checks the decimal integers of the JSON subscriber
// against strconv.
func TestAppendInt(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	ns := []int64{0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 1e9, 1e18, math.MaxInt64, math.MinInt64, math.MinInt64 + 1}
	for range 100000 {
		ns = append(ns, r.Int63()>>r.Intn(63))
	}
	for _, n := range ns {
		for _, n := range []int64{n, -n} {
			if got, want := string(appendInt64(nil, n)), strconv.FormatInt(n, 10); got != want {
				t.Fatalf("appendInt64(%d) = %s", n, got)
			}
			if got, want := string(appendUint64(nil, uint64(n))), strconv.FormatUint(uint64(n), 10); got != want {
				t.Fatalf("appendUint64(%d) = %s", uint64(n), got)
			}
		}
	}
}
