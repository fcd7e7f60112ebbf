package payload

import (
	"bufio"
	"crypto/ed25519"
	"errors"
	"log/slog"
)

// Bytes of unknown origin are not reported: nothing in the function says
// they are many, and a small value logged to debug a failure is better
// as it is than as its length.

type Event struct {
	Data []byte
}

var global []byte

// The false class: a signature and the signed message beside
// the verification error.
func verify(pub ed25519.PublicKey, sig, msg []byte) error {
	if !ed25519.Verify(pub, msg, sig) {
		err := errors.New("bad signature")
		slog.Warn("signature failed to verify", "err", err, "sig", sig, "msg", msg)
		return err
	}
	return nil
}

func unknown(ev *Event, sc *bufio.Scanner, n int, params func() []byte) {
	buf := make([]byte, n)
	slog.Info("event", "data", ev.Data, "text", string(ev.Data)) // a field of a parameter
	slog.Info("global", "global", global)                        // a package-level variable
	slog.Info("made", "buf", buf)                                // a buffer made here: bounded by n
	slog.Info("line", "line", sc.Bytes(), "text", string(sc.Bytes()))
	slog.Info("result", "params", params())
	for _, b := range [][]byte{global} {
		slog.Info("range", "b", b)
	}
}
