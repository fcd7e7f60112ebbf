package apis

import (
	"strings"
	"testing"
)

// TestStylesComplete checks that every style a row uses can write every
// kind of value, and that its constructors are rows of the table that
// record the kind the style says.
func TestStylesComplete(t *testing.T) {
	styles := Styles()
	if len(styles) < 3 {
		t.Fatalf("only %d styles", len(styles))
	}
	for _, s := range styles {
		if s.Name == "" || s.Pkg == "" || s.PkgName == "" {
			t.Errorf("style %+v: name and package are required", s)
		}
		if got := StyleNamed(s.Name); got != s {
			t.Errorf("StyleNamed(%q) = %v, want the style (names must be unique)", s.Name, got)
		}
		for _, m := range s.Renders {
			if m.Name == "" || !strings.HasPrefix(m.Params, "(") || !strings.HasPrefix(m.Results, "(") {
				t.Errorf("%s: malformed render method %+v", s.Name, m)
			}
		}
		switch s.Pairing {
		case KV:
			// A KV style may have no type of a whole field (hclog,
			// logr, klog): then every field is a pair, and it has no
			// constructors.
			if s.Field.Name == "" && s.Ctors != ([numKinds]string{}) {
				t.Errorf("%s: a KV style without a whole-field type has constructors", s.Name)
			}
			continue
		case Ctor, Chain:
		default:
			t.Errorf("%s: no pairing", s.Name)
			continue
		}
		if s.ErrorKey != "" && s.Ctors[KindError] == "" {
			t.Errorf("%s: an error key without an error constructor", s.Name)
		}
		for _, k := range Kinds() {
			name, as := s.Ctor(k, "some_key")
			if name == "" {
				// Only a style with no constructor for any value
				// (OpenTelemetry's attributes) may leave a kind
				// unwritten, and never a basic one.
				if s.Ctors[KindAny] != "" || k.Param() != nil && k != KindUint64 {
					t.Errorf("%s: no constructor can write a %v value", s.Name, k)
				}
				continue
			}
			if as != k && as != KindAny {
				t.Errorf("%s: a %v value is written as %v", s.Name, k, as)
			}
			row := table[key{pkg: s.Pkg, name: name}]
			if s.Pairing == Chain {
				// The constructors are methods of the chain's
				// receivers (every one is checked by CheckRows).
				row = nil
				for _, r := range Rows() {
					if r.Pkg == s.Pkg && r.Name == name && r.Style == s && r.Role == FieldCtor {
						row = r
						break
					}
				}
			}
			if row == nil || row.Role != FieldCtor || row.Style.Pkg != s.Pkg || row.Style.Ctors != s.Ctors || row.Kind != as {
				t.Errorf("%s: constructor %s.%s is not a %v FieldCtor row of the style: %+v", s.Name, s.Pkg, name, as, row)
			}
		}
	}
}

// TestRowsWellFormed checks what the rows promise each other: a Global
// row belongs to a library that can be installed, and one whose fix
// installs names the package and function; rows with fields have a style.
func TestRowsWellFormed(t *testing.T) {
	for _, r := range Rows() {
		name := r.Pkg + " " + r.Recv + "." + r.Name
		if r.Lib == nil {
			t.Errorf("%s: no library", name)
			continue
		}
		if r.Global && !r.Lib.Installable() {
			t.Errorf("%s: Global in %s, which has no Install row", name, r.Lib.Name)
		}
		if r.Fields >= 0 && r.Style == nil {
			t.Errorf("%s: fields without a style", name)
		}
		if r.Role == FieldCtor && r.Key < 0 && r.Value >= 0 && r.FixedKey == "" {
			t.Errorf("%s: a constructor without a key argument needs FixedKey", name)
		}
	}
	for _, l := range Installables() {
		if l.Sink == "" || l.InstallPkg == "" || l.InstallPkgName == "" {
			t.Errorf("installable library %s: Sink, InstallPkg and InstallPkgName are required", l.Name)
		}
		if l.InstallFunc != "" && table[key{pkg: l.InstallPkg, name: l.InstallFunc}].Role != Install {
			t.Errorf("library %s: InstallFunc %s is not an Install row", l.Name, l.InstallFunc)
		}
	}
	if !IsInstallablePkg(Tracing) || IsInstallablePkg(Slog) {
		t.Errorf("installable packages: %v", InstallablePkgs())
	}
	if !logging[Slog] || !logging[Tracing] || logging[Sync] || logging[Time] {
		t.Errorf("logging packages: %v", logging)
	}
}
