/*
Package noinit defines an Analyzer that reports programs whose events
and spans go nowhere because the process-wide default they go through
is never installed, or installed too late.

# Analyzer noinit

noinit: check that a program emitting through a library's default installs it first

Some libraries send events and spans through a process-wide default
that does nothing until the program installs one: there is no compiler
error, the program just runs silently. noinit knows three:

  - the tracing runtime: tracing.Info, tracing.Start and the others go
    through the default subscriber, installed by tracing.Init or
    tracing.SetDefault;
  - zap: zap.L() and zap.S() return no-op loggers until
    zap.ReplaceGlobals;
  - OpenTelemetry: otel.Tracer and otel.GetTracerProvider give no-op
    spans until otel.SetTracerProvider.

It reports, in package main only, and for each library on its own (a
program that installs the tracing subscriber but never calls
zap.ReplaceGlobals is reported for zap only):

A program that emits through a library's default (in package main or in
any package it imports) whose main never installs it, neither directly,
nor through a function that installs (in this package or another), nor
in an init function (its own or that of an imported package). The
report is at main. For the tracing runtime, the fix inserts
tracing.Init() as its first statement:

	func main() {
		tracing.Info(ctx, "starting") // WRONG: dropped, nothing installed
	}

	func main() {
		tracing.Init() // RIGHT
		tracing.Info(ctx, "starting")
	}

For zap and OpenTelemetry there is no fix: which logger (production,
development, a config) or which exporter is the program's decision:

	func main() {
		zap.L().Info("starting") // WRONG: zap.L() is a no-op logger
	}

	func main() {
		logger, err := zap.NewProduction()
		if err != nil {
			log.Fatal(err)
		}
		defer zap.ReplaceGlobals(logger)() // RIGHT
		zap.L().Info("starting")
	}

For zap and OpenTelemetry only the uses in the main package's own
module count: a dependency of another module that logs through zap.L()
or starts spans through otel.Tracer (otelhttp, a gRPC interceptor) is
meant to stay a no-op until the program opts in. Installs count from
any module. When the module is not known (GOPATH mode) every package
counts. Spans started from a provider that the program builds and
holds need no global:

	tp := sdktrace.NewTracerProvider()
	_, span := tp.Tracer("app").Start(ctx, "run") // RIGHT: not the global provider

For zap and OpenTelemetry a program is not reported either when it
links a function that installs the default, even one that main does not
reach by calls and references: services install zap's globals and
OpenTelemetry's provider in components that a framework starts through
interfaces (jaeger's query extension calls jtracer.New, which calls
otel.SetTracerProvider, when the collector starts it), which a static
walk from main does not follow. The tracing runtime's subscriber keeps
the stricter rule: main must reach the installation.

An event, a span start, a goroutine started or a function of the same
package called on the straight-line path of main before the statement
that installs the default it goes through: that first event is lost.
For zap, calling zap.L() or zap.S() itself is premature, since what it
returns stays the no-op logger after the install; OpenTelemetry's
global provider delegates, so a tracer taken early is fine, but a span
started early through it (otel.Tracer("app").Start(ctx, "early")) is
lost. When the installation is a plain call statement that does not use
a variable declared in main, the fix moves it up to just before the
first premature statement:

	func main() {
		tracing.Info(ctx, "starting") // WRONG: before Init, lost
		tracing.Init()
	}

	func main() {
		log := zap.L() // WRONG: the no-op logger, for good
		zap.ReplaceGlobals(logger)
		log.Info("starting")
	}

An event emitted (or, for zap, zap.L() called) in an init function of
package main before anything installed the default: init always runs
before main can install one. There is no fix; move the event into main.

Programs that only use log/slog (its default handler prints), that emit
nothing, and test files are never reported. Deferred calls count as
running at the end of main, but their arguments and function value are
evaluated on the spot: defer zap.ReplaceGlobals(logger)() installs.

The analyzer computes two facts: the package fact "emits" (the package,
or one it imports, emits through the default of the libraries it lists,
with the module of the code for zap and OpenTelemetry) and the fact
"installs", on a function that installs the defaults it lists and on a
package whose init functions (or those of its imports) install them.
*/
package noinit
