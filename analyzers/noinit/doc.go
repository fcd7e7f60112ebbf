/*
Package noinit defines an Analyzer that reports programs whose tracing
events go nowhere because no subscriber is installed in time.

# Analyzer noinit

noinit: check that a program emitting tracing events installs a subscriber first

Without an installed subscriber the tracing runtime drops every event
and span: there is no compiler error, the program just runs silently.
noinit reports, in package main only:

A program that emits events or starts spans (in package main or in any
package it imports) whose main never installs a subscriber with
tracing.Init or tracing.SetDefault, neither directly, nor through a
function that installs (in this package or another), nor in an init
function (its own or that of an imported package). The report is at
main, and the fix inserts tracing.Init() as its first statement:

	func main() {
		tracing.Info(ctx, "starting") // WRONG: dropped, nothing installed
	}

	func main() {
		tracing.Init() // RIGHT
		tracing.Info(ctx, "starting")
	}

An event, a span start, a goroutine started or a function of the same
package called on the straight-line path of main before the statement
that installs the subscriber: that first event is lost. When the
installation is a plain call statement that does not use a variable
declared in main, the fix moves it up to just before the first
premature statement:

	func main() {
		tracing.Info(ctx, "starting") // WRONG: before Init, lost
		tracing.Init()
	}

An event emitted in an init function of package main before anything
installed a subscriber: init always runs before main can install one.
There is no fix; move the event into main.

Programs that only use log/slog (its default handler prints), that emit
nothing, and test files are never reported. Deferred calls count as
running at the end of main.

The analyzer computes two facts: the package fact "emits" (the package,
or one it imports, emits tracing events) and the fact "installs", on a
function that installs a subscriber and on a package whose init
functions (or those of its imports) install one.
*/
package noinit
