package apis

// Package paths the table knows.
const (
	Tracing  = "github.com/tracelint/tracelint/tracing"
	Slog     = "log/slog"
	Sync     = "sync"
	Errgroup = "golang.org/x/sync/errgroup"
	Time     = "time"
	Zap      = "go.uber.org/zap"
	Zapcore  = "go.uber.org/zap/zapcore"

	Otel      = "go.opentelemetry.io/otel"
	OtelTrace = "go.opentelemetry.io/otel/trace"
	OtelAttr  = "go.opentelemetry.io/otel/attribute"
	OtelCodes = "go.opentelemetry.io/otel/codes"

	Hclog = "github.com/hashicorp/go-hclog"
	Logr  = "github.com/go-logr/logr"
	Klog  = "k8s.io/klog/v2"
	Gokit = "github.com/go-kit/log"

	Zerolog    = "github.com/rs/zerolog"
	ZerologLog = "github.com/rs/zerolog/log"
	Logrus     = "github.com/sirupsen/logrus"
)

// A Library is one logging or tracing library, described once: its
// field style and its rows. A library whose events go through a
// process-wide default (its Global rows) that a program must install
// (its Install rows) also says what that default is called and how a
// fix installs it.
type Library struct {
	Name  string
	Style *Style // nil for a library without fields (the spawners)

	// Sink names what the Install rows install, for messages, without an
	// article: "tracing subscriber".
	Sink string
	// InstallFunc is a function of InstallPkg (usually named
	// InstallPkgName), taking no argument, that installs a reasonable
	// default: noinit's fix calls it first in main. "" when installing is
	// the user's decision (no fix).
	InstallPkg, InstallPkgName, InstallFunc string
	// Choice names, for messages, what a program decides when it
	// installs and no fix can decide for it: "the logger" (with
	// InstallFunc "").
	Choice string
	// Snapshot marks a library whose Default rows return the default as
	// it is at the call: what they return before the install stays a
	// no-op after it (zap.L()). Otherwise the default delegates to what
	// is installed later (otel's global provider), and only the events
	// and spans that go through it before the install are lost.
	Snapshot bool
	// OwnModule marks a library whose default only the program's own
	// module is answerable for: a dependency that logs or starts spans
	// through it (otelhttp, a gRPC interceptor) is meant to stay a no-op
	// until the program opts in, so only the uses in the main package's
	// module make a program that never installs one report. For the
	// other libraries every package the program links counts.
	OwnModule bool
	// Failure says how a span of the library records that its operation
	// failed, for fixes: the methods of its SpanError rows and the status
	// code of an error. nil for a library without them.
	Failure *Failure

	rows []API
}

// A Failure is the way a library's span records an error:
// span.Record(err) and span.Status(Code, err.Error()).
type Failure struct {
	Record, Status string
	Code           FuncRef
}

// Installable reports whether the library has a process-wide default
// that a program installs.
func (l *Library) Installable() bool {
	for i := range l.rows {
		if l.rows[i].Role == Install {
			return true
		}
	}
	return false
}

// adder returns the function that adds a row to l, in package pkg
// unless the row names its own.
func (l *Library) adder(pkg string) func(API) {
	return func(a API) {
		if a.Pkg == "" {
			a.Pkg = pkg
		}
		l.rows = append(l.rows, a)
	}
}

// Libraries returns the libraries of the table, in table order.
func Libraries() []*Library { return libraries }

// The styles of the libraries below.
var (
	// tracingFields: ...tracing.Field (which is slog.Attr), built with
	// tracing's constructors; tracing.Err(err) records an error under
	// "error".
	tracingFields = &Style{
		Name:    "tracing fields",
		Pairing: Ctor,
		Pkg:     Tracing, PkgName: "tracing",
		Ctors:    typedCtors("Err", "", ""),
		ErrorKey: "error",
		Field:    TypeRef{Slog, "Attr"},
		Renders:  []Method{{"LogValue", "()", "(log/slog.Value)"}},
	}
	// slogAttrs: ...slog.Attr, built with slog's constructors (slog has
	// none for errors: slog.Any).
	slogAttrs = &Style{
		Name:    "slog attributes",
		Pairing: Ctor,
		Pkg:     Slog, PkgName: "slog",
		Ctors:   typedCtors("", "", ""),
		Field:   TypeRef{Slog, "Attr"},
		Renders: []Method{{"LogValue", "()", "(log/slog.Value)"}},
	}
	// slogKV: ...any, alternating keys and values, where an slog.Attr
	// is a field of its own.
	slogKV = &Style{
		Name:    "slog key-value pairs",
		Pairing: KV,
		Pkg:     Slog, PkgName: "slog",
		Field:   TypeRef{Slog, "Attr"},
		Renders: []Method{{"LogValue", "()", "(log/slog.Value)"}},
	}
)

var (
	// zapFields: ...zap.Field (zapcore.Field), built with zap's
	// constructors; zap.Error(err) records an error under "error".
	zapFields = &Style{
		Name:    "zap fields",
		Pairing: Ctor,
		Pkg:     Zap, PkgName: "zap",
		Ctors:    typedCtors("Error", "Binary", "Stringer"),
		ErrorKey: "error",
		Field:    TypeRef{Zapcore, "Field"},
		Renders:  zapRenders,
	}
	// zapKV: the sugared logger's ...interface{}, alternating keys and
	// values, where a zap.Field is a field of its own.
	zapKV = &Style{
		Name:    "zap sugared key-value pairs",
		Pairing: KV,
		Pkg:     Zap, PkgName: "zap",
		Field:   TypeRef{Zapcore, "Field"},
		Renders: zapRenders,
	}
	zapRenders = []Method{
		{"MarshalLogObject", "(go.uber.org/zap/zapcore.ObjectEncoder)", "(error)"},
		{"MarshalLogArray", "(go.uber.org/zap/zapcore.ArrayEncoder)", "(error)"},
	}
)

// typedCtors are the constructor names that slog, tracing and zap share
// (slog.Int, tracing.Int, zap.Int...), with the library's own for an
// error, for bytes and for a fmt.Stringer ("" where it has none).
func typedCtors(errorCtor, bytesCtor, stringerCtor string) [numKinds]string {
	return [numKinds]string{
		KindAny: "Any", KindString: "String", KindInt: "Int", KindInt64: "Int64", KindUint64: "Uint64",
		KindFloat64: "Float64", KindBool: "Bool", KindDuration: "Duration", KindTime: "Time",
		KindError: errorCtor, KindBytes: bytesCtor, KindStringer: stringerCtor,
	}
}

// levelNames are the event functions named after a level, in both
// tracing and slog (tracing has Trace too).
var levelNames = []string{"Trace", "Debug", "Info", "Warn", "Error"}

var libraries = []*Library{tracingLib(), slogLib(), zapLib(), otelLib(), hclogLib(), logrLib(), klogLib(), gokitLib(), zerologLib(), logrusLib(), spawners(), exits()}

func tracingLib() *Library {
	l := &Library{
		Name: "tracing", Style: tracingFields,
		Sink:       "tracing subscriber",
		InstallPkg: Tracing, InstallPkgName: "tracing", InstallFunc: "Init",
	}
	add := l.adder(Tracing)
	// Package functions and the same methods on *Target, all through the
	// default subscriber.
	for _, recv := range []string{"", "Target"} {
		for _, name := range levelNames {
			add(API{Recv: recv, Name: name, Role: Event, Ctx: 0, Msg: 1, Fields: 2, Style: tracingFields, Global: true})
		}
		add(API{Recv: recv, Name: "Log", Role: Event, Ctx: 0, Msg: 2, Fields: 3, Style: tracingFields, Global: true})
		add(API{Recv: recv, Name: "Start", Role: SpanStart, Ctx: 0, Msg: 1, Fields: 2, Style: tracingFields, Global: true})
		add(API{Recv: recv, Name: "StartLevel", Role: SpanStart, Ctx: 0, Msg: 2, Fields: 3, Style: tracingFields, Global: true})
	}
	add(API{Name: "Init", Role: Install, Ctx: -1, Msg: -1, Fields: -1})
	add(API{Name: "SetDefault", Role: Install, Ctx: -1, Msg: -1, Fields: -1})
	add(API{Name: "Go", Role: Spawn, Ctx: 0, Msg: -1, Fields: -1, Value: 1})
	add(API{Recv: "Span", Name: "Record", Role: Record, Ctx: -1, Msg: -1, Fields: 0, Style: tracingFields})
	add(API{Recv: "Span", Name: "End", Role: SpanEnd, Ctx: -1, Msg: -1, Fields: -1})
	l.rows = append(l.rows, ctorRows(Tracing, tracingFields)...)
	add(API{Name: "Group", Role: FieldCtor, Ctx: -1, Msg: -1, Fields: 1, Style: tracingFields, Key: 0, Value: -1})
	return l
}

func slogLib() *Library {
	l := &Library{Name: "slog", Style: slogKV}
	add := l.adder(Slog)
	// Package functions and the same methods on *Logger.
	for _, recv := range []string{"", "Logger"} {
		for _, name := range levelNames[1:] {
			add(API{Recv: recv, Name: name, Role: Event, Ctx: -1, Msg: 0, Fields: 1, Style: slogKV, CtxForm: name + "Context"})
			add(API{Recv: recv, Name: name + "Context", Role: Event, Ctx: 0, Msg: 1, Fields: 2, Style: slogKV})
		}
		add(API{Recv: recv, Name: "Log", Role: Event, Ctx: 0, Msg: 2, Fields: 3, Style: slogKV})
		add(API{Recv: recv, Name: "LogAttrs", Role: Event, Ctx: 0, Msg: 2, Fields: 3, Style: slogAttrs})
		add(API{Recv: recv, Name: "With", Role: With, Ctx: -1, Msg: -1, Fields: 0, Style: slogKV})
	}
	l.rows = append(l.rows, ctorRows(Slog, slogAttrs)...)
	add(API{Name: "Group", Role: FieldCtor, Ctx: -1, Msg: -1, Fields: 1, Style: slogKV, Key: 0, Value: -1})
	return l
}

func zapLib() *Library {
	l := &Library{
		Name: "zap", Style: zapFields,
		// No fix installs the globals: which logger (production,
		// development, a config) is the program's decision.
		Sink:       "zap global logger",
		InstallPkg: Zap, InstallPkgName: "zap",
		Choice:    "the logger",
		Snapshot:  true,
		OwnModule: true,
	}
	add := l.adder(Zap)
	for _, name := range []string{"Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal"} {
		// Panic panics and Fatal exits after writing; DPanic panics
		// only in development.
		nr := name == "Panic" || name == "Fatal"
		add(API{Recv: "Logger", Name: name, Role: Event, Ctx: -1, Msg: 0, Fields: 1, Style: zapFields, NoReturn: nr})
		add(API{Recv: "SugaredLogger", Name: name + "w", Role: Event, Ctx: -1, Msg: 0, Fields: 1, Style: zapKV, NoReturn: nr})
		// sugar.Info(args...): the message is fmt.Sprint(args...).
		add(API{Recv: "SugaredLogger", Name: name, Role: Event, Ctx: -1, Msg: 0, Fields: -1, Style: zapKV, Sprint: true, FieldsForm: name + "w", NoReturn: nr})
		add(API{Recv: "SugaredLogger", Name: name + "f", Role: Event, Ctx: -1, Msg: 0, Fields: -1, Style: zapKV, Printf: true, FieldsForm: name + "w", NoReturn: nr})
	}
	add(API{Recv: "Logger", Name: "Log", Role: Event, Ctx: -1, Msg: 1, Fields: 2, Style: zapFields})
	// Check's entry is written later, with its fields, by Write.
	add(API{Recv: "Logger", Name: "Check", Role: Event, Ctx: -1, Msg: 1, Fields: -1})
	add(API{Pkg: Zapcore, Recv: "CheckedEntry", Name: "Write", Role: Record, Ctx: -1, Msg: -1, Fields: 0, Style: zapFields})
	add(API{Recv: "Logger", Name: "With", Role: With, Ctx: -1, Msg: -1, Fields: 0, Style: zapFields})
	add(API{Recv: "SugaredLogger", Name: "With", Role: With, Ctx: -1, Msg: -1, Fields: 0, Style: zapKV})
	// The global loggers, no-ops until ReplaceGlobals.
	add(API{Name: "L", Role: Default, Ctx: -1, Msg: -1, Fields: -1, Global: true})
	add(API{Name: "S", Role: Default, Ctx: -1, Msg: -1, Fields: -1, Global: true})
	add(API{Name: "ReplaceGlobals", Role: Install, Ctx: -1, Msg: -1, Fields: -1})
	l.rows = append(l.rows, ctorRows(Zap, zapFields)...)
	add(API{Name: "Reflect", Role: FieldCtor, Ctx: -1, Msg: -1, Fields: -1, Style: zapFields, Kind: KindAny, Key: 0, Value: 1})
	add(API{Name: "NamedError", Role: FieldCtor, Ctx: -1, Msg: -1, Fields: -1, Style: zapFields, Kind: KindError, Key: 0, Value: 1})
	return l
}

var (
	// otelAttrs: ...attribute.KeyValue, built with the attribute
	// package's typed constructors. It has none for an arbitrary value,
	// an error or a duration: a value with a String method goes through
	// attribute.Stringer, and a fix cannot write the others.
	otelAttrs = &Style{
		Name:    "OpenTelemetry attributes",
		Pairing: Ctor,
		Noun:    "attribute",
		Pkg:     OtelAttr, PkgName: "attribute",
		Ctors: [numKinds]string{
			KindString: "String", KindInt: "Int", KindInt64: "Int64", KindFloat64: "Float64",
			KindBool: "Bool", KindStringer: "Stringer",
		},
		Field: TypeRef{OtelAttr, "KeyValue"},
	}
	// otelOptions: the same attributes, inside a trace.WithAttributes
	// option of a span start or a span event.
	otelOptions = &Style{
		Name:    "OpenTelemetry attribute options",
		Pairing: Ctor,
		Noun:    "attribute",
		Pkg:     OtelAttr, PkgName: "attribute",
		Ctors:  otelAttrs.Ctors,
		Field:  otelAttrs.Field,
		Option: &FuncRef{OtelTrace, "trace", "WithAttributes"},
	}
)

// otelLib is OpenTelemetry's tracing API. Its spans go through whatever
// provider started them: only those of the global provider (otel.Tracer,
// otel.GetTracerProvider) need the program to install one.
func otelLib() *Library {
	l := &Library{
		Name: "OpenTelemetry", Style: otelOptions,
		// No fix installs a provider: the exporter is the program's
		// decision.
		Sink:       "OpenTelemetry tracer provider",
		InstallPkg: Otel, InstallPkgName: "otel",
		Choice:    "the exporter",
		OwnModule: true,
	}
	add := l.adder(OtelTrace)
	// Any tracer: Tracer and Span are interfaces, and their methods are
	// the rows.
	add(API{Recv: "Tracer", Name: "Start", Role: SpanStart, Ctx: 0, Msg: 1, Fields: 2, Style: otelOptions})
	add(API{Name: "ContextWithSpan", Role: WithSpan, Ctx: 0, Msg: -1, Fields: -1})
	add(API{Recv: "Span", Name: "AddEvent", Role: Event, Ctx: -1, Msg: 0, Fields: 1, Style: otelOptions})
	add(API{Recv: "Span", Name: "SetName", Role: Rename, Ctx: -1, Msg: 0, Fields: -1})
	add(API{Recv: "Span", Name: "SetAttributes", Role: Record, Ctx: -1, Msg: -1, Fields: 0, Style: otelAttrs})
	add(API{Recv: "Span", Name: "End", Role: SpanEnd, Ctx: -1, Msg: -1, Fields: -1})
	l.Failure = &Failure{Record: "RecordError", Status: "SetStatus", Code: FuncRef{OtelCodes, "codes", "Error"}}
	add(API{Recv: "Span", Name: l.Failure.Record, Role: SpanError, Ctx: -1, Msg: -1, Fields: -1})
	add(API{Recv: "Span", Name: l.Failure.Status, Role: SpanError, Ctx: -1, Msg: -1, Fields: -1})
	add(API{Name: "LinkFromContext", Role: Link, Ctx: 0, Msg: -1, Fields: -1})
	add(API{Name: "WithLinks", Role: Link, Ctx: -1, Msg: -1, Fields: -1})
	add(API{Recv: "Span", Name: "AddLink", Role: Link, Ctx: -1, Msg: -1, Fields: -1})
	add(API{Pkg: Otel, Name: "Tracer", Role: Default, Ctx: -1, Msg: -1, Fields: -1, Global: true})
	add(API{Pkg: Otel, Name: "GetTracerProvider", Role: Default, Ctx: -1, Msg: -1, Fields: -1, Global: true})
	add(API{Pkg: Otel, Name: "SetTracerProvider", Role: Install, Ctx: -1, Msg: -1, Fields: -1})
	l.rows = append(l.rows, ctorRows(OtelAttr, otelAttrs)...)
	return l
}

// The key-value styles of hclog, logr and klog: ...interface{} (or
// ...any), alternating keys and values. None of them has a type of one
// whole field (Field is zero): every argument in a key's place is a key,
// and a fix writes each field as a pair.
var (
	hclogKV = &Style{Name: "hclog key-value pairs", Pairing: KV, Pkg: Hclog, PkgName: "hclog"}
	logrKV  = &Style{Name: "logr key-value pairs", Pairing: KV, Pkg: Logr, PkgName: "logr", Renders: logrRenders}
	// klogKV behaves as logrKV (klog's structured calls are logr's, and
	// honour logr.Marshaler), but is its own so that a style names its
	// own library's package.
	klogKV = &Style{Name: "klog key-value pairs", Pairing: KV, Pkg: Klog, PkgName: "klog", Renders: logrRenders}
	// logrRenders is logr.Marshaler's MarshalLog, with its result spelled
	// either way (klog's ObjectRef says interface{}).
	logrRenders = []Method{
		{"MarshalLog", "()", "(any)"},
		{"MarshalLog", "()", "(interface{})"},
	}
)

// hclogLib is HashiCorp's hclog. Logger is an interface: its methods are
// the rows, so every logger (hclog.New, hclog.L(), Named) is one. hclog's
// default logger works without an install: it has no Install rows.
func hclogLib() *Library {
	l := &Library{Name: "hclog", Style: hclogKV}
	in := l.adder(Hclog)
	add := func(a API) { a.Recv = "Logger"; in(a) }
	for _, name := range levelNames {
		add(API{Name: name, Role: Event, Ctx: -1, Msg: 0, Fields: 1, Style: hclogKV})
	}
	add(API{Name: "Log", Role: Event, Ctx: -1, Msg: 1, Fields: 2, Style: hclogKV})
	add(API{Name: "With", Role: With, Ctx: -1, Msg: -1, Fields: 0, Style: hclogKV})
	return l
}

// logrLib is go-logr's logr. Logger is a struct passed by value; V,
// WithName and FromContext return one, so they need no row.
func logrLib() *Library {
	l := &Library{Name: "logr", Style: logrKV}
	in := l.adder(Logr)
	add := func(a API) { a.Recv = "Logger"; in(a) }
	add(API{Name: "Info", Role: Event, Ctx: -1, Msg: 0, Fields: 1, Style: logrKV})
	add(API{Name: "Error", Role: Event, Ctx: -1, Msg: 1, Fields: 2, Style: logrKV})
	add(API{Name: "WithValues", Role: With, Ctx: -1, Msg: -1, Fields: 0, Style: logrKV})
	return l
}

// klogLib is Kubernetes' klog: its structured functions (InfoS, ErrorS)
// and Sprint-style ones (Info, Warning, Error), as package functions and
// as methods of the Verbose that klog.V returns. Only Info has a
// structured sibling of the same shape (InfoS); Warning and Error have
// none (ErrorS takes an error first), so their messages have no fix.
// The same holds for the printf-style Infof, Warningf and Errorf.
func klogLib() *Library {
	l := &Library{Name: "klog", Style: klogKV}
	add := l.adder(Klog)
	for _, recv := range []string{"", "Verbose"} {
		add(API{Recv: recv, Name: "InfoS", Role: Event, Ctx: -1, Msg: 0, Fields: 1, Style: klogKV})
		add(API{Recv: recv, Name: "ErrorS", Role: Event, Ctx: -1, Msg: 1, Fields: 2, Style: klogKV})
		add(API{Recv: recv, Name: "Info", Role: Event, Ctx: -1, Msg: 0, Fields: -1, Style: klogKV, Sprint: true, FieldsForm: "InfoS"})
		add(API{Recv: recv, Name: "Infof", Role: Event, Ctx: -1, Msg: 0, Fields: -1, Style: klogKV, Printf: true, FieldsForm: "InfoS"})
	}
	// The references to an object that klog's pairs take as values.
	for _, name := range []string{"KObj", "KRef", "KObjs", "KObjSlice"} {
		add(API{Name: name, Role: Value, Ctx: -1, Msg: -1, Fields: -1})
	}
	add(API{Name: "Warning", Role: Event, Ctx: -1, Msg: 0, Fields: -1, Style: klogKV, Sprint: true})
	add(API{Name: "Error", Role: Event, Ctx: -1, Msg: 0, Fields: -1, Style: klogKV, Sprint: true})
	for _, name := range []string{"Fatal", "Fatalf", "Fatalln", "FatalDepth", "Exit", "Exitf", "Exitln", "ExitDepth"} {
		add(API{Name: name, Role: Exit, Ctx: -1, Msg: -1, Fields: -1})
	}
	add(API{Name: "Warningf", Role: Event, Ctx: -1, Msg: 0, Fields: -1, Style: klogKV, Printf: true})
	add(API{Name: "Errorf", Role: Event, Ctx: -1, Msg: 0, Fields: -1, Style: klogKV, Printf: true})
	return l
}

// The chain styles of zerolog and logrus: each field is a method call
// in the chain that ends in the event.
var (
	// zerologChain: the typed field methods of *zerolog.Event (and of
	// zerolog.Context, a logger's fields): log.Info().Int("n", n).Msg(msg).
	// Err(err) records an error under zerolog's ErrorFieldName, "error"
	// unless the program changes it.
	zerologChain = &Style{
		Name: "zerolog event fields", Pairing: Chain,
		Pkg: Zerolog, PkgName: "zerolog",
		Ctors: [numKinds]string{
			KindAny: "Interface", KindString: "Str", KindInt: "Int", KindInt64: "Int64", KindUint64: "Uint64",
			KindFloat64: "Float64", KindBool: "Bool", KindDuration: "Dur", KindTime: "Time",
			KindError: "Err", KindBytes: "Bytes", KindStringer: "Stringer",
		},
		ErrorKey: "error",
		Renders: []Method{
			{"MarshalZerologObject", "(*github.com/rs/zerolog.Event)", "()"},
			{"MarshalZerologArray", "(*github.com/rs/zerolog.Array)", "()"},
		},
	}
	// logrusChain: WithField("k", v) for any value, WithError(err) under
	// logrus's ErrorKey ("error"), and WithFields(logrus.Fields{...}) for
	// several at once.
	logrusChain = &Style{
		Name: "logrus fields", Pairing: Chain,
		Pkg: Logrus, PkgName: "logrus",
		Ctors:    [numKinds]string{KindAny: "WithField", KindError: "WithError"},
		ErrorKey: "error",
		Map:      &MapRef{Method: "WithFields", Type: TypeRef{Logrus, "Fields"}},
	}
)

// zerologLib is zerolog. An event is a chain: a level method of a
// logger (log.Info(), logger.Error(), zerolog.Ctx(ctx).Warn()) starts a
// *zerolog.Event, its field methods add fields, and Msg or Send writes
// it. The level methods need no row: the chain is read back from the
// call that ends it. zerolog's global logger writes to stderr until the
// program replaces it: it has no Install rows.
func zerologLib() *Library {
	l := &Library{Name: "zerolog", Style: zerologChain}
	add := l.adder(Zerolog)
	add(API{Recv: "Event", Name: "Msg", Role: Event, Ctx: -1, Msg: 0, Fields: -1, Style: zerologChain})
	add(API{Recv: "Event", Name: "Msgf", Role: Event, Ctx: -1, Msg: 0, Fields: -1, Style: zerologChain, Printf: true, FieldsForm: "Msg"})
	add(API{Recv: "Event", Name: "Send", Role: Event, Ctx: -1, Msg: -1, Fields: -1, Style: zerologChain})
	// Ctx gives the event a context, which hooks read the span from.
	add(API{Recv: "Event", Name: "Ctx", Role: With, Ctx: 0, Msg: -1, Fields: -1})
	for _, recv := range []string{"Event", "Context"} {
		l.rows = append(l.rows, chainCtorRows(Zerolog, recv, zerologChain)...)
		add(API{Recv: recv, Name: "Any", Role: FieldCtor, Ctx: -1, Msg: -1, Fields: -1, Style: zerologChain, Kind: KindAny, Key: 0, Value: 1})
		add(API{Recv: recv, Name: "AnErr", Role: FieldCtor, Ctx: -1, Msg: -1, Fields: -1, Style: zerologChain, Kind: KindError, Key: 0, Value: 1})
	}
	return l
}

// logrusLib is logrus: package functions (through the standard
// logger), and the same methods of *Logger and *Entry. Its level
// methods are Sprint-style (the message is fmt.Sprint(args...)), or
// printf-style (Infof); fields go in the chain before them. The standard logger writes to stderr
// until the program configures it: no Install rows.
func logrusLib() *Library {
	l := &Library{Name: "logrus", Style: logrusChain}
	add := l.adder(Logrus)
	for _, recv := range []string{"", "Logger", "Entry"} {
		for _, name := range []string{"Trace", "Debug", "Info", "Print", "Warn", "Warning", "Error", "Fatal", "Panic"} {
			nr := name == "Fatal" || name == "Panic"
			add(API{Recv: recv, Name: name, Role: Event, Ctx: -1, Msg: 0, Fields: -1, Style: logrusChain, Sprint: true, NoReturn: nr})
			add(API{Recv: recv, Name: name + "f", Role: Event, Ctx: -1, Msg: 0, Fields: -1, Style: logrusChain, Printf: true, FieldsForm: name, NoReturn: nr})
		}
		if recv != "" {
			add(API{Recv: recv, Name: "Log", Role: Event, Ctx: -1, Msg: 1, Fields: -1, Style: logrusChain, Sprint: true})
			add(API{Recv: recv, Name: "Logf", Role: Event, Ctx: -1, Msg: 1, Fields: -1, Style: logrusChain, Printf: true, FieldsForm: "Log"})
		}
		l.rows = append(l.rows, chainCtorRows(Logrus, recv, logrusChain)...)
		add(API{Recv: recv, Name: "WithFields", Role: With, Ctx: -1, Msg: -1, Fields: 0, Style: logrusChain})
		// WithContext gives the entry a context, which hooks read the
		// span from.
		add(API{Recv: recv, Name: "WithContext", Role: With, Ctx: 0, Msg: -1, Fields: -1})
	}
	return l
}

// spawners are the ways to start a goroutine under another name.
func spawners() *Library {
	return &Library{Name: "spawners", rows: []API{
		{Pkg: Sync, Recv: "WaitGroup", Name: "Go", Role: Spawn, Ctx: -1, Msg: -1, Fields: -1, Value: 0},
		{Pkg: Errgroup, Recv: "Group", Name: "Go", Role: Spawn, Ctx: -1, Msg: -1, Fields: -1, Value: 0},
		{Pkg: Errgroup, Recv: "Group", Name: "TryGo", Role: Spawn, Ctx: -1, Msg: -1, Fields: -1, Value: 0},
		{Pkg: Time, Name: "AfterFunc", Role: Spawn, Ctx: -1, Msg: -1, Fields: -1, Value: 1},
	}}
}

// exits are the standard library's functions that never return
// (Exit rows); the logging libraries' own (zap's Fatal, klog.Exit) are
// in their rows.
func exits() *Library {
	l := &Library{Name: "exits"}
	exit := func(pkg, recv string, names ...string) {
		for _, name := range names {
			l.rows = append(l.rows, API{Pkg: pkg, Recv: recv, Name: name, Role: Exit, Ctx: -1, Msg: -1, Fields: -1})
		}
	}
	exit("os", "", "Exit")
	exit("runtime", "", "Goexit")
	for _, recv := range []string{"", "Logger"} {
		exit("log", recv, "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln")
	}
	// t.Fatal and the rest are methods of testing's unexported common,
	// which T, B and F embed, and of the TB interface.
	for _, recv := range []string{"common", "TB"} {
		exit("testing", recv, "Fatal", "Fatalf", "FailNow", "Skip", "Skipf", "SkipNow")
	}
	return l
}

// chainCtorRows derives the field method rows of a Chain style on the
// receiver type recv of package pkg ("" for package functions): one
// per kind it names.
func chainCtorRows(pkg, recv string, s *Style) []API {
	rows := ctorRows(pkg, s)
	for i := range rows {
		rows[i].Recv = recv
	}
	return rows
}

// ctorRows derives the field constructor rows of a style in which each
// field is a constructor call of package pkg: one per kind it names.
func ctorRows(pkg string, s *Style) []API {
	var rows []API
	for _, k := range Kinds() {
		name := s.Ctors[k]
		if name == "" {
			continue
		}
		r := API{Pkg: pkg, Name: name, Role: FieldCtor, Ctx: -1, Msg: -1, Fields: -1, Style: s, Kind: k, Key: 0, Value: 1}
		if k == KindError && s.ErrorKey != "" {
			r.Key, r.Value, r.FixedKey = -1, 0, s.ErrorKey
		}
		rows = append(rows, r)
	}
	return rows
}
