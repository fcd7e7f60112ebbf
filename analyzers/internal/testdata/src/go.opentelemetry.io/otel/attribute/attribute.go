// Package attribute is a small fake of go.opentelemetry.io/otel/attribute.
package attribute

import "fmt"

type Key string

type Value struct{}

type KeyValue struct {
	Key   Key
	Value Value
}

func (k Key) String(v string) KeyValue { return KeyValue{Key: k} }
func (k Key) Int(v int) KeyValue       { return KeyValue{Key: k} }

func Bool(k string, v bool) KeyValue             { return KeyValue{Key: Key(k)} }
func Int(k string, v int) KeyValue               { return KeyValue{Key: Key(k)} }
func Int64(k string, v int64) KeyValue           { return KeyValue{Key: Key(k)} }
func Float64(k string, v float64) KeyValue       { return KeyValue{Key: Key(k)} }
func String(k, v string) KeyValue                { return KeyValue{Key: Key(k)} }
func StringSlice(k string, v []string) KeyValue  { return KeyValue{Key: Key(k)} }
func IntSlice(k string, v []int) KeyValue        { return KeyValue{Key: Key(k)} }
func ByteSlice(k string, v []byte) KeyValue      { return KeyValue{Key: Key(k)} }
func Stringer(k string, v fmt.Stringer) KeyValue { return KeyValue{Key: Key(k)} }
