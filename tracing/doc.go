// Package tracing is a small structured-tracing runtime in the spirit of
// Rust's tracing crate: spans and events with typed fields, carried in a
// context.Context and rendered by a Subscriber.
//
// # Setup
//
// Install a subscriber first thing in main. Until one is installed every
// span and event is dropped, silently, at the cost of one atomic load:
//
//	func main() {
//		tracing.Init() // text on stderr, filter from GO_LOG (default "info")
//
//		// A root span for the application's lifetime.
//		ctx, span := tracing.Start(context.Background(), "app-start")
//		defer span.End()
//
//		processRequest(ctx, "req-1")
//		processRequest(ctx, "req-2")
//	}
//
// # Spans and events
//
// A span is a period of time: handling a request, a query. Start returns
// the span and a context holding it; events emitted with that context,
// and spans started from it, are recorded inside the span. Where Rust
// writes #[instrument], Go starts a span at the top of the function and
// ends it with defer, recording the arguments as fields:
//
//	func processRequest(ctx context.Context, id string) {
//		ctx, span := tracing.Start(ctx, "process_request", tracing.String("id", id))
//		defer span.End()
//
//		tracing.Info(ctx, "Processing request")
//		...
//		tracing.Info(ctx, "Done")
//	}
//
// The text subscriber writes each event with its spans, from the root:
//
//	2026-11-25T10:00:00.000000Z  INFO app-start:process_request{id="req-1"}: Processing request
//	2026-11-25T10:00:00.100000Z  INFO app-start:process_request{id="req-1"}: Done
//
// # Structured fields
//
// Fields are key-value pairs on spans and events (they are slog.Attr
// values). Put identifiers and measurements into fields, never into the
// message: tracing.Info(ctx, "Login", tracing.Int("user_id", id)), not
// a message built with fmt.Sprintf. Fields can be filtered and
// aggregated without parsing text, and keep their types.
//
//	func fetchUser(ctx context.Context, userID uint64) {
//		ctx, span := tracing.Start(ctx, "fetch_user", tracing.Uint64("user_id", userID))
//		defer span.End()
//
//		tracing.Info(ctx, "Fetching user", tracing.Uint64("user_id", userID))
//		if userID > 1000 {
//			tracing.Warn(ctx, "High latency detected",
//				tracing.Uint64("user_id", userID), tracing.Int("latency_ms", 50))
//		}
//	}
//
// Span.Record adds fields known only after the span started. Do not log
// values that cannot be rendered usefully (streams, locks, functions,
// large buffers): log what you need from them, such as a length or a name.
//
// # Errors, nesting and goroutines
//
// Nested spans nest in the output, and an error event carries the whole
// chain, which leads back to the request that failed:
//
//	func fetchData(ctx context.Context, id string) ([]byte, error) {
//		ctx, span := tracing.Start(ctx, "fetch_data")
//		defer span.End()
//		if id == "conn-2" {
//			tracing.Error(ctx, "Simulated failure", tracing.String("id", id))
//			return nil, errors.New("timeout")
//		}
//		return []byte{1, 2, 3}, nil
//	}
//
// A goroutine does not inherit a span unless it is given the context:
// a goroutine started with context.Background() loses the trail. Go
// starts a goroutine with the caller's context, and records a panic in it
// as an ERROR event before letting it crash the program as usual:
//
//	tracing.Go(ctx, func(ctx context.Context) {
//		handleConnection(ctx, "conn-1")
//	})
//
// A span whose level is disabled is not created: Start returns the
// parent context and a nil *Span, whose methods do nothing, so the events
// inside belong to the enclosing span (Rust's or_current).
//
// # Filtering
//
// GO_LOG takes RUST_LOG's directives: GO_LOG=debug, or
// GO_LOG=info,acme/db=trace,[fetch_data]=debug (see Filter). Targets
// (NewTarget) name the parts of a program for filtering; the package
// functions use the default target, whose name is empty. A disabled event
// costs an inlined atomic load and a comparison; its fields are built by
// the caller before the call, so guard expensive ones with Enabled.
//
// # Subscribers
//
// NewTextSubscriber writes tracing-subscriber's fmt format, with colour
// on terminals; NewJSONSubscriber one JSON object per line for log
// aggregation (GO_LOG_FORMAT=json with Init); NewSlogSubscriber writes
// into any slog.Handler. Any type implementing Subscriber can be
// installed with SetDefault. In the other direction, NewSlogHandler
// routes log/slog into tracing, with the span of the record's context;
// Init installs it as slog's default.
//
// # Performance
//
// An enabled event copies its fields into an Event with room for five
// (larger ones borrow pooled storage), so the variadic slice never
// escapes, and subscribers append-encode into pooled buffers: events of
// the slog kinds do not allocate. A span start allocates once (the span
// and its context share the allocation); the text and JSON forms of a
// span's fields are rendered once and cached.
package tracing
