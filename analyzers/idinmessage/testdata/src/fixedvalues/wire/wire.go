// Package wire holds a protocol's message types, each of which names
// its kind with a method that returns a constant (Fixed facts), and an
// interface one of whose types computes its name.
package wire

// A Packet is a message of the protocol.
type Packet interface {
	Name() string
	Code() byte
}

type Ping struct{}

func (*Ping) Name() string { return "PING" }
func (*Ping) Code() byte   { return 1 }

type Pong struct{ Seq int }

func (*Pong) Name() string { return "PONG" }
func (*Pong) Code() byte   { return 2 }

// A Peer is named by whoever it is.
type Peer interface{ Name() string }

type Node struct{ ID string }

func (n Node) Name() string { return n.ID }

type Bootnode struct{}

func (Bootnode) Name() string { return "bootnode" }
