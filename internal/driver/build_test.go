package driver

import "testing"

func TestMayProvide(t *testing.T) {
	scope := []string{"github.com/tracelint/tracelint/tracing"}
	for _, tc := range []struct {
		gomod string
		may   bool
	}{
		{"module example.com/m\n\ngo 1.22\n\nrequire golang.org/x/sync v0.1.0\n", false},
		{"module example.com/m\n\ngo 1.22\n\nrequire (\n\tgithub.com/tracelint/tracelint v0.1.0 // indirect\n)\n", true},
		{"module example.com/m\n\ngo 1.22\n\nrequire github.com/tracelint v0.1.0\n", true},
		{"module example.com/m\n\ngo 1.22\n\nrequire github.com/tracelint/tracelint/tracing v0.1.0\n", true},
		{"module example.com/m\n\ngo 1.22\n\nrequire github.com/tracelint/tracelintx v0.1.0\n", false},
		{"module example.com/m\n\ngo 1.22\n\nreplace github.com/tracelint/tracelint => ../t\n", true},
		{"module github.com/tracelint/tracelint\n\ngo 1.22\n", true},
		{"module example.com/m\n\ngo 1.16\n", true},            // unpruned graph
		{"module example.com/m\n", true},                       // no go directive: go 1.16
		{"module example.com/m\n\ngo 1.22\nrequire (\n", true}, // unparsable
	} {
		if got := mayProvide("go.mod", []byte(tc.gomod), scope); got != tc.may {
			t.Errorf("mayProvide(%q) = %v, want %v", tc.gomod, got, tc.may)
		}
	}
	// Every module can import the standard library's logging packages.
	std := append([]string{"log/slog"}, scope...)
	if !mayProvide("go.mod", []byte("module example.com/m\n\ngo 1.22\n"), std) {
		t.Errorf("mayProvide(log/slog) = false")
	}
}

func TestOutOfReachPatterns(t *testing.T) {
	// Patterns other than directories of the main module are never
	// trusted; nor is -mod=mod; the module of the runtime provides it.
	scope := []string{"example.com/none"}
	for _, patterns := range [][]string{
		{"all"}, {"std"}, {"example.com/x/..."}, {"../..."}, {"./a/../../b"}, {"./x.go"}, {"./...", "fmt"},
	} {
		if outOfReach(patterns, scope, readEnv()) {
			t.Errorf("outOfReach(%q) = true", patterns)
		}
	}
	if outOfReach([]string{"./..."}, []string{"github.com/tracelint/tracelint/tracing"}, readEnv()) {
		t.Errorf("outOfReach in the module of the runtime")
	}
	t.Setenv("GOFLAGS", "-mod=mod")
	if outOfReach([]string{"./..."}, scope, readEnv()) {
		t.Errorf("outOfReach with -mod=mod")
	}
	t.Setenv("GOFLAGS", "")
	t.Setenv("GOWORK", "off")
	if !outOfReach([]string{"./...", "."}, scope, readEnv()) {
		t.Errorf("outOfReach of a scope no module here provides = false")
	}
}
