package analysisutil

import "testing"

func TestExtractDoc(t *testing.T) {
	const src = `/*
Package p does things.

# Analyzer one

one: check the first thing

Details of one.

# Analyzer two

two: check the second thing
*/
package p
`
	got, err := ExtractDoc(src, "one")
	if want := "check the first thing\n\nDetails of one."; err != nil || got != want {
		t.Errorf("ExtractDoc(one) = %q, %v; want %q", got, err, want)
	}
	if got, err := ExtractDoc(src, "two"); err != nil || got != "check the second thing" {
		t.Errorf("ExtractDoc(two) = %q, %v", got, err)
	}
	if _, err := ExtractDoc(src, "three"); err == nil {
		t.Error("ExtractDoc(three) succeeded")
	}
	if _, err := ExtractDoc("/*\n# Analyzer x\n\nno title\n*/\npackage p\n", "x"); err == nil {
		t.Error("a section without its title line was accepted")
	}
}
