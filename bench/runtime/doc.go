// Package runtimebench compares the speed of the tracing runtime with zap,
// zerolog and log/slog.
//
// Every library runs the same cases, each writing one JSON object per
// event to io.Discard with a timestamp:
//
//	Disabled3  a debug event with 3 fields, with the logger at info
//	Guarded3   the same behind the library's enabled check (zap Check,
//	           zerolog Event.Enabled, slog Logger.Enabled, tracing.Enabled)
//	Msg3       an info event: message + 3 fields (string, int, bool)
//	Msg10      an info event: message + 10 fields of mixed kinds (string,
//	           int, bool, float, duration, time, error)
//	Ctx10      an info event with a static message and no fields of its
//	           own, with 10 fields of context already attached (a logger
//	           With; for tracing, a span started with the 10 fields)
//	Nested3    tracing only: message + 3 fields inside two nested spans
//
// Each benchmark has one sub-benchmark per library, named lib=NAME, so
// that benchstat -col /lib prints the libraries side by side. The
// benchmarks run serially (a plain for range b.N loop, not
// b.RunParallel; and not b.Loop, whose keep-alive rewriting adds a copy
// of every field argument, which a user's call does not pay), as the
// runtime's own benchmarks in tracing/ do, so ns/op is the latency of
// one call on one core. Besides ns/op, B/op and allocs/op each benchmark
// reports cpu-ns/op, the process's CPU time per call, which a busy
// machine disturbs less than wall time.
//
// The libraries are configured as their users configure them for
// production JSON:
//
//	zap      zap.New over a zapcore JSON core with zap.NewProductionEncoderConfig
//	         (epoch-seconds timestamp), no sampling, no caller, no stack traces
//	zerolog  zerolog.New(w).With().Timestamp() (RFC 3339 timestamp)
//	slog     slog.NewJSONHandler (RFC 3339 timestamp with nanoseconds),
//	         called through Logger.LogAttrs, its typed-attribute fast path
//	tracing  tracing.NewJSONSubscriber installed with tracing.SetDefault,
//	         called through the package functions (tracing.Info, ...)
//
// Run bench/run-runtime.sh to reproduce the table in docs/speed-runtime.md.
package runtimebench
