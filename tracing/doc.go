// Package tracing is a small structured-tracing runtime in the spirit of
// Rust's tracing crate: spans and events with typed fields, carried in a
// context.Context and rendered by a Subscriber.
package tracing
