package wrappers

import (
	"strings"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
)

func TestDeclarationsSet(t *testing.T) {
	d := new(Declarations)
	if err := d.Set("example.com/app/log.{Info,Warn}=slog, example.com/app/log.Logger.Info=zap,example.com/app/trace.Start=otel"); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"example.com/app/log.Info":        "slog",
		"example.com/app/log.Warn":        "slog",
		"example.com/app/log.Logger.Info": "zap",
		"example.com/app/trace.Start":     "OpenTelemetry",
	}
	if len(d.names) != len(want) {
		t.Errorf("names = %v", d.names)
	}
	for n, lib := range want {
		if l := d.names[n]; l == nil || l.Name != lib {
			t.Errorf("%s = %v, want %s", n, l, lib)
		}
	}
	for _, tc := range []struct{ in, err string }{
		{"example.com/app/log.Info", "want NAME=LIBRARY"},
		{"example.com/app/log.Info=log4j", `unknown library "log4j"`},
		{"example.com/app/log.{Info=slog", "unbalanced braces"},
		{"example.com/app/log.{Info,}=slog", "an empty alternative"},
		{"example.com/app/log=slog", "not a package path followed by .Func"},
		{"=slog", "want NAME=LIBRARY"},
	} {
		err := d.Set(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("Set(%q) = %v, want an error with %q", tc.in, err, tc.err)
		}
	}
	// A failed Set keeps the list; "" empties it.
	if len(d.names) != len(want) {
		t.Errorf("a failed Set changed the list: %v", d.names)
	}
	if err := d.Set(""); err != nil || !d.empty() || d.String() != "" {
		t.Errorf(`Set("") = %v, leaving %v`, err, d.names)
	}
}

func TestParseDirective(t *testing.T) {
	for _, tc := range []struct {
		text string
		ok   bool
		role apis.Role
		lib  string
		err  string
	}{
		{"//tracelint:event slog", true, apis.Event, "slog", ""},
		{"//tracelint:event style=zap", true, apis.Event, "zap", ""},
		{"//tracelint:span otel", true, apis.SpanStart, "OpenTelemetry", ""},
		{"//tracelint:span", true, 0, "", "name the library"},
		{"//tracelint:emit slog", true, 0, "", `unknown directive "emit"`},
		{"//tracelint:event log4j", true, 0, "", `unknown library "log4j"`},
		{"//tracelint:", true, 0, "", "names event or span"},
		{"// tracelint:event slog", false, 0, "", ""},
		{"//go:noinline", false, 0, "", ""},
	} {
		role, lib, err, ok := parseDirective(tc.text)
		switch {
		case ok != tc.ok:
			t.Errorf("%q: ok = %v", tc.text, ok)
		case tc.err != "":
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q: err = %v, want %q", tc.text, err, tc.err)
			}
		case ok && (err != nil || role != tc.role || lib.Name != tc.lib):
			t.Errorf("%q = %v %v %v", tc.text, role, lib, err)
		}
	}
}
