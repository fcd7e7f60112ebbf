package apis

import (
	"go/types"
	"slices"
)

// A Source is a function or method whose []byte result (its first) holds
// an unbounded payload: all of a stream, of a file, of a buffer, or an
// encoded document. The unloggable analyzer reports such bytes when they
// are logged, as they are or converted to a string.
type Source struct {
	Pkg  string // package path of the function or of its receiver type
	Recv string // receiver type name (without '*'), "" for a function
	Name string

	// Reader is the io.Reader argument the bytes are read from, or -1.
	// Read through a [Limiter], the result is bounded.
	Reader int
	// File is the argument naming the file read, or -1. A constant name
	// is a file the program knows (/etc/os-release): its contents are
	// fixed-purpose, not a payload.
	File int
	// Len names a method of the receiver that returns the length of the
	// result without building it ((*bytes.Buffer).Len), or "".
	Len string
	// Doc is the argument that a document encoder encodes, or -1. A
	// document of a value whose type bounds it (a struct of scalar
	// fields: etcd's Health{Health, Reason}) is a record, not a payload.
	Doc int
}

// sources are the payload sources of the standard library, matched by
// identity. Libraries' document encoders are recognised by
// [MarshalNames] instead.
var sources = []Source{
	{Pkg: "io", Name: "ReadAll", Reader: 0, File: -1, Doc: -1},
	{Pkg: "io/ioutil", Name: "ReadAll", Reader: 0, File: -1, Doc: -1},
	{Pkg: "os", Name: "ReadFile", Reader: -1, File: 0, Doc: -1},
	{Pkg: "io/ioutil", Name: "ReadFile", Reader: -1, File: 0, Doc: -1},
	{Pkg: "io/fs", Name: "ReadFile", Reader: -1, File: 1, Doc: -1},
	{Pkg: "bytes", Recv: "Buffer", Name: "Bytes", Reader: -1, File: -1, Len: "Len", Doc: -1},
	{Pkg: "net/http/httputil", Name: "DumpRequest", Reader: -1, File: -1, Doc: -1},
	{Pkg: "net/http/httputil", Name: "DumpRequestOut", Reader: -1, File: -1, Doc: -1},
	{Pkg: "net/http/httputil", Name: "DumpResponse", Reader: -1, File: -1, Doc: -1},
}

// MarshalNames are the names of document encoders, a convention rather
// than an identity: a function or method so named whose results are
// exactly ([]byte, error) returns an encoded document (json.Marshal,
// xml.MarshalIndent, proto.Marshal, proto.MarshalOptions.Marshal, yaml
// and cbor's Marshal, a generated message's Marshal method). The
// encodings of single values (MarshalText, MarshalBinary: a time, an
// address, an ID) are not documents and are not listed.
var MarshalNames = []string{"Marshal", "MarshalIndent"}

// marshal is the row that every encoder of the convention gets.
// json.Marshal(v), xml.MarshalIndent(v, ...), proto.Marshal(m) encode
// their first argument (a method with none, m.Marshal(), its receiver,
// which the row does not name).
var marshal = &Source{Name: "Marshal", Reader: -1, File: -1, Doc: 0}

// Sources returns the payload sources matched by identity, in table
// order. It is meant for tests and documentation.
func Sources() []*Source {
	ss := make([]*Source, len(sources))
	for i := range sources {
		ss[i] = &sources[i]
	}
	return ss
}

// SourceFor returns the row of fn if its first result is an unbounded
// payload: a row of the table, or a shared row for a document encoder
// of the [MarshalNames] convention. It returns nil otherwise.
func SourceFor(fn *types.Func) *Source {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	fn = fn.Origin()
	recv := recvName(fn)
	for i := range sources {
		s := &sources[i]
		if s.Pkg == fn.Pkg().Path() && s.Recv == recv && s.Name == fn.Name() {
			return s
		}
	}
	if slices.Contains(MarshalNames, fn.Name()) && tupleString(fn.Signature().Results()) == "([]byte, error)" {
		return marshal
	}
	return nil
}

// A Limiter is a function that returns a reader passing on at most a
// given number of bytes: what is read through it is bounded.
type Limiter struct {
	Pkg, Name string
	Reader    int // the argument read from
}

var limiters = []Limiter{
	{Pkg: "io", Name: "LimitReader", Reader: 0},
	{Pkg: "net/http", Name: "MaxBytesReader", Reader: 1},
}

// LimitedReader is the struct type whose value is a bounded reader
// (&io.LimitedReader{R: r, N: n}).
var LimitedReader = TypeRef{Pkg: "io", Name: "LimitedReader"}

// Limiters returns the limiting functions, in table order (for tests).
func Limiters() []Limiter { return slices.Clone(limiters) }

// LimiterFor returns the limiter row of fn, a package-level function,
// or nil.
func LimiterFor(fn *types.Func) *Limiter {
	if fn == nil || fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return nil
	}
	for i := range limiters {
		if l := &limiters[i]; l.Pkg == fn.Pkg().Path() && l.Name == fn.Name() {
			return l
		}
	}
	return nil
}

// recvName returns the name of fn's receiver type (without '*'), "" for
// a function or an interface method.
func recvName(fn *types.Func) string {
	recv := fn.Signature().Recv()
	if recv == nil {
		return ""
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if named, ok := types.Unalias(t).(*types.Named); ok {
		return named.Obj().Name()
	}
	return ""
}
