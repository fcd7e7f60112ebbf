package tracing

import (
	"context"
	"io"
	"log/slog"
	"testing"
)

func benchInstall(b *testing.B, s Subscriber) {
	SetDefault(s)
	b.Cleanup(func() { SetDefault(nil) })
	b.ReportAllocs()
	b.ResetTimer()
}

func BenchmarkDisabledNoSubscriber(b *testing.B) {
	ctx := context.Background()
	benchInstall(b, nil)
	for range b.N {
		Info(ctx, "Disabled", String("a", "x"), Int("b", 1), Bool("c", true))
	}
}

func BenchmarkDisabledFiltered(b *testing.B) {
	ctx := context.Background()
	benchInstall(b, NewJSONSubscriber(io.Discard, nil))
	for range b.N {
		Debug(ctx, "Disabled", String("a", "x"), Int("b", 1), Bool("c", true))
	}
}

// The values of BenchmarkDisabledFields and BenchmarkDisabledLiterals:
// variables, so that the compiler cannot fold the fields.
var (
	benchPath   = "/api/v1/users/42"
	benchStatus = 200
	benchCached = true
)

// BenchmarkDisabledFields and BenchmarkDisabledLiterals drop the same
// three fields; the first builds them with the constructors, the second
// writes the same slog.Attr values as composite literals. The difference
// is what a caller pays for the constructors before the level check: an
// inlined constructor returns its 40-byte Attr in a stack temporary that
// is then block-copied into the variadic array (16-byte loads of
// just-written 8-byte stores, which the CPU cannot forward), while a
// literal is stored in place.
func BenchmarkDisabledFields(b *testing.B) {
	ctx := context.Background()
	benchInstall(b, NewJSONSubscriber(io.Discard, nil))
	for range b.N {
		Debug(ctx, "Disabled", String("path", benchPath), Int("status", benchStatus), Bool("cached", benchCached))
	}
}

func BenchmarkDisabledLiterals(b *testing.B) {
	ctx := context.Background()
	benchInstall(b, NewJSONSubscriber(io.Discard, nil))
	for range b.N {
		Debug(ctx, "Disabled",
			slog.Attr{Key: "path", Value: slog.StringValue(benchPath)},
			slog.Attr{Key: "status", Value: slog.Int64Value(int64(benchStatus))},
			slog.Attr{Key: "cached", Value: slog.BoolValue(benchCached)})
	}
}

func BenchmarkDisabledTarget(b *testing.B) {
	ctx := context.Background()
	benchInstall(b, NewJSONSubscriber(io.Discard, nil))
	for range b.N {
		tr.Debug(ctx, "Disabled", String("a", "x"), Int("b", 1), Bool("c", true))
	}
}

func BenchmarkJSON3Fields(b *testing.B) {
	ctx := context.Background()
	benchInstall(b, NewJSONSubscriber(io.Discard, nil))
	for range b.N {
		Info(ctx, "Enabled", String("a", "x"), Int("b", 1), Bool("c", true))
	}
}

func BenchmarkJSON10Fields(b *testing.B) {
	ctx := context.Background()
	benchInstall(b, NewJSONSubscriber(io.Discard, nil))
	for range b.N {
		Info(ctx, "Enabled", String("a", "x"), Int("b", 1), Bool("c", true), Float64("d", 1.5),
			Int64("e", 2), Uint64("f", 3), String("g", "y"), Int("h", 4), Int("i", 5), Int("j", 6))
	}
}

func BenchmarkJSONNestedSpans(b *testing.B) {
	SetDefault(NewJSONSubscriber(io.Discard, nil))
	ctx, s1 := Start(context.Background(), "app-start")
	ctx, s2 := Start(ctx, "process_request", String("id", "req-1"))
	defer s1.End()
	defer s2.End()
	benchInstall(b, NewJSONSubscriber(io.Discard, nil))
	for range b.N {
		Info(ctx, "Enabled", String("a", "x"), Int("b", 1), Bool("c", true))
	}
}

func BenchmarkText3Fields(b *testing.B) {
	ctx := context.Background()
	benchInstall(b, NewTextSubscriber(io.Discard, &Options{Color: ColorNever}))
	for range b.N {
		Info(ctx, "Enabled", String("a", "x"), Int("b", 1), Bool("c", true))
	}
}

func BenchmarkTextNestedSpans(b *testing.B) {
	s := NewTextSubscriber(io.Discard, &Options{Color: ColorNever})
	SetDefault(s)
	ctx, s1 := Start(context.Background(), "app-start")
	ctx, s2 := Start(ctx, "process_request", String("id", "req-1"))
	defer s1.End()
	defer s2.End()
	benchInstall(b, s)
	for range b.N {
		Info(ctx, "Enabled", String("a", "x"), Int("b", 1), Bool("c", true))
	}
}

func BenchmarkSpanStartEnd(b *testing.B) {
	ctx := context.Background()
	benchInstall(b, NewJSONSubscriber(io.Discard, nil))
	for range b.N {
		_, s := Start(ctx, "span", String("id", "req-1"))
		s.End()
	}
}

func BenchmarkSlogHandler3Fields(b *testing.B) {
	ctx := context.Background()
	l := slog.New(NewSlogHandler(nil))
	benchInstall(b, NewJSONSubscriber(io.Discard, nil))
	for range b.N {
		l.LogAttrs(ctx, slog.LevelInfo, "Enabled", String("a", "x"), Int("b", 1), Bool("c", true))
	}
}

// BenchmarkSlogJSONHandler3Fields is the standard library's JSONHandler,
// for comparison.
func BenchmarkSlogJSONHandler3Fields(b *testing.B) {
	ctx := context.Background()
	l := slog.New(slog.NewJSONHandler(io.Discard, nil))
	b.ReportAllocs()
	for range b.N {
		l.LogAttrs(ctx, slog.LevelInfo, "Enabled", String("a", "x"), Int("b", 1), Bool("c", true))
	}
}

func BenchmarkParallelJSON(b *testing.B) {
	benchInstall(b, NewJSONSubscriber(io.Discard, nil))
	b.RunParallel(func(pb *testing.PB) {
		ctx, s := Start(context.Background(), "worker")
		defer s.End()
		for pb.Next() {
			Info(ctx, "Enabled", String("a", "x"), Int("b", 1))
		}
	})
}

// BenchmarkDisabledNoFields measures the runtime's own cost of a disabled
// event: the fields of the other Disabled benchmarks are built by the
// caller before the call, as they are for slog.
func BenchmarkDisabledNoFields(b *testing.B) {
	ctx := context.Background()
	benchInstall(b, NewJSONSubscriber(io.Discard, nil))
	for range b.N {
		Debug(ctx, "Disabled")
	}
}

// BenchmarkSlogDisabled3Fields is slog's disabled path with the same
// fields, for comparison.
func BenchmarkSlogDisabled3Fields(b *testing.B) {
	ctx := context.Background()
	l := slog.New(slog.NewJSONHandler(io.Discard, nil))
	b.ReportAllocs()
	for range b.N {
		l.LogAttrs(ctx, slog.LevelDebug, "Disabled", slog.String("a", "x"), slog.Int("b", 1), slog.Bool("c", true))
	}
}
