package runtimebench

import (
	"context"
	"io"
	"log/slog"
	"testing"
)

// newSlog returns a logger over slog's JSON handler at info level
// writing to w.
func newSlog(w io.Writer) *slog.Logger {
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo}))
}

func slogAttrs10() []any {
	return []any{
		slog.String("method", vMethod),
		slog.String("path", vPath),
		slog.Int("status", vStatus),
		slog.Int("bytes", vBytes),
		slog.Bool("cached", vCached),
		slog.Float64("ratio", vRatio),
		slog.Duration("elapsed", vElapsed),
		slog.Time("started", vStarted),
		slog.Any("error", vErr),
		slog.String("user", vUser),
	}
}

var slogLib = lib{
	name: "slog",
	disabled3: func(b *testing.B) {
		l := newSlog(io.Discard)
		ctx := context.Background()
		m := start(b)
		for range b.N {
			l.LogAttrs(ctx, slog.LevelDebug, msgDisabled, slog.String("path", vPath), slog.Int("status", vStatus), slog.Bool("cached", vCached))
		}
		m.stop()
	},
	guarded3: func(b *testing.B) {
		l := newSlog(io.Discard)
		ctx := context.Background()
		m := start(b)
		for range b.N {
			if l.Enabled(ctx, slog.LevelDebug) {
				l.LogAttrs(ctx, slog.LevelDebug, msgDisabled, slog.String("path", vPath), slog.Int("status", vStatus), slog.Bool("cached", vCached))
			}
		}
		m.stop()
	},
	msg3: func(b *testing.B) {
		l := newSlog(io.Discard)
		ctx := context.Background()
		m := start(b)
		for range b.N {
			l.LogAttrs(ctx, slog.LevelInfo, msg3, slog.String("path", vPath), slog.Int("status", vStatus), slog.Bool("cached", vCached))
		}
		m.stop()
	},
	msg10: func(b *testing.B) {
		l := newSlog(io.Discard)
		ctx := context.Background()
		m := start(b)
		for range b.N {
			l.LogAttrs(ctx, slog.LevelInfo, msg10,
				slog.String("method", vMethod),
				slog.String("path", vPath),
				slog.Int("status", vStatus),
				slog.Int("bytes", vBytes),
				slog.Bool("cached", vCached),
				slog.Float64("ratio", vRatio),
				slog.Duration("elapsed", vElapsed),
				slog.Time("started", vStarted),
				slog.Any("error", vErr),
				slog.String("user", vUser),
			)
		}
		m.stop()
	},
	ctx10: func(b *testing.B) {
		l := newSlog(io.Discard).With(slogAttrs10()...)
		ctx := context.Background()
		m := start(b)
		for range b.N {
			l.LogAttrs(ctx, slog.LevelInfo, msgStatic)
		}
		m.stop()
	},
	write: func(w io.Writer, c string) {
		l := newSlog(w)
		ctx := context.Background()
		switch c {
		case "Disabled3":
			l.LogAttrs(ctx, slog.LevelDebug, msgDisabled, slog.String("path", vPath), slog.Int("status", vStatus), slog.Bool("cached", vCached))
		case "Msg3":
			l.LogAttrs(ctx, slog.LevelInfo, msg3, slog.String("path", vPath), slog.Int("status", vStatus), slog.Bool("cached", vCached))
		case "Msg10":
			l.Info(msg10, slogAttrs10()...)
		case "Ctx10":
			l.With(slogAttrs10()...).LogAttrs(ctx, slog.LevelInfo, msgStatic)
		}
	},
}
