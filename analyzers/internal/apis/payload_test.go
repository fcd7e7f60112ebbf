package apis

import (
	"go/types"
	"testing"
)

// TestSourcesMatchPackages checks the payload sources and limiters
// against the standard library: each function exists and is found by
// SourceFor (LimiterFor), its first result is []byte, its Reader
// argument an io.Reader and its File argument a string.
func TestSourcesMatchPackages(t *testing.T) {
	paths := []string{LimitedReader.Pkg}
	for _, s := range Sources() {
		paths = append(paths, s.Pkg)
	}
	for _, l := range Limiters() {
		paths = append(paths, l.Pkg)
	}
	pkgs := Load(t, paths...)
	param := func(sig *types.Signature, i int) string {
		if i < 0 || i >= sig.Params().Len() {
			return ""
		}
		return types.TypeString(sig.Params().At(i).Type(), nil)
	}
	for _, s := range Sources() {
		name := s.Pkg + " " + s.Recv + "." + s.Name
		fn := lookupFunc(pkgs[s.Pkg], s.Recv, s.Name)
		if fn == nil {
			t.Errorf("%s: no such function", name)
			continue
		}
		if got := SourceFor(fn); got != s {
			t.Errorf("%s: SourceFor = %v, want the row", name, got)
		}
		sig := fn.Signature()
		if sig.Results().Len() == 0 || types.TypeString(sig.Results().At(0).Type(), nil) != "[]byte" {
			t.Errorf("%s: first result is not []byte: %v", name, sig.Results())
		}
		if s.Reader >= 0 && param(sig, s.Reader) != "io.Reader" {
			t.Errorf("%s: parameter %d is %q, not io.Reader", name, s.Reader, param(sig, s.Reader))
		}
		if s.File >= 0 && param(sig, s.File) != "string" {
			t.Errorf("%s: parameter %d is %q, not string", name, s.File, param(sig, s.File))
		}
		if s.Len != "" {
			m := lookupFunc(pkgs[s.Pkg], s.Recv, s.Len)
			if m == nil || m.Signature().Params().Len() != 0 || types.TypeString(m.Signature().Results(), nil) != "(int)" {
				t.Errorf("%s: Len method %s is not func() int: %v", name, s.Len, m)
			}
		}
	}
	for _, l := range Limiters() {
		fn := lookupFunc(pkgs[l.Pkg], "", l.Name)
		if fn == nil {
			t.Errorf("%s.%s: no such function", l.Pkg, l.Name)
			continue
		}
		if got := LimiterFor(fn); got == nil || *got != l {
			t.Errorf("%s.%s: LimiterFor = %v, want the row", l.Pkg, l.Name, got)
		}
		if p := param(fn.Signature(), l.Reader); p != "io.Reader" && p != "io.ReadCloser" {
			t.Errorf("%s.%s: parameter %d is %q, not a reader", l.Pkg, l.Name, l.Reader, p)
		}
	}
	if p := pkgs[LimitedReader.Pkg]; p == nil || p.Scope().Lookup(LimitedReader.Name) == nil {
		t.Errorf("no type %s.%s", LimitedReader.Pkg, LimitedReader.Name)
	}
	// The encoder convention: json.Marshal and MarshalIndent by their
	// results; MarshalText (a single value's encoding) is not one.
	for _, c := range []struct {
		pkg, recv, name string
		want            bool
	}{
		{"encoding/json", "", "Marshal", true},
		{"encoding/json", "", "MarshalIndent", true},
		{"encoding/json", "", "Valid", false},
		{"net", "IP", "MarshalText", false},
	} {
		if _, ok := pkgs[c.pkg]; !ok {
			pkgs = merge(pkgs, Load(t, c.pkg))
		}
		fn := lookupFunc(pkgs[c.pkg], c.recv, c.name)
		if fn == nil {
			t.Fatalf("no %s.%s", c.pkg, c.name)
		}
		if got := SourceFor(fn) != nil; got != c.want {
			t.Errorf("SourceFor(%s.%s) != nil is %v, want %v", c.pkg, c.name, got, c.want)
		}
	}
}

func merge(a, b map[string]*types.Package) map[string]*types.Package {
	for k, v := range b {
		a[k] = v
	}
	return a
}
