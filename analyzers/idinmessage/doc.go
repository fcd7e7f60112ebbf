/*
Package idinmessage defines an Analyzer that reports log messages and
span names built at run time from values that belong in fields.

# Analyzer idinmessage

idinmessage: check for values formatted into log messages and span names

A message that embeds a value (a user ID, an order number, an error)
is a different string for every event: it cannot be grouped, counted
or searched by value, and the value itself cannot be queried. Record
the value as a field and keep the message constant:

	// WRONG
	slog.Info(fmt.Sprintf("User %d logged in", userID))
	tracing.Info(ctx, "placing order "+o.ID)
	ctx, span := tracing.Start(ctx, "GET /users/"+id)
	sugar.Info("user ", id, " logged in")

	// RIGHT
	slog.Info("User logged in", "user_id", userID)
	tracing.Info(ctx, "placing order", tracing.String("order_id", o.ID))
	ctx, span := tracing.Start(ctx, "GET /users", tracing.String("id", id))
	sugar.Infow("user logged in", "id", id)

and so does klog's: klog.Info("user ", id) becomes
klog.InfoS("user", "id", id), klog.V(2).Info its V(2).InfoS. klog's
Warning and Error have no structured form of the same shape (ErrorS
takes an error first): their messages are reported without a fix.

A span name, and the name of a span event, costs more still: it names
a class of spans (the OpenTelemetry specification asks for the most
general name that identifies one), by which tracing backends list
operations and aggregate latencies. An ID in the name makes one class
per ID. Keep the name constant and record the value as an attribute:

	// WRONG
	ctx, span := tracer.Start(ctx, "GET /users/"+id)
	span.AddEvent(fmt.Sprintf("retry %d", n))
	span.SetName("op " + id)

	// RIGHT
	ctx, span := tracer.Start(ctx, "GET /users", trace.WithAttributes(attribute.String("id", id)))
	span.AddEvent("retry", trace.WithAttributes(attribute.Int("n", n)))
	span.SetName("op")
	span.SetAttributes(attribute.String("id", id))

The analyzer reports the message (or span name) argument of every
event, span start and span rename known to tracelint, when it is built
from values. It understands:

  - tracing: its functions and *Target methods (Info, Log, Start,
    StartLevel, ...);
  - log/slog: its functions and *Logger methods (Info, InfoContext,
    Log, LogAttrs, ...);
  - zap: *zap.Logger's events (Info, Log, Check, ...), the sugared
    logger's key-value events (Infow, ...), its Sprint-style events
    (Info, Warn, ... with ...interface{}: the message is
    fmt.Sprint(args...)) and its printf-style ones (Infof, ...: the
    message is fmt.Sprintf(format, args...)), however the logger is
    reached (zap.L(),
    zap.S(), logger.With(...).Named("x"));
  - OpenTelemetry: Tracer.Start of any tracer (from otel.Tracer, a
    provider's Tracer, a struct field), Span.AddEvent (a span event
    name) and Span.SetName (a span name set after the start);
  - hclog: the events of the Logger interface (Trace, Debug, Info,
    Warn, Error, Log), whatever logger implements it (hclog.L(),
    hclog.New, logger.With(...).Named("x"));
  - logr: Logger.Info and Logger.Error (whose message follows the
    error), however the Logger is reached (logr.FromContext,
    logger.V(1), logger.WithValues(...));
  - klog: InfoS and ErrorS, as functions and through klog.V(n), and the
    Sprint-style klog.Info, klog.V(n).Info, klog.Warning and klog.Error
    (the message is fmt.Sprint(args...)), and the printf-style Infof,
    klog.V(n).Infof (rewritten to InfoS), Warningf and Errorf (no
    structured form of the same shape: reported without a fix);
  - go-kit log: Logger.Log (of any logger: level.Info(logger),
    log.With(logger, ...), log.LoggerFunc), whose message is, by
    convention, the value after the constant key "msg":
    level.Info(logger).Log("msg", "user "+id) becomes
    level.Info(logger).Log("msg", "user", "id", id), the pairs written
    after the message or at the end of the call. A call without a
    constant "msg" key has no message to read;
  - zerolog: the message of an event chain's Msg
    (log.Info().Str("k", v).Msg(msg), logger.Error(), zerolog.Ctx(ctx).Warn(),
    an event held in a variable). The fix inserts the typed field
    methods (Str, Int, Dur, Err, ...) before Msg; the chain's own fields
    count as recorded. Send has no message; Msgf's format becomes Msg's
    message;
  - logrus: the Sprint-style events (Info, Warn, Error, Print, Log, ...:
    the message is fmt.Sprint(args...)) as package functions and methods
    of *Logger and *Entry, however the entry is reached (another
    package's log.G(ctx), in a file that never imports logrus). The fix
    inserts WithField("k", v) (WithError(err), or one
    WithFields(logrus.Fields{...}) for several values) before the event,
    or adds to the logrus.Fields literal that the chain ends in; the
    chain's fields count as recorded. The printf-style events (Infof,
    Logf, ...) become their Sprint-style forms (Info, Log) with the
    fields in the chain; Infoln is not read yet;

also through chains such as logger.With(...).Info, written as method
expressions ((*slog.Logger).Info(l, ...), trace.Tracer.Start(t, ...)),
called through a variable that holds one (info := l.Info,
start := tracer.Start), on values of type parameters, and through a
program's own wrappers of them: the functions and methods that pass
their message, fields and context on unchanged (found by the analysis,
across packages), and those declared to behave as one (a
//tracelint:event LIBRARY or //tracelint:span LIBRARY directive on the
declaration, or -wrappers NAME=LIBRARY for code that cannot be
annotated). A declaration that does not fit its function is reported.
The message is reported when it is:

  - fmt.Sprintf, fmt.Sprint or fmt.Sprintln with a non-constant operand;
  - a string concatenation (+) with a non-constant operand;
  - a strconv conversion of a non-constant value;
  - err.Error(), or fmt.Errorf(...).Error();
  - a local variable of the same function assigned once from one of
    those (msg := fmt.Sprintf(...); slog.Info(msg)), or built up from
    them (msg += ...). Of a variable assigned in several places, only
    the assignments whose value can reach the call count (in a branch
    of its own, that branch's): the diagnostic names their values and
    points at them, and a call that only a constant reaches is not
    reported.

Constant messages and constant expressions ("a " + "b"), a Sprintf
without operands (fmt.Sprintf("100%% done")), a Sprint-style event
whose arguments are all constants (sugar.Info("count ", 3)), a message
that arrives as a parameter (tracer.Start(ctx, name), span.SetName(name),
sugar.Info(msg)), a message that is a value alone (sugar.Info(err), and its
printf-style form sugar.Errorf("%v", err)), a
Sprint-style event that passes a slice on (sugar.Info(args...)), a
printf-style event with a constant format and no operand
(sugar.Infof("100%% done")) or whose format is not constant
(sugar.Infof(prefix+format, args...): a wrapper's), and the printf-style
APIs of libraries without a structured form (the standard library's
log.Printf, or fmt.Errorf that is not logged) are not reported. The flag
-idinmessage.printf=false (golangci-lint: printf: false) turns the
printf-style events of the structured loggers off. Nor is a local string variable that
holds one of a few constants: declared in the function (not a
parameter), every assignment to it a constant expression, none inside
a function literal, its address never taken. The message then takes
one of a few fixed texts:

	app := "Prometheus Server"
	if agent {
		app = "Prometheus Agent"
	}
	logger.Info("Starting "+app, "agent", agent) // not reported

Nor is a call, with constant arguments, of a function of the same
package that only combines its parameters and constants into a string:
no receiver or type parameters, parameters of basic types, and a body
that is one return of constants, parameters, +, conversions, fmt's
Sprint functions, strconv's functions and calls of other such
functions. Its result is the same text at every run, as a constant's:

	func docURL(page string) string { return "https://docs.example.com/" + page }

	slog.Warn("deprecated flag; see " + docURL("config")) // not reported

Beside a value, such a call stays in the message that the fix writes
("see "+docURL("config")). Functions of other packages are not followed.

Nor are other values that hold one fixed text, which leave the message
one message:

  - fmt.Sprint(args...) (or Sprintln) of the function's own parameter
    alone: an adapter of a Println-style interface over a structured
    logger, whose message is its caller's (with a constant format of its
    own, fmt.Sprintf("note %v", args...), the message is its own and is
    reported);
  - a local error that only ever holds an error made from a constant
    text (err := errors.New("no replacer"); logger.Error(err.Error()),
    with errors.New, fmt.Errorf or github.com/pkg/errors' New and Errorf);
  - the name of a type: a value printed with %T, a string field named
    Kind (Kubernetes' TypeMeta.Kind, an object reference's Kind) or a
    call of a GetKind or Kind method returning a string. A message that
    holds one takes one of the program's few texts, not one per object
    ("Patching %s", obj.GetKind());
  - a constant of a type that formats itself (a time.Duration constant
    formatted with %v), and a constant of a named type without methods,
    whose text is its underlying value's;
  - a package-level variable of the package initialised from a constant
    or a conversion of one (var confStateKey = []byte("confState")), or
    a sentinel error made from a constant text (var ErrBusy =
    errors.New("transfer in progress"); logger.Debug(ErrBusy.Error())),
    which no code of the package assigns, increments, ranges into,
    takes the address of, copies or appends into, or calls a method on
    (but an interface's method, such as Error, which cannot change it):
    string(confStateKey) is the same text at every run. Another package
    could still assign an exported one; that is not followed.

Nor are the messages of a function that uses the logger as a line
printer for a terminal: one that also logs a blank line, an event
whose message is a constant empty (or all-space) text and which has no
field, directly or through a local variable that holds the logger's
event methods. Its messages built at run time are the lines of a
report, not events to query, and fields would break its layout:

	logger.ErrorContext(ctx, "")
	logger.ErrorContext(ctx, "Some tests did not finish:")
	for _, t := range tests {
		logger.ErrorContext(ctx, fmt.Sprintf("  %s", t)) // not reported
	}

The blank line must be in the same function (not in a function literal
inside it); an empty message with fields is an event like any other.

A component's name before constant text is not a value either. Services
often embed a base that holds their logger and their name, set once
from the service's type and "used to prefix all log lines the service
emits":

	p.Logger.ErrorContext(ctx, p.Name+": Error fetching jobs", ...) // not reported
	s.Logger.DebugContext(ctx, s.Name+logPrefixRunLoopStarted)     // not reported

The pattern: the message starts with x.f, a string field of a value x
(a variable or a chain of fields: p, c.baseService, s.notifier),
followed by constant text that starts with ':' (written out or a named
constant); and the event goes through x's own logger, a field of x
(promoted from an embedded struct or not) or x itself, possibly
through With calls. The name and the logger belong to one value, so
the prefix is the logger's name for the component, the same in every
event of the call site. A string parameter in x.f's place counts when
the function's every use, in its package, is a call that passes a
component's name for it (a string field of a value that holds a logger
of the table): logStats(ctx, c.baseService.Name). Beside a value the
prefix stays in the fixed message (p.Name+": Job done"). A string
field that varies per instance (an ID) written the same way is taken
for a name too: write such a value as a field.

The suggested fix makes the message constant and records each value as
one field in the call's own style: key-value pairs for slog's Info,
zap's Infow and the events of hclog, logr and klog (after the error of
logr's Error and klog's ErrorS: logger.Error(err, "failed", "path", p)), slog attributes for LogAttrs (and for a slog.Info whose
fields are all slog.Attr values: slog.String("id", id), not "id", id),
tracing fields for tracing, zap fields for *zap.Logger, OpenTelemetry
attributes for spans.

A zap Sprint-style event becomes its key-value form, the method renamed
and the arguments rewritten:

	sugar.Info("user ", id, " logged in")
	// becomes
	sugar.Infow("user logged in", "id", id)

and so does a printf-style one, whose format is the text (%% a percent
sign); a value the verb formats its own way (%q, %x, %08.3f) has no
fmt.Sprintf at hand to keep that format, and no fix:

	sugar.Infof("user %s logged in", id)             // sugar.Infow("user logged in", "id", id)
	log.Info().Msgf("user %d logged in", id)         // log.Info().Int("id", id).Msg("user logged in")
	logrus.Infof("user %d logged in", id)            // logrus.WithField("id", id).Info("user logged in")
	klog.V(2).Infof("user %s logged in", id)         // klog.V(2).InfoS("user logged in", "id", id)

Its constant text is what fmt.Sprint would have printed without the
values: Sprint puts a space between two operands when neither is a
string ("shard", n, m prints "shard3 5"). Beside an operand of interface
type, whether it does depends on the dynamic value, which may be a
string: such a message (and such an fmt.Sprint one) has no fix. Nor has an event called
through a variable holding the method.

OpenTelemetry's attributes travel in a trace.WithAttributes option. The
fix adds the new attributes to the call's own WithAttributes (the last
one that does not spread a slice), on its line or, where it puts one
attribute per line, each on a line of its own; otherwise it adds a
trace.WithAttributes(...) option after the call's last argument. It
imports trace and attribute where the file does not, and gives no fix
where either name is taken by something else at the call. The keys
inside the call's options are not reused, and a value the call records
there already is only removed from the name:

	ctx, span := tracer.Start(ctx, "order "+o.ID, trace.WithAttributes(attribute.Int("items", n)))
	// becomes
	ctx, span := tracer.Start(ctx, "order", trace.WithAttributes(attribute.Int("items", n), attribute.String("order_id", o.ID)))

SetName takes no options: the fix makes the name constant and records
the values in a SetAttributes call of the same span, a statement of its
own on the next line. It does so only when SetName is a statement alone
on its line (not deferred, nor called through a variable) and its
receiver an expression without effects (span, s.span, not spanOf(ctx)),
and when the values have no effects either (they now run after the
rename).

The attribute package has constructors for strings, ints, int64s,
float64s and booleans only: a value with a String method goes through
attribute.Stringer (a time.Duration), and a value of any other type (an
error, a struct, a uint64, a type parameter) has no fix. The new fields
are placed as the call's own: after its last argument, or, in a call
that puts one field per line before a closing parenthesis of its own,
each on a line of its own with a trailing comma.

The message is rewritten around the values it loses the way a reviewer
would (package phrase, the one rewrite of every library's fix): a value
goes together with the words that only served it — its preposition and
the noun naming it ("for node %s", "by %s hook"), its article, a "key=" label, a unit
after a number ("%d ms"), the brackets, quotes and separators left empty
(": ", " - ", a trailing '/') — the words that carry meaning stay, and
spacing and capitalisation are fixed at the joins:

	"syncing %d files to %s"             → "syncing files"   files, dest
	"lease for node %s expired after %v" → "lease expired"   node, after
	"failed to open %s: %v"              → "failed to open"  path, error
	"got %d rows (limit %d)"             → "got rows"        rows, limit
	"%s is unhealthy" (node.Name)        → "node is unhealthy"

Each field's constructor follows the value's static type (tracing.Int,
slog.Duration, zap.Int64, tracing.Err and zap.Error for an error, Any
for the rest). Its key comes from the expression (userID → user_id,
o.ID with o an Order → order_id, req.URL.Path → path, len(items) →
items, time.Since(start) → elapsed, r.Header.Get("X-Request-Id") →
x_request_id, c.String("server") → server, version.Get() → version,
err → error, r of r := recover() → panic), from the message where the expression's name
says nothing (n in "got %d rows" → rows, "attempt=%d" → attempt), or from
both (id in "user %s" → user_id); a unit joins it (elapsed_ms). A
value that the package's own fields already record under one key (a
selector or a call: repo.FullName in a package that writes
Str("repo", repo.FullName)) gets that key, so that one thing has one
name across the package's events. Keys already on the call are not
reused (a field's owner then tells the new key apart: requestItem.UID
beside a logger's uid → request_item_uid); two values that would get the same
key are told apart by the words around them. A value that neither names
gets no fix rather than a key like "value".

Where no word of the message is left (slog.Error(err.Error())) and a
value or a field of the call is an error (of type error or of a type
that implements it, a *CmdError; its key is then "error" too), the
event is named after the
call that returned the error, when the event is in the if statement that
checks it ("listen and serve failed" for if err := srv.ListenAndServe();
err != nil), else after the function the call is in ("handle request
failed" in handleRequest, never main or init); the fix says which.
Otherwise there is no fix.

A value that the call records as a field already is reported as such,
and the fix only removes it from the message:

	l := logger.With("repo", repo)
	l.Info(fmt.Sprintf("processing backfill: %s", repo))
	// repo is already recorded as repo; remove it from the message so
	// that the message is constant
	// becomes
	l.Info("processing backfill")

The fields a call records are its own field arguments; those of a
slice it spreads (slog.Info(msg, attrs...)) that is a local variable
built in the function (attrs := []any{"id", id}, []slog.Attr{...}),
with the elements appended to it in the block of the call; those of
the With calls of its receiver chain (logger.With(...).Info); and those
of the With calls that made a local logger variable (l :=
logger.With(...), then l = l.With(...) in the block of the call). A
field added only on some paths (an append or a With in a branch), or a
variable assigned afresh more than once, does not count. The
diagnostic points at a field recorded outside the call.

A verb whose output differs from the value's own rendering (%x, %q,
%08d) keeps its formatting in the field:

	slog.Info(fmt.Sprintf("blob %x stored", digest))
	// becomes
	slog.Info("blob stored", "digest", fmt.Sprintf("%x", digest))

The fixed texts above (a kind, a type's name, a constant) stay in the
message the fix writes, printed as the message printed them: a string
as itself, anything else through the message's own fmt.Sprintf with
its directive:

	log.Info(fmt.Sprintf("Rotating %s, new name %s", obj.GetKind(), name))
	log.Info(fmt.Sprintf("Creating watch %s for %T", w.Name(), w.Object()))
	// become
	log.Info("Rotating "+obj.GetKind(), "new_name", name)
	log.Info(fmt.Sprintf("Creating watch for %T", w.Object()), "watch_name", w.Name())

The diagnostic comes without a fix where the rewrite could change what
runs or what is printed: indexed verbs (%[1]d), widths or precisions
taken from operands (%*d), a verb count that does not match the
operands, a fixed text kept in the message whose call would now run
before a value with effects of its own that ran first, operands with effects that would move past other arguments
with effects of their own or that read a package variable, a message built up in several assignments (in a
loop, say), a message variable not declared in the statement right before the call, a message with no
words left once its values are removed (unless an error names the
event, above), and a message that also holds
one of those fixed texts where the fix cannot print it as the message
did (in a Sprint-style event, which has no fmt.Sprintf at hand), and a
Sprint-style event whose constant operands Sprint glues into one word
(logr's pairs on logrus: log.Error(err, "unable to create controller",
"controller", "ApplicationSet") prints "...controllercontroller..."). It also comes without a fix
where a value would become a field that renders badly (a
context.Context, a func, a channel, a lock, a stream, a []byte payload:
what the unloggable analyzer reports), so that the fix never trades one diagnostic for another.

Nor is there a fix where a rewrite rule would misfire: the value
completes a comparison ("less than %d", "between %d and %d", "%s != %s"), it is a
noun inside the sentence ("got an empty %s instead"), it is a
quantity of the words after it ("sent %d%% of the batch"), it completes
the sentence ("expected one of %v"), it is the subject and its
expression names nothing ("%s is unhealthy", s), or it sits inside a
URL with more than the value's host ("fetching http://%s/metrics"; a
bare "on http://%s/" goes whole, and the field records the host).

A verb with a precision of a float (%.2f, %e) becomes a float field: the
value is kept, only the digits it is rendered with change.

A new key is written in the case of the keys around it: those of the
call (and of the With calls that made its logger), else those of the
file, else those of the package, whichever case most of their keys of
more than one word use (execTime beside userAgent, exec_time beside
user_agent); snake_case where they do not tell. The flag
-idinmessage.keycase (snake, camel, kebab or pascal), when set, chooses
the case of every new key instead.
*/
package idinmessage
