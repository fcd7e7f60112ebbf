package tracing

import (
	"fmt"
	"log/slog"
	"math"
	"strconv"
	"strings"
)

// A Level is the importance of an event or span. It is slog's Level, so
// the two packages agree on every value; tracing adds LevelTrace below
// LevelDebug, as Rust's tracing has.
type Level = slog.Level

// The levels, from the most verbose to the most severe.
const (
	LevelTrace Level = -8
	LevelDebug Level = slog.LevelDebug
	LevelInfo  Level = slog.LevelInfo
	LevelWarn  Level = slog.LevelWarn
	LevelError Level = slog.LevelError
)

// LevelOff is a level above every level an event can have; a filter set
// to LevelOff records nothing.
const LevelOff Level = math.MaxInt16

// LevelString returns the name of l as tracing writes it: TRACE, DEBUG,
// INFO, WARN, ERROR, or the nearest lower name plus an offset
// ("INFO+2", "TRACE-1") for levels in between, as slog does.
func LevelString(l Level) string {
	str := func(base string, d Level) string {
		if d == 0 {
			return base
		}
		return fmt.Sprintf("%s%+d", base, d)
	}
	switch {
	case l < LevelDebug:
		return str("TRACE", l-LevelTrace)
	case l < LevelInfo:
		return str("DEBUG", l-LevelDebug)
	case l < LevelWarn:
		return str("INFO", l-LevelInfo)
	case l < LevelError:
		return str("WARN", l-LevelWarn)
	case l >= LevelOff:
		return "OFF"
	default:
		return str("ERROR", l-LevelError)
	}
}

// levelName is LevelString without allocation for the five named levels.
func levelName(l Level) string {
	switch l {
	case LevelTrace:
		return "TRACE"
	case LevelDebug:
		return "DEBUG"
	case LevelInfo:
		return "INFO"
	case LevelWarn:
		return "WARN"
	case LevelError:
		return "ERROR"
	}
	return LevelString(l)
}

// ParseLevel parses a level name, case-insensitively: trace, debug,
// info, warn (or warning), error, off, optionally followed by an offset
// as LevelString writes it ("info+2"), or a plain integer.
func ParseLevel(s string) (Level, error) {
	name, off := s, 0
	if i := strings.IndexAny(s, "+-"); i > 0 {
		n, err := strconv.Atoi(s[i:])
		if err != nil {
			return 0, fmt.Errorf("invalid level offset in %q", s)
		}
		name, off = s[:i], n
	}
	var l Level
	switch strings.ToLower(name) {
	case "trace":
		l = LevelTrace
	case "debug":
		l = LevelDebug
	case "info":
		l = LevelInfo
	case "warn", "warning":
		l = LevelWarn
	case "error":
		l = LevelError
	case "off":
		if off != 0 {
			return 0, fmt.Errorf("level %q: off takes no offset", s)
		}
		return LevelOff, nil
	default:
		n, err := strconv.Atoi(s)
		if err != nil {
			return 0, fmt.Errorf("unknown level %q (want trace, debug, info, warn, error or off)", s)
		}
		return clampLevel(Level(n)), nil
	}
	return clampLevel(l + Level(off)), nil
}

// clampLevel keeps l in the int16 range that targets cache.
func clampLevel(l Level) Level {
	if l > math.MaxInt16 {
		return math.MaxInt16
	}
	if l < math.MinInt16 {
		return math.MinInt16
	}
	return l
}
