// Package zapfields holds zap fields whose values render badly, and the
// nearest fields that render well.
package zapfields

import (
	"io"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// Order renders itself through zap's ObjectMarshaler.
type Order struct{ ID string }

func (o Order) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("id", o.ID)
	return nil
}

func fields(l *zap.Logger, s *zap.SugaredLogger, r io.Reader, done chan struct{}, h func()) {
	body, _ := io.ReadAll(r)
	l.Info("upload", zap.Binary("body", body))                        // want `body is a \[\]byte payload from io.ReadAll; the log would carry every byte of it \(base64 in JSON\) — record len\(body\) instead`
	l.Info("upload", zap.Any("body", body))                           // want `body is a \[\]byte payload`
	l.Info("waiting", zap.Any("done", done), zap.Int("n", 1))         // want `done is a channel`
	l.Info("serving", zap.Reflect("handler", h), zap.Int("port", 80)) // want `h is a func`
	l.With(zap.Any("done", done)).Info("waiting")                     // want `done is a channel`
	s.Infow("upload", "body", body)                                   // want `body is a \[\]byte payload`
	s.With("handler", h).Infow("serving", "port", 80)                 // want `h is a func`
}

// body is a parameter: bytes of unknown origin, silent however logged.
func silent(l *zap.Logger, s *zap.SugaredLogger, body []byte, o Order) {
	l.Info("upload", zap.Int("body_len", len(body)))
	l.Info("upload", zap.String("body", string(body)))
	l.Info("order", zap.Any("order", o))
	s.Infow("order", "order", o)
}
