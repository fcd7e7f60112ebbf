/*
Package spanend defines an Analyzer that reports spans that are never
ended and spans that a loop nests by accident.

# Analyzer spanend

spanend: report spans not ended on every path, and spans nested by a loop

A span ends only when the code says so: span.End(). A span that some path
out of its function leaves open never reaches the exporter (OpenTelemetry)
or the subscriber's close (the tracing runtime), and its parent shows a
hole where it should be. spanend follows the function's control flow from
each span start of tracelint's API table (tracing.Start and StartLevel,
Tracer.Start of OpenTelemetry, the program's own span-start wrappers) and
reports the start when a return, the end of the function, or the next
iteration of a loop can be reached without End:

	ctx, span := tracer.Start(ctx, "fetch")
	if err != nil {
		return err // span started here is not ended on the path through this line
	}
	span.End()

The fix inserts defer span.End() right after the start (outside loops,
where a defer would hold every iteration's span until the function
returns). A span assigned to _ can never end; the fix names it and defers
its End.

Paths that end the program or the goroutine are not leaks: os.Exit,
log.Fatal, runtime.Goexit, testing's t.Fatal, the Fatal and Panic events
of the logging libraries, panic (unless the function recovers), and the
package's own functions that never return. A span that escapes is never
reported: one returned, stored in a field, a map or a struct, passed to a
function (which may end it), sent on a channel, or captured by a function
literal that ends it (defer func() { span.End() }()); nor one whose
context is returned (its caller ends it through SpanFromContext).

A span start in a loop that assigns a context declared outside the loop,
from that same context, nests each iteration's span in the previous one:

	for _, item := range items {
		ctx, span = tracer.Start(ctx, "item") // each span is the child of the last
		...
	}

The fix declares fresh variables for the iteration (ctx, span :=) when
nothing after the loop, and nothing earlier in the loop, reads them.

With -spanend.errors, an OpenTelemetry span is also reported when its
function returns an error that is surely not nil on a path that neither
calls span.RecordError nor span.SetStatus (a deferred function literal
that does counts for every path, and a path that hands the span to a
function leaves the recording to it; a literal that only ends the span,
defer func() { span.End() }(), records nothing). Surely not nil: the variable of
an enclosing err != nil check, a package's Err… variable, or a call
that builds an error (fmt.Errorf, errors.New, status.Error, a call
wrapping the checked error); an error passed on from a call (return
conn.Close()) may be nil and is not reported. The fix records the error and sets the status before each
such return:

	if err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, err.Error())
		return err
	}
*/
package spanend
