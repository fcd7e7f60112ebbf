// Package proto is a fake of google.golang.org/protobuf/proto: document
// encoders of the Marshal convention.
package proto

type Message interface{ ProtoReflect() }

func Marshal(m Message) ([]byte, error) { return nil, nil }

type MarshalOptions struct{ Deterministic bool }

func (MarshalOptions) Marshal(m Message) ([]byte, error) { return nil, nil }

// Size is not an encoder.
func Size(m Message) int { return 0 }
