package apis

import (
	"go/types"
	"strings"
	"testing"
)

// TestRowsMatchPackages checks every row of the libraries that the main
// module can load (the runtime and the standard library) against the
// real packages (see [CheckRows]). A renamed runtime function or a wrong
// index fails here; the other libraries are checked by the nested module
// realcheck against the real libraries.
func TestRowsMatchPackages(t *testing.T) {
	var libs []*Library
	var paths []string
	for _, l := range Libraries() {
		if l.Name == "tracing" || l.Name == "slog" || l.Name == "spawners" {
			libs = append(libs, l)
			paths = append(paths, l.Paths()...)
		}
	}
	if len(libs) != 3 {
		t.Fatalf("libraries: %v", libs)
	}
	checked, errs := CheckRows(Load(t, paths...), libs...)
	for _, err := range errs {
		t.Error(err)
	}
	if checked < 60 {
		t.Errorf("checked only %d rows", checked)
	}
}

// Load loads the packages at paths, failing the test on an error.
func Load(t *testing.T, paths ...string) map[string]*types.Package {
	t.Helper()
	pkgs, err := LoadPackages("", paths...)
	if err != nil {
		t.Fatal(err)
	}
	return pkgs
}

// TestCheckRowsFails checks that CheckRows reports a row that does not
// match its package: a wrong message index, a constructor of the wrong
// kind, a missing function.
func TestCheckRowsFails(t *testing.T) {
	bad := &Library{Name: "bad", Style: slogKV, rows: []API{
		{Pkg: Slog, Name: "Info", Role: Event, Ctx: -1, Msg: 1, Fields: 1, Style: slogKV},
		{Pkg: Slog, Name: "Int", Role: FieldCtor, Ctx: -1, Msg: -1, Fields: -1, Key: 0, Value: 1, Kind: KindString},
		{Pkg: Slog, Name: "Nope", Role: Event, Ctx: -1, Msg: 0, Fields: 1},
	}}
	for i := range bad.rows {
		bad.rows[i].Lib = bad
	}
	_, errs := CheckRows(Load(t, Slog), bad)
	want := []string{"message parameter 1", "a string constructor", "no such function"}
	for _, w := range want {
		found := false
		for _, err := range errs {
			if strings.Contains(err.Error(), w) {
				found = true
			}
		}
		if !found {
			t.Errorf("no error mentions %q: %v", w, errs)
		}
	}
}
