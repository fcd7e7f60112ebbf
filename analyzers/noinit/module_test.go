package noinit

import (
	"bytes"
	"encoding/gob"
	"reflect"
	"testing"
)

// TestCounts is the module rule: a use of an OwnModule library's
// default counts against a main package of the same module, and when
// either module is unknown.
func TestCounts(t *testing.T) {
	for _, tc := range []struct {
		module, main string
		want         bool
	}{
		{"example.com/app", "example.com/app", true},
		{"example.com/dep", "example.com/app", false},
		{"example.com/app/v2", "example.com/app", false},
		{"", "example.com/app", true}, // a use of a library whose every use counts, or of no known module
		{"example.com/dep", "", true}, // a main package of no known module
		{"", "", true},
	} {
		if got := counts(tc.module, tc.main); got != tc.want {
			t.Errorf("counts(%q, %q) = %v, want %v", tc.module, tc.main, got, tc.want)
		}
	}
}

// TestFactsGob checks that the facts survive gob, as go vet's .vetx
// files carry them, and encode the same way twice.
func TestFactsGob(t *testing.T) {
	for _, f := range []any{
		&emits{Uses: []use{{Lib: 0}, {Lib: 1, Module: "example.com/app"}, {Lib: 2, Module: "example.com/dep"}}},
		&installs{Libs: 5},
		&installers{},
	} {
		var a, b bytes.Buffer
		if err := gob.NewEncoder(&a).Encode(f); err != nil {
			t.Fatalf("%T: %v", f, err)
		}
		if err := gob.NewEncoder(&b).Encode(f); err != nil || !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%T: two encodings differ", f)
		}
		got := reflect.New(reflect.TypeOf(f).Elem()).Interface()
		if err := gob.NewDecoder(&a).Decode(got); err != nil {
			t.Fatalf("%T: %v", f, err)
		}
		if !reflect.DeepEqual(got, f) {
			t.Errorf("gob round trip of %v gave %v", f, got)
		}
	}
}

// TestLibs checks the names of the libraries and the messages derived
// from the table.
func TestLibs(t *testing.T) {
	if got := libs(0b111).String(); got != "tracing, zap, OpenTelemetry" {
		t.Errorf("libs(7) = %q", got)
	}
	var names []string
	for _, l := range installables {
		names = append(names, l.Name+":"+emitted(l)+":"+category(l))
	}
	if want := []string{"tracing:events:", "zap:events:zap", "OpenTelemetry:spans:opentelemetry"}; !reflect.DeepEqual(names, want) {
		t.Errorf("installables = %q, want %q", names, want)
	}
	if len(installables) > 32 {
		t.Errorf("%d installable libraries: libs has 32 bits", len(installables))
	}
}
