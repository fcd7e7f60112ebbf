package tracing

import (
	"log/slog"
	"time"
)

// A Field is a key-value pair recorded on an event or a span. Fields are
// slog attributes: every slog constructor, slog.Value kind and
// slog.LogValuer works here, and the common kinds are stored without
// allocation.
type Field = slog.Attr

// String returns a Field for a string value.
func String(key, value string) Field { return Field{Key: key, Value: slog.StringValue(value)} }

// Int returns a Field for an int value.
func Int(key string, value int) Field { return Field{Key: key, Value: slog.Int64Value(int64(value))} }

// Int64 returns a Field for an int64 value.
func Int64(key string, value int64) Field { return Field{Key: key, Value: slog.Int64Value(value)} }

// Uint64 returns a Field for a uint64 value.
func Uint64(key string, value uint64) Field { return Field{Key: key, Value: slog.Uint64Value(value)} }

// Float64 returns a Field for a float64 value.
func Float64(key string, value float64) Field {
	return Field{Key: key, Value: slog.Float64Value(value)}
}

// Bool returns a Field for a bool value.
func Bool(key string, value bool) Field { return Field{Key: key, Value: slog.BoolValue(value)} }

// Duration returns a Field for a time.Duration.
func Duration(key string, value time.Duration) Field {
	return Field{Key: key, Value: slog.DurationValue(value)}
}

// Time returns a Field for a time.Time. The monotonic reading is dropped.
func Time(key string, value time.Time) Field { return Field{Key: key, Value: slog.TimeValue(value)} }

// Any returns a Field for any value, with slog.AnyValue's conversion:
// values of the kinds above are stored as such, a slog.LogValuer is
// resolved when the field is written. Subscribers render an error by its
// Error method; the text subscriber renders a fmt.Stringer by its String
// method and the JSON subscriber other values with encoding/json.
func Any(key string, value any) Field { return Field{Key: key, Value: slog.AnyValue(value)} }

// Err returns a Field with the key "error" for err.
func Err(err error) Field { return slog.Any(ErrorKey, err) }

// Group returns a Field that holds other fields under key. The text
// subscriber writes them as key.sub=value, the JSON subscriber as a
// nested object. A group with an empty key is inlined; an empty group is
// omitted.
func Group(key string, fields ...Field) Field {
	return Field{Key: key, Value: slog.GroupValue(fields...)}
}

// Keys the subscribers write for built-in parts of an event.
const (
	TimeKey    = "time"
	LevelKey   = "level"
	MessageKey = "msg"
	TargetKey  = "target"
	ErrorKey   = "error"
	SpanKey    = "span"
	SpansKey   = "spans"
	SpanIDKey  = "span_id"
	TraceIDKey = "trace_id"
)
