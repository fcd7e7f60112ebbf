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

The analyzer looks wherever the shared table of tracing, log/slog and
zap APIs says a value is recorded: the value of a field constructor
(tracing.Any, tracing.String, slog.Any, slog.String, zap.Any,
zap.Reflect, zap.Binary, ...), the values of key-value arguments
(slog.Info("msg", "k", v), Logger.With, slog.Group members, zap's
Infow and SugaredLogger.With), and so the fields of events, span starts
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
  - payloads: []byte (and named types of it without methods) and
    json.RawMessage passed as they are, *bytes.Buffer (whose String
    method logs the whole buffer), and byte arrays longer than 64
    bytes. An explicit conversion string(b) is never reported: it is
    the author saying that the bytes are text, and it logs as text.

A type that chose its own rendering is never reported: one whose method
set has LogValue() slog.Value, String() string, Error() string,
MarshalJSON() ([]byte, error), MarshalText() ([]byte, error), or
zap's MarshalLogObject or MarshalLogArray. A value
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

  - a []byte payload (or json.RawMessage) becomes its length, under
    the key with a "len" suffix: tracing.Int("body_len", len(body)), or
    "body_len", len(body) in key-value style; a *bytes.Buffer becomes
    buf.Len() the same way;
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

Example:

	slog.Info("upload received", "body", body, "req", r)         // WRONG
	slog.Info("upload received", "body_len", len(body),
		"method", r.Method, "path", r.URL.Path)                  // RIGHT

	tracing.Info(ctx, "cache state", tracing.Any("cache", c))   // WRONG: c holds a sync.Mutex
	func (c *Cache) LogValue() slog.Value { ... }                 // RIGHT: give it a rendering
*/
package unloggable
