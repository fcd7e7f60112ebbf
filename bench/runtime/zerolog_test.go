package runtimebench

import (
	"io"
	"testing"

	"github.com/rs/zerolog"
)

// newZerolog returns a default zerolog logger at info level writing to
// w, with a timestamp on every event.
func newZerolog(w io.Writer) zerolog.Logger {
	return zerolog.New(w).Level(zerolog.InfoLevel).With().Timestamp().Logger()
}

func zerologCtx10(l zerolog.Logger) zerolog.Logger {
	return l.With().
		Str("method", vMethod).
		Str("path", vPath).
		Int("status", vStatus).
		Int("bytes", vBytes).
		Bool("cached", vCached).
		Float64("ratio", vRatio).
		Dur("elapsed", vElapsed).
		Time("started", vStarted).
		Err(vErr).
		Str("user", vUser).
		Logger()
}

func zerologMsg10(l *zerolog.Logger) {
	l.Info().
		Str("method", vMethod).
		Str("path", vPath).
		Int("status", vStatus).
		Int("bytes", vBytes).
		Bool("cached", vCached).
		Float64("ratio", vRatio).
		Dur("elapsed", vElapsed).
		Time("started", vStarted).
		Err(vErr).
		Str("user", vUser).
		Msg(msg10)
}

var zerologLib = lib{
	name: "zerolog",
	disabled3: func(b *testing.B) {
		l := newZerolog(io.Discard)
		m := start(b)
		for range b.N {
			l.Debug().Str("path", vPath).Int("status", vStatus).Bool("cached", vCached).Msg(msgDisabled)
		}
		m.stop()
	},
	guarded3: func(b *testing.B) {
		l := newZerolog(io.Discard)
		m := start(b)
		for range b.N {
			if e := l.Debug(); e.Enabled() {
				e.Str("path", vPath).Int("status", vStatus).Bool("cached", vCached).Msg(msgDisabled)
			}
		}
		m.stop()
	},
	msg3: func(b *testing.B) {
		l := newZerolog(io.Discard)
		m := start(b)
		for range b.N {
			l.Info().Str("path", vPath).Int("status", vStatus).Bool("cached", vCached).Msg(msg3)
		}
		m.stop()
	},
	msg10: func(b *testing.B) {
		l := newZerolog(io.Discard)
		m := start(b)
		for range b.N {
			l.Info().
				Str("method", vMethod).
				Str("path", vPath).
				Int("status", vStatus).
				Int("bytes", vBytes).
				Bool("cached", vCached).
				Float64("ratio", vRatio).
				Dur("elapsed", vElapsed).
				Time("started", vStarted).
				Err(vErr).
				Str("user", vUser).
				Msg(msg10)
		}
		m.stop()
	},
	ctx10: func(b *testing.B) {
		l := zerologCtx10(newZerolog(io.Discard))
		m := start(b)
		for range b.N {
			l.Info().Msg(msgStatic)
		}
		m.stop()
	},
	write: func(w io.Writer, c string) {
		l := newZerolog(w)
		switch c {
		case "Disabled3":
			l.Debug().Str("path", vPath).Int("status", vStatus).Bool("cached", vCached).Msg(msgDisabled)
		case "Msg3":
			l.Info().Str("path", vPath).Int("status", vStatus).Bool("cached", vCached).Msg(msg3)
		case "Msg10":
			zerologMsg10(&l)
		case "Ctx10":
			l = zerologCtx10(l)
			l.Info().Msg(msgStatic)
		}
	},
}
