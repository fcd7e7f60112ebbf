/*
Package unloggable defines an Analyzer that reports field values that
render uselessly or harmfully in a log or trace.

# Analyzer unloggable

unloggable: report field values that log as addresses, internals or payloads

Go prints anything with %v, so a value that has no useful rendering
reaches the log silently: a function or channel as a bare address, a
mutex as its state words (copied while others use it), a context as its
chain of wrappers, an *http.Request as a dump that includes its
Authorization header, a []byte body as every one of its bytes.

The analyzer looks wherever the shared table of tracing, log/slog, zap,
OpenTelemetry, hclog, logr, klog, go-kit log, zerolog and logrus APIs says a value is recorded: the value of a field
constructor (tracing.Any, tracing.String, slog.Any, slog.String,
zap.Any, zap.Reflect, zap.Binary, zap.Stringer, attribute.String,
attribute.Stringer, ...), the values of key-value arguments
(slog.Info("msg", "k", v), Logger.With, slog.Group members, zap's
Infow and SugaredLogger.With, the pairs of hclog's Logger events and
With, of logr's Info, Error and WithValues, and of klog's InfoS and
ErrorS, through klog.V too, of go-kit's Logger.Log and log.With), the
field methods of zerolog's event chains and logger contexts
(Interface, Any, Str, ...: log.Info().Interface("req", r).Msg(m),
fixed in place or removed from the chain) and logrus's WithField and
the entries of WithFields(logrus.Fields{...}), and so the fields of events, span starts
and Span.Record, also in calls written as method expressions or made
through a variable that holds the function. It reports, by the value's
static type:

  - functions, channels and unsafe.Pointer: only an address is logged;
  - sync.Mutex, RWMutex, WaitGroup, Once, Cond, Map, Pool and the
    sync/atomic types, pointers to them, structs (and pointers to
    structs) that contain them by value, directly or in nested structs
    and arrays: the log shows lock internals read without the lock;
  - context.Context: the log shows its chain of wrappers;
  - streams and connections: the io stream interfaces (io.Reader,
    io.Writer, io.Closer and their combinations, compared by identity:
    an interface of your own that embeds io.Reader is not reported, nor
    is a concrete type merely because it has a Read method), net.Conn,
    http.ResponseWriter, *os.File, *http.Request, *http.Response,
    *bufio.Reader, *bufio.Writer, *bufio.ReadWriter;
  - payloads: json.RawMessage passed as it is and *bytes.Buffer (whose
    String method logs the whole buffer), whatever their origin; byte
    arrays longer than 64 bytes; and a []byte (or a named type of it
    without methods) whose bytes hold an unbounded payload, passed as
    it is or converted, string(b), by the rule below. Other bytes are
    not reported: string(b) of them is the author saying that they are
    text, and a small value such as a signature logged beside a
    verification error is better in the log than its length.

Which bytes are a payload: a []byte is one when the function that logs
it shows where it comes from, and that is an unbounded source. Within
the enclosing function (the outermost declaration or literal, closures
included), its bytes hold a payload when the value is:

  - a call of a payload source of the API table: io.ReadAll and
    ioutil.ReadAll (a request or response body, any stream),
    os.ReadFile, ioutil.ReadFile and fs.ReadFile (a file's contents),
    (*bytes.Buffer).Bytes, httputil.DumpRequest, DumpRequestOut and
    DumpResponse; and every document encoder, which is a pattern, not
    a list: a function or method named Marshal or MarshalIndent whose
    results are exactly ([]byte, error) (json, xml, proto.Marshal,
    proto.MarshalOptions.Marshal, yaml, cbor, a generated message's
    Marshal method). MarshalText and MarshalBinary encode single values
    (a time, an address, an ID) and are not documents, and neither is
    the document of a small record: a struct (or a pointer to one) whose
    fields are all booleans, numbers, strings, time.Time, time.Duration
    or structs of the same kind (json.Marshal(Health{Health, Reason})),
    which has a fixed shape and no collection that grows with the data;
  - except a read through a limit: io.ReadAll(io.LimitReader(r, n)),
    an *io.LimitedReader, or a reader from http.MaxBytesReader, passed
    directly or through a local (or a local's field, as in
    r.Body = http.MaxBytesReader(w, r.Body, n)) that the function
    assigns one; and except a file read by a constant name
    (os.ReadFile("/etc/os-release")), which is one the program knows;
  - a conversion between byte slice types (json.RawMessage(b),
    Payload(b)) or an append whose first or spread argument holds one;
  - a slice b[i:j] of one, unless its high (or max) index is a constant
    or a min(...) with a constant argument: a fixed-size prefix is
    bounded;
  - a local variable, or a field of a local, that the function assigns
    such a value anywhere (body, err := io.ReadAll(r) counts for body),
    unless the function also assigns it a bounded slice anywhere: it
    truncates it (if len(b) > 512 { b = b[:512] }).

Everything else is of unknown origin and not reported: a parameter that
the function does not reassign from a source, a field of a parameter or
of a result, a package-level variable, the result of any other call
(bufio.Scanner.Bytes, a helper of the package), a buffer made in the
function. The rule stops at the function: what a caller passes is not
followed, so a payload handed to a function that logs it is reported
only where it is read, if it is logged there. A string is not followed
either: buf.String(), or a string variable assigned string(b), is the
author's text. A stack trace (below) is not a payload but is reported
as raw bytes.

OpenTelemetry attributes are typed: attribute.String, Int, Int64,
Float64, Bool and the slice constructors take no function, channel,
lock, context or stream, and attribute.Stringer takes a value that
renders itself, so the kinds above cannot reach a span through them and
unloggable has nothing to say about them. What a typed attribute can
still carry is a payload: attribute.String("body", string(body)) of an
unbounded body, or attribute.Stringer("buf", buf) of a *bytes.Buffer,
which are reported and fixed like any other field (attribute.Int(
"body_len", len(body)), in place, inside trace.WithAttributes too).
zap's Sprint-style sugar (sugar.Info(args...)), klog's Info,
Warning and Error and logrus's events (logrus.Info(args...)) have no fields: their arguments are the message, which
idinmessage reads.

A type that chose its own rendering is never reported: one whose method
set has LogValue() slog.Value, String() string, Error() string,
MarshalJSON() ([]byte, error), MarshalText() ([]byte, error), or
zap's MarshalLogObject or MarshalLogArray, logr's MarshalLog
(logr.Marshaler, which klog honours too), zerolog's
MarshalZerologObject or MarshalZerologArray. Nor is a func of a type
the library calls at each event to get the value, where it does (go-kit's
log.Valuer bound by log.With(logger, "ts", log.DefaultTimestampUTC); given
to Log itself, it is reported). A value
is logged through an interface (any, slog.Value), which holds a copy of
it that is not addressable, so only the method set of the value's own
static type counts: a struct passed by value whose String method has a
pointer receiver is still checked, and a pointer to it is not. The
explicit types above (json.RawMessage, *bytes.Buffer, ...) are reported
even though some of them have such methods: their rendering is the
payload itself. Values whose static type is an interface other than
the ones listed, or a type parameter, are not reported: their dynamic
type is unknown.

Each diagnostic carries at most one fix:

  - a []byte payload (or json.RawMessage), as it is or converted with
    string(b), becomes its length, under the key with a "len" suffix:
    tracing.Int("body_len", len(body)), or "body_len", len(body) in
    key-value style; a *bytes.Buffer, and buf.Bytes() called in place,
    become buf.Len() the same way;
  - a []byte holding a stack trace becomes string(buf) under the same
    key, in key-value style or an Any field (the trace is the point of
    the field): a call of debug.Stack(), or a variable that the function
    assigns, anywhere, from debug.Stack() or from a buffer sliced at the
    length runtime.Stack returned (buf = buf[:runtime.Stack(buf, false)]);
  - an *os.File becomes f.Name();
  - an *http.Request becomes two fields, method and path (r.Method and
    r.URL.Path); this needs the field to be an argument of the logging
    call and r to be free of side effects;
  - an atomic integer or boolean becomes its Load() result;
  - anything else is removed, the key together with the value in
    key-value style.

Keys come from the shared key-naming rules, in the convention chosen by
the -unloggable.keycase flag (snake, camel, kebab or pascal). No fix is
offered where the result would be odd or wrong: removing the only field
of a With, Record or Group call, removing a value (or key) whose
evaluation has side effects, or a field that is not an argument of the
logging call (a variable, a slice element).

The diagnostic of a payload names its source and points at it.

Example:

	body, _ := io.ReadAll(r.Body)
	slog.Info("upload received", "body", body, "req", r)         // WRONG
	slog.Info("upload received", "body_len", len(body),
		"method", r.Method, "path", r.URL.Path)                  // RIGHT

	resp, _ := io.ReadAll(res.Body)
	slog.Warn("upstream failed", "body", string(resp))           // WRONG: all of it, however long
	head, _ := io.ReadAll(io.LimitReader(res.Body, 1<<10))
	slog.Warn("upstream failed", "body", string(head))           // RIGHT: bounded

	tracing.Info(ctx, "cache state", tracing.Any("cache", c))   // WRONG: c holds a sync.Mutex
	func (c *Cache) LogValue() slog.Value { ... }                 // RIGHT: give it a rendering
*/
package unloggable
