package tracing

import (
	"context"
	"fmt"
	"runtime/debug"
)

// Go runs f(ctx) in a new goroutine. ctx, and the span it holds, cross
// into the goroutine, which a bare go statement with a fresh context
// would lose:
//
//	tracing.Go(ctx, func(ctx context.Context) {
//		tracing.Info(ctx, "Refreshing cache") // inside the caller's span
//	})
//
// If f panics, the panic is recorded as an ERROR event in ctx, with the
// fields "panic" (the value) and "stack", and f's goroutine then panics
// again with the same value: the program's behaviour does not change,
// but the trace says where it happened.
func Go(ctx context.Context, f func(ctx context.Context)) {
	go run(ctx, f)
}

// run calls f and reports its panic.
func run(ctx context.Context, f func(ctx context.Context)) {
	defer func() {
		if r := recover(); r != nil {
			Error(ctx, "goroutine panicked",
				String("panic", fmt.Sprint(r)),
				String("stack", string(debug.Stack())))
			panic(r)
		}
	}()
	f(ctx)
}
