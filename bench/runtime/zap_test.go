package runtimebench

import (
	"io"
	"testing"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// newZap returns a production-encoded JSON zap logger at info level
// writing to w, without sampling, caller or stack traces.
func newZap(w io.Writer) *zap.Logger {
	enc := zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig())
	return zap.New(zapcore.NewCore(enc, zapcore.AddSync(w), zapcore.InfoLevel))
}

func zapFields10() []zap.Field {
	return []zap.Field{
		zap.String("method", vMethod),
		zap.String("path", vPath),
		zap.Int("status", vStatus),
		zap.Int("bytes", vBytes),
		zap.Bool("cached", vCached),
		zap.Float64("ratio", vRatio),
		zap.Duration("elapsed", vElapsed),
		zap.Time("started", vStarted),
		zap.Error(vErr),
		zap.String("user", vUser),
	}
}

var zapLib = lib{
	name: "zap",
	disabled3: func(b *testing.B) {
		l := newZap(io.Discard)
		m := start(b)
		for range b.N {
			l.Debug(msgDisabled, zap.String("path", vPath), zap.Int("status", vStatus), zap.Bool("cached", vCached))
		}
		m.stop()
	},
	guarded3: func(b *testing.B) {
		l := newZap(io.Discard)
		m := start(b)
		for range b.N {
			if ce := l.Check(zap.DebugLevel, msgDisabled); ce != nil {
				ce.Write(zap.String("path", vPath), zap.Int("status", vStatus), zap.Bool("cached", vCached))
			}
		}
		m.stop()
	},
	msg3: func(b *testing.B) {
		l := newZap(io.Discard)
		m := start(b)
		for range b.N {
			l.Info(msg3, zap.String("path", vPath), zap.Int("status", vStatus), zap.Bool("cached", vCached))
		}
		m.stop()
	},
	msg10: func(b *testing.B) {
		l := newZap(io.Discard)
		m := start(b)
		for range b.N {
			l.Info(msg10,
				zap.String("method", vMethod),
				zap.String("path", vPath),
				zap.Int("status", vStatus),
				zap.Int("bytes", vBytes),
				zap.Bool("cached", vCached),
				zap.Float64("ratio", vRatio),
				zap.Duration("elapsed", vElapsed),
				zap.Time("started", vStarted),
				zap.Error(vErr),
				zap.String("user", vUser),
			)
		}
		m.stop()
	},
	ctx10: func(b *testing.B) {
		l := newZap(io.Discard).With(zapFields10()...)
		m := start(b)
		for range b.N {
			l.Info(msgStatic)
		}
		m.stop()
	},
	write: func(w io.Writer, c string) {
		l := newZap(w)
		switch c {
		case "Disabled3":
			l.Debug(msgDisabled, zap.String("path", vPath), zap.Int("status", vStatus), zap.Bool("cached", vCached))
		case "Msg3":
			l.Info(msg3, zap.String("path", vPath), zap.Int("status", vStatus), zap.Bool("cached", vCached))
		case "Msg10":
			l.Info(msg10, zapFields10()...)
		case "Ctx10":
			l.With(zapFields10()...).Info(msgStatic)
		}
	},
}
