package runtimebench

import (
	"context"
	"io"
	"testing"

	"github.com/tracelint/tracelint/tracing"
)

// installTracing installs a JSON subscriber at info level (the default
// filter) writing to w, as tracing.Init does with GO_LOG_FORMAT=json.
func installTracing(w io.Writer) {
	tracing.SetDefault(tracing.NewJSONSubscriber(w, nil))
}

func tracingFields10() []tracing.Field {
	return []tracing.Field{
		tracing.String("method", vMethod),
		tracing.String("path", vPath),
		tracing.Int("status", vStatus),
		tracing.Int("bytes", vBytes),
		tracing.Bool("cached", vCached),
		tracing.Float64("ratio", vRatio),
		tracing.Duration("elapsed", vElapsed),
		tracing.Time("started", vStarted),
		tracing.Err(vErr),
		tracing.String("user", vUser),
	}
}

// nestedCtx returns a context inside two nested spans, and a function
// that ends them.
func nestedCtx() (context.Context, func()) {
	ctx, outer := tracing.Start(context.Background(), "request", tracing.String("request_id", vRequestID))
	ctx, inner := tracing.Start(ctx, "query", tracing.Int("shard", vShard))
	return ctx, func() { inner.End(); outer.End() }
}

var tracingLib = lib{
	name: "tracing",
	disabled3: func(b *testing.B) {
		installTracing(io.Discard)
		defer tracing.SetDefault(nil)
		ctx := context.Background()
		m := start(b)
		for range b.N {
			tracing.Debug(ctx, msgDisabled, tracing.String("path", vPath), tracing.Int("status", vStatus), tracing.Bool("cached", vCached))
		}
		m.stop()
	},
	guarded3: func(b *testing.B) {
		installTracing(io.Discard)
		defer tracing.SetDefault(nil)
		ctx := context.Background()
		m := start(b)
		for range b.N {
			if tracing.Enabled(ctx, tracing.LevelDebug) {
				tracing.Debug(ctx, msgDisabled, tracing.String("path", vPath), tracing.Int("status", vStatus), tracing.Bool("cached", vCached))
			}
		}
		m.stop()
	},
	msg3: func(b *testing.B) {
		installTracing(io.Discard)
		defer tracing.SetDefault(nil)
		ctx := context.Background()
		m := start(b)
		for range b.N {
			tracing.Info(ctx, msg3, tracing.String("path", vPath), tracing.Int("status", vStatus), tracing.Bool("cached", vCached))
		}
		m.stop()
	},
	msg10: func(b *testing.B) {
		installTracing(io.Discard)
		defer tracing.SetDefault(nil)
		ctx := context.Background()
		m := start(b)
		for range b.N {
			tracing.Info(ctx, msg10,
				tracing.String("method", vMethod),
				tracing.String("path", vPath),
				tracing.Int("status", vStatus),
				tracing.Int("bytes", vBytes),
				tracing.Bool("cached", vCached),
				tracing.Float64("ratio", vRatio),
				tracing.Duration("elapsed", vElapsed),
				tracing.Time("started", vStarted),
				tracing.Err(vErr),
				tracing.String("user", vUser),
			)
		}
		m.stop()
	},
	ctx10: func(b *testing.B) {
		installTracing(io.Discard)
		defer tracing.SetDefault(nil)
		ctx, span := tracing.Start(context.Background(), "request", tracingFields10()...)
		defer span.End()
		m := start(b)
		for range b.N {
			tracing.Info(ctx, msgStatic)
		}
		m.stop()
	},
	nested3: func(b *testing.B) {
		installTracing(io.Discard)
		defer tracing.SetDefault(nil)
		ctx, end := nestedCtx()
		defer end()
		m := start(b)
		for range b.N {
			tracing.Info(ctx, msg3, tracing.String("path", vPath), tracing.Int("status", vStatus), tracing.Bool("cached", vCached))
		}
		m.stop()
	},
	write: func(w io.Writer, c string) {
		installTracing(w)
		defer tracing.SetDefault(nil)
		ctx := context.Background()
		switch c {
		case "Disabled3":
			tracing.Debug(ctx, msgDisabled, tracing.String("path", vPath), tracing.Int("status", vStatus), tracing.Bool("cached", vCached))
		case "Msg3":
			tracing.Info(ctx, msg3, tracing.String("path", vPath), tracing.Int("status", vStatus), tracing.Bool("cached", vCached))
		case "Msg10":
			tracing.Info(ctx, msg10, tracingFields10()...)
		case "Ctx10":
			ctx, span := tracing.Start(ctx, "request", tracingFields10()...)
			tracing.Info(ctx, msgStatic)
			span.End()
		case "Nested3":
			ctx, end := nestedCtx()
			tracing.Info(ctx, msg3, tracing.String("path", vPath), tracing.Int("status", vStatus), tracing.Bool("cached", vCached))
			end()
		}
	},
}
