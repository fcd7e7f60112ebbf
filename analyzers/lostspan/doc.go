/*
Package lostspan defines an Analyzer that reports code that drops the
context carrying the current span.

# Analyzer lostspan

lostspan: report spans lost by dropping the context in scope

A span lives in a context.Context: events and child spans join it only
when they are given that context. Code loses the span wherever it stops
passing the context, most often at a goroutine boundary (the Go version of
Rust's span lost at tokio::spawn).

lostspan understands the span starts, events and spawners of tracelint's
API table: the tracing runtime (tracing.Start, tracing.Info, tracing.Go),
log/slog (slog.Info and its Context forms), OpenTelemetry
(Tracer.Start on any trace.Tracer: otel.Tracer("x"), a provider's
tp.Tracer("x"), a tracer held in a struct field or given as a type
parameter; trace.ContextWithSpan; Span.End), zap (whose events take no
context and are never reported as context-less), the contexts that
logrus's WithContext and zerolog's Event.Ctx give to events (their
hooks read the span from them: context.Background() there is reported
as for an event), and the goroutine
spawners sync.WaitGroup.Go, errgroup.Group.Go and TryGo and
time.AfterFunc; called directly, as method expressions or through
variables that hold them.

A context is in scope when the enclosing function, or an enclosing
function literal, has a context.Context parameter or local variable. Of the
contexts in scope, the span context is the one most recently derived, in
source order, that carries the newest span: the ctx returned by the latest
span start (ctx, span := tracing.Start(ctx, "op"), or ctx, span :=
tracer.Start(ctx, "op") with OpenTelemetry), or a context derived from it
by context.With* or by any call that takes it and returns a context
(errgroup.WithContext, say). trace.ContextWithSpan(parent, span) derives
a span context too. When span is the one parent carries already, it is
a copy of parent. When span was started in scope (or taken from another
context: trace.SpanFromContext(sctx)), it carries that span with
parent's cancellation, not the span context's:
trace.ContextWithSpan(context.Background(), span), the usual way to hand
a goroutine the span and not the caller's cancellation, is never
reported. Otherwise (a span parameter, a field) it carries a span of its
own, as a span start's context does, and parent is then stale. A
context derived later from an older one does not carry the newest span
and does not take its place. With no span started in scope, the most recently derived context
(or else a parameter) is the span context: it carries the caller's span.
A variable set from context.Background() or TODO(), or derived from one
without starting a span, carries no span and does not count; the ctx
parameter of a function literal (a callback such as tracing.Go's) carries
the span context of the code that writes it. A context declared in a
block stops being current when the block ends, and a span context stops
being current after a plain (not deferred) call of its span's End
(span.End() of tracing or OpenTelemetry), so that sequential spans are
not confused with nested ones. The analysis is one walk over each
function's syntax with that small scope model: it does not follow
values through other functions, fields or channels, and a
goroutine function spawned by name (f := func() {...}; go f()) is not
looked into.

Inside spawned code (a go statement's call, and the function given to
sync.WaitGroup.Go, errgroup.Group.Go and TryGo, time.AfterFunc or
tracing.Go), when a context is in scope, lostspan reports:

  - context.Background() or context.TODO() passed to any call. At the
    spawn's entry (go f(context.Background()), tracing.Go(context.TODO(),
    ...), or the first statement, defers aside, of the spawned function
    literal: go func() { defer wg.Done(); f(context.Background()) }()) the
    goroutine starts a new trace: "goroutine starts from
    context.Background(), so its events leave the span carried by ctx".
    Given to any other call in the goroutine, the callee's work leaves the
    span: "AppendWatcherMetadata gets context.Background() in a goroutine,
    so its work leaves the span carried by ctx"; the callee is named as
    written without its receiver (work, pkg.Load, AppendWatcherMetadata
    for m.AppendWatcherMetadata). The fix passes
    context.WithoutCancel(ctx), which keeps the span but, like Background,
    not the caller's cancellation, so the goroutine may still outlive the
    caller. Given as the context of an event or span start, the message
    is that of the event or span start (below), in a goroutine too; the
    fix passes ctx itself to an event, context.WithoutCancel(ctx) to a
    span start in a goroutine.
  - a context variable set from context.Background() or TODO() (ctx :=
    context.Background()): the goroutine's work leaves the span from
    there on. The fix sets it from context.WithoutCancel(ctx).
  - a context-less event (slog.Info, logger.Warn, ...): its event leaves
    the span. The fix calls the Context form: slog.InfoContext(ctx, ...).
    Only an event that has a Context form is context-less: zap's events
    take no context at all, and OpenTelemetry's span.AddEvent is attached
    to its span, not to a context.
  - a stale context: an ancestor of the span context from which a span was
    started under another name. The goroutine's work lands outside the
    span just started. The fix passes the span context (the one nearest to
    the stale context that differs from it only by started spans, so the
    goroutine keeps the same cancellation).

Anywhere in a function with a context in scope, lostspan reports
context.Background() or TODO() given as the context of an event or span
start (slog.InfoContext, slog.Log, tracing.Info, tracing.Start,
Tracer.Start, ...); the fix passes the span context.

Every diagnostic claims that a span is lost, and lostspan makes that
claim only where the code shows that the span context may carry one: a
span was started on the way to it (by any span start of the table,
OpenTelemetry's included, or put in by trace.ContextWithSpan), it is a
request's context (r.Context()), or it comes from outside what the
package can see in a library package (a parameter: its callers may hold a span). In package
main the program's own code is all there is: a context that descends
from context.Background() or TODO() (signal.NotifyContext(
context.Background(), ...), say) carries no span into the functions
main's package calls with it, nor into the callbacks it hands a
framework (a CLI's Action func(ctx, ...)), nor is one read from a field
or returned by another package taken to carry one (urfave/cli's
cctx.Context, cobra's cmd.Context()). A parameter of a function of
package main carries a span when a call in the package passes it one, or
when nothing in the package calls the function or uses it as a value (a
method that a server framework calls, whose interceptors may start
spans).

With -lostspan.ctxless, context-less events are reported outside
goroutines too, and every context in scope counts as a span context,
evidence or not: for teams that want every slog.Info to be
slog.InfoContext when a context is available.

Packages whose imports, directly or not, reach no logging or tracing API
of the table are not analysed: their code reaches a span only through an
interface or a function value, which the analysis does not follow, and
skipping them keeps the shared syntax inspector (the largest allocation
of a run) to the packages that can report.

Never reported: a function with no context in scope; contexts derived
from the span context (context.WithoutCancel(ctx), WithValue, WithTimeout);
tracing.Go(ctx, ...); a goroutine that receives the span context by
argument or capture; the root tracing.Start(context.Background(), ...)
or tracer.Start(context.Background(), ...) of a function that has no
other context; a context derived from context.Background() in a
goroutine and stored in a package-level variable or a field (waitCtx,
cancel = context.WithCancel(context.Background())), made to outlive the
call; trace.ContextWithSpan(context.Background(), span); a span
started from context.Background() in a function that links spans
(trace.LinkFromContext, Span.AddLink or trace.WithLinks anywhere in its
body): a new root linked to the span in scope is OpenTelemetry's way to
detach work that outlives the request, on purpose.

Each diagnostic points at the expression that loses the context, with
related information at the place the span context comes from. There is no
fix where the span context cannot be named at that point (shadowed by
another variable of the same name).

WRONG:

	func (s *Server) handle(ctx context.Context, req Request) {
		ctx, span := tracing.Start(ctx, "handle")
		defer span.End()
		go func() {
			slog.Info("audit", "user", req.User)
			s.notify(context.Background(), req)
		}()
	}

RIGHT:

	func (s *Server) handle(ctx context.Context, req Request) {
		ctx, span := tracing.Start(ctx, "handle")
		defer span.End()
		go func() {
			slog.InfoContext(ctx, "audit", "user", req.User)
			s.notify(context.WithoutCancel(ctx), req)
		}()
	}

WRONG (OpenTelemetry):

	func (s *Server) sync(ctx context.Context, ids []string) {
		ctx, span := s.tracer.Start(ctx, "sync")
		defer span.End()
		go func() {
			ctx, span := s.tracer.Start(context.Background(), "sync.flush")
			defer span.End()
			s.flush(ctx, ids)
		}()
	}

RIGHT:

	func (s *Server) sync(ctx context.Context, ids []string) {
		ctx, span := s.tracer.Start(ctx, "sync")
		defer span.End()
		go func() {
			ctx, span := s.tracer.Start(context.WithoutCancel(ctx), "sync.flush")
			defer span.End()
			s.flush(ctx, ids)
		}()
	}

WRONG (stale parent):

	sctx, span := tracing.Start(ctx, "fanout")
	defer span.End()
	for _, u := range urls {
		g.Go(func() error { return fetch(ctx, u) })
	}

RIGHT:

	for _, u := range urls {
		g.Go(func() error { return fetch(sctx, u) })
	}
*/
package lostspan
