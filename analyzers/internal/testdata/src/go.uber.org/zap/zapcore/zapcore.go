// Package zapcore is a small fake of go.uber.org/zap/zapcore for the
// analyzers' tests: the signatures of the real package, without bodies
// that matter. The nested module analyzers/internal/apis/realcheck
// checks the table's rows against the real library.
package zapcore

type Level int8

const (
	DebugLevel Level = iota - 1
	InfoLevel
	WarnLevel
	ErrorLevel
)

type FieldType uint8

// Field is a marshaling operation used to add a key-value pair to a
// logger's context.
type Field struct {
	Key       string
	Type      FieldType
	Integer   int64
	String    string
	Interface interface{}
}

type ObjectEncoder interface {
	AddString(key, value string)
	AddInt(key string, value int)
}

type ArrayEncoder interface {
	AppendString(string)
}

type ObjectMarshaler interface {
	MarshalLogObject(ObjectEncoder) error
}

type ArrayMarshaler interface {
	MarshalLogArray(ArrayEncoder) error
}

type CheckedEntry struct{}

func (ce *CheckedEntry) Write(fields ...Field) {}
