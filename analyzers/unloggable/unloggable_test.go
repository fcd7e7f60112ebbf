package unloggable_test

import (
	"strings"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/fixedtest"
	"github.com/tracelint/tracelint/analyzers/unloggable"
)

// pkgs are the testdata packages run with the default flags, one per
// concern.
var pkgs = []string{"payload", "funcs", "locks", "streams", "kv", "textbytes", "stacks", "methodexpr", "zapfields", "otelattrs", "hclogkv", "logrkv", "klogkv", "zerologchain", "logruschain", "gokitkv", "wrapkv"}

func Test(t *testing.T) {
	fixedtest.Run(t, unloggable.Analyzer, pkgs...)
}

func TestKeyCase(t *testing.T) {
	fixedtest.SetFlag(t, unloggable.Analyzer, "keycase", "camel")
	fixedtest.Run(t, unloggable.Analyzer, "keycase")
}

func TestDoc(t *testing.T) {
	// Doc starts with the title, without "unloggable: " (the driver adds the name).
	title := strings.SplitN(unloggable.Analyzer.Doc, "\n", 2)[0]
	if strings.HasPrefix(title, "unloggable:") || title == "" || title != strings.ToLower(title) || strings.HasSuffix(title, ".") {
		t.Errorf("Doc should start with a lowercase title line without a period, got %q", title)
	}
	if unloggable.Analyzer.Flags.Lookup("keycase") == nil {
		t.Error("no keycase flag")
	}
}

// TestBroken runs the analyzer on a package that does not type-check,
// as an editor does: it must neither panic nor fail, and still report
// the values whose types are known (want comments).
func TestBroken(t *testing.T) {
	fixedtest.Broken(t, unloggable.Analyzer, "broken")
}
