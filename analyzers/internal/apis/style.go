package apis

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"
)

// Kind is the kind of value a field constructor records. Each style
// names its constructor for each kind (or none).
type Kind uint8

const (
	KindAny Kind = iota // any value, rendered as the library renders it
	KindString
	KindInt
	KindInt64
	KindUint64
	KindFloat64
	KindBool
	KindDuration
	KindTime
	KindError // an error, under the style's error key
	KindBytes // a []byte, recorded as the library records binary data
	// KindStringer: a value with a String method, recorded as the text
	// it returns, for a library that has no constructor for the value's
	// own kind (OpenTelemetry's attribute.Stringer for a time.Duration).
	KindStringer
	numKinds
)

var kindNames = [numKinds]string{"any", "string", "int", "int64", "uint64", "float64", "bool", "duration", "time", "error", "bytes", "stringer"}

func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "Kind(?)"
}

// Kinds returns every kind, KindAny first.
func Kinds() []Kind {
	ks := make([]Kind, numKinds)
	for i := range ks {
		ks[i] = Kind(i)
	}
	return ks
}

// kindParams are the parameter types of the constructors of each kind,
// as types.TypeString prints them.
var kindParams = [numKinds]string{"any", "string", "int", "int64", "uint64", "float64", "bool", "time.Duration", "time.Time", "error", "[]byte", "fmt.Stringer"}

// Param is the basic type that a constructor of kind k takes its value
// as, so that a fix knows which conversion a value needs; nil for the
// kinds whose parameter is not a basic type (any, error, time.Duration,
// time.Time, []byte: a value of those kinds needs no conversion).
func (k Kind) Param() types.Type {
	if k >= numKinds {
		return nil
	}
	if tn, ok := types.Universe.Lookup(kindParams[k]).(*types.TypeName); ok {
		if b, ok := tn.Type().(*types.Basic); ok {
			return b
		}
	}
	return nil
}

// Pairing says how the fields of a call are written.
type Pairing uint8

const (
	// KV: alternating key and value arguments (slog's ...any), where an
	// argument of the style's field type is a whole field.
	KV Pairing = iota + 1
	// Ctor: one constructor call per field, qualified by the style's
	// package (slog.Int("n", n), tracing.Err(err)).
	Ctor
	// Chain: one method call per field on the event's receiver, in the
	// chain of calls that ends in the event (zerolog's
	// log.Info().Str("id", id).Msg(msg), logrus's
	// logger.WithField("id", id).Info(msg)): Ctors name the methods, each
	// of which returns a receiver of the same kind. A package-level event
	// of such a style (logrus.Info) has package functions of the same
	// names that start the chain (logrus.WithField).
	Chain
)

// TypeRef names a type by its package path and name (Pkg is "" for a
// predeclared type).
type TypeRef struct{ Pkg, Name string }

// Is reports whether t is the named type r (aliases resolved).
func (r TypeRef) Is(t types.Type) bool {
	if r.Name == "" || t == nil {
		return false
	}
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		obj := t.Obj()
		return obj.Name() == r.Name && obj.Pkg() != nil && obj.Pkg().Path() == r.Pkg
	case *types.Basic:
		return r.Pkg == "" && t.Name() == r.Name
	}
	return false
}

// A Method is a method by which a library renders a value itself
// (slog's LogValue): a value with it is never useless in a log. Params
// and Results are the parameter and result types, printed with full
// package paths and without names: "()", "(log/slog.Value)",
// "([]byte, error)".
type Method struct {
	Name            string
	Params, Results string
}

// Matches reports whether fn is the method m describes.
func (m Method) Matches(fn *types.Func) bool {
	sig := fn.Signature()
	return fn.Name() == m.Name && tupleString(sig.Params()) == m.Params && tupleString(sig.Results()) == m.Results
}

func tupleString(t *types.Tuple) string {
	var b strings.Builder
	b.WriteByte('(')
	for i := range t.Len() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(types.TypeString(t.At(i).Type(), nil))
	}
	b.WriteByte(')')
	return b.String()
}

// Style is everything a fix needs to write fields in one library: how
// a pair is written, the package that qualifies constructors, the
// constructor of each kind of value, and the methods by which the
// library renders values itself.
type Style struct {
	Name    string // for documentation and tests: "tracing fields"
	Pairing Pairing

	// Noun is what the library calls one field, for diagnostics and
	// fix messages ("attribute"); "" means "field".
	Noun string

	// Pkg and PkgName are the package whose constructors build fields
	// and its usual name (the fix imports it when the file does not).
	Pkg, PkgName string

	// Ctors names the constructor of each kind; "" where the library
	// has none (the value goes through KindAny's; without that, no fix
	// can write it). Every constructor takes (key, value), except the
	// one of KindError when ErrorKey is set: it takes the error alone and
	// records it under ErrorKey.
	Ctors    [numKinds]string
	ErrorKey string

	// Field is the type of one whole field (slog.Attr): in a KV list,
	// an argument of this type is a field, not a key.
	Field TypeRef

	// Renders are the methods by which the library renders a value
	// itself, beyond the ones every library honours (see [SelfRendering]).
	Renders []Method

	// Option, for calls whose fields travel inside one of their options
	// (OpenTelemetry's tracer.Start(ctx, name, trace.WithAttributes(...))),
	// is the variadic function that wraps them: a fix adds its fields to
	// the call's Option call, or adds one. Nil when the fields are the
	// call's own arguments.
	Option *FuncRef

	// Map, for a Chain style, is the method that adds several fields
	// at once from a map literal, and the map's type (logrus's
	// WithFields(logrus.Fields{...})): a fix that adds more than one
	// field writes one such call, or adds its fields to the one that
	// ends the chain. Nil when fields go one call each.
	Map *MapRef

	// Evaluated are the function types whose values the library calls
	// at each event and records the result of, when a With row binds
	// them (go-kit's log.Valuer in log.With; given to Log itself, a
	// Valuer is logged as the func it is).
	Evaluated []TypeRef

	// MsgKey, for a KV style whose message is itself a pair (go-kit's
	// Log("msg", m, ...)), is the key of the message: a row of the style
	// with Msg -1 finds its message per call ([API.ForCall]).
	MsgKey string
}

// MapRef names a Chain style's method that takes several fields as one
// map, and the map's named type.
type MapRef struct {
	Method string
	Type   TypeRef
}

// MapLit returns e as a composite literal of the style's map type
// (logrus.Fields{...}), or nil.
func (s *Style) MapLit(info *types.Info, e ast.Expr) *ast.CompositeLit {
	if s == nil || s.Map == nil {
		return nil
	}
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok || !s.Map.Type.Is(info.TypeOf(lit)) {
		return nil
	}
	return lit
}

// FuncRef names a package-level function by its package path, with the
// package's usual name (for a fix that imports it).
type FuncRef struct{ Pkg, PkgName, Name string }

// FieldNoun is what the library calls one field: its Noun, or "field".
func (s *Style) FieldNoun() string {
	if s == nil || s.Noun == "" {
		return "field"
	}
	return s.Noun
}

// IsField reports whether t is the style's type of a whole field.
func (s *Style) IsField(t types.Type) bool { return s != nil && s.Field.Is(t) }

// Ctor returns the constructor that records a value of kind k under key,
// and the kind it records it as: k's own constructor, the error
// constructor only under its fixed key, else KindAny's. It returns ""
// when the style cannot write the value.
func (s *Style) Ctor(k Kind, key string) (name string, as Kind) {
	if k == KindError && s.ErrorKey != "" && key != s.ErrorKey {
		k = KindAny // the error constructor's key is fixed
	}
	if name := s.Ctors[k]; name != "" {
		return name, k
	}
	return s.Ctors[KindAny], KindAny
}

// everyLibrary are the methods by which every logging library renders a
// value (through fmt or encoding/json): a value that has one renders
// itself, whatever library records it.
var everyLibrary = []Method{
	{"String", "()", "(string)"},
	{"Error", "()", "(string)"},
	{"MarshalJSON", "()", "([]byte, error)"},
	{"MarshalText", "()", "([]byte, error)"},
}

// SelfRendering returns the methods by which some library of the table
// renders a value itself: those of every library, then each style's own.
func SelfRendering() []Method { return selfRendering }

var selfRendering = func() []Method {
	ms := append([]Method(nil), everyLibrary...)
	for _, s := range Styles() {
		for _, m := range s.Renders {
			if !slices.Contains(ms, m) {
				ms = append(ms, m)
			}
		}
	}
	return ms
}()

// Styles returns every style that a row of the table uses, once each,
// in table order.
func Styles() []*Style {
	var ss []*Style
	seen := make(map[*Style]bool)
	for _, r := range Rows() {
		if r.Style != nil && !seen[r.Style] {
			seen[r.Style] = true
			ss = append(ss, r.Style)
		}
	}
	return ss
}

// IsEvaluated reports whether t is a function type that some style's
// library calls to get the value to record (see [Style.Evaluated]).
func IsEvaluated(t types.Type) bool {
	for _, r := range evaluated {
		if r.Is(t) {
			return true
		}
	}
	return false
}

var evaluated = func() []TypeRef {
	var rs []TypeRef
	for _, s := range Styles() {
		rs = append(rs, s.Evaluated...)
	}
	return rs
}()

// StyleNamed returns the style called name, or nil.
func StyleNamed(name string) *Style {
	for _, s := range Styles() {
		if s.Name == name {
			return s
		}
	}
	return nil
}
