package apis

import (
	"slices"
	"testing"
)

// TestDefaultPkgs: the packages through which code reaches or installs
// a process-wide default, split by OwnModule; zapcore and otel/trace
// hold no such row.
func TestDefaultPkgs(t *testing.T) {
	if got, want := DefaultPkgs(false), []string{Tracing}; !slices.Equal(got, want) {
		t.Errorf("DefaultPkgs(false) = %q, want %q", got, want)
	}
	if got, want := DefaultPkgs(true), []string{Otel, Zap}; !slices.Equal(got, want) {
		t.Errorf("DefaultPkgs(true) = %q, want %q", got, want)
	}
}
