package idinmessage

import (
	"go/token"
	"go/types"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tracelint/tracelint/analyzers/internal/format"
	"github.com/tracelint/tracelint/analyzers/internal/phrase"
)

// formatPieces splits a printf format into the text between its
// operands, as the analyzer does for a Sprintf message: "%%" is text,
// every other directive a value. It returns the pieces and the number
// of "%%".
func formatPieces(f string) ([]string, int) {
	var ps []part
	literal := 0
	last := 0
	for _, d := range format.Parse(f) {
		ps = append(ps, part{text: f[last:d.Pos]})
		last = d.End
		if d.Literal() {
			ps = append(ps, part{text: "%"})
			literal++
			continue
		}
		ps = append(ps, part{hole: true})
	}
	ps = append(ps, part{text: f[last:]})
	return pieces(ps), literal
}

var msgWording = wording{what: "message", noun: "field"}

func TestDiagnosticText(t *testing.T) {
	for _, tc := range []struct {
		names []string
		what  string
		want  string
	}{
		{[]string{"userID"}, "message", "userID is formatted into the message; record it as a field so it can be queried"},
		{[]string{"a", "b"}, "span name", "a and b are formatted into the span name, making one span class per value; record them as fields so the name identifies the class"},
		{[]string{"a", "b", "c"}, "message", "a, b and c are formatted into the message; record them as fields so they can be queried"},
		{nil, "message", "the message is built at run time; record its values as fields so they can be queried"},
	} {
		w := wording{what: tc.what, noun: "field"}
		if tc.what == "span name" {
			w.class = "span"
		}
		if got := diagnosticText(tc.names, nil, w); got != tc.want {
			t.Errorf("diagnosticText(%q) = %q, want %q", tc.names, got, tc.want)
		}
	}
	ver := recName{"info.Version", recField{key: "version"}}
	anon := recName{"b", recField{}}
	for _, tc := range []struct {
		names []string
		rec   []recName
		want  string
	}{
		{nil, []recName{ver}, "info.Version is already recorded as version; remove it from the message so that the message is constant"},
		{nil, []recName{ver, anon}, "info.Version and b are already recorded as version and a field; remove them from the message so that the message is constant"},
		{[]string{"id"}, []recName{ver}, "id is formatted into the message; record it as a field so it can be queried (info.Version is already recorded as version)"},
	} {
		if got := diagnosticText(tc.names, tc.rec, msgWording); got != tc.want {
			t.Errorf("diagnosticText(%q, %v) = %q, want %q", tc.names, tc.rec, got, tc.want)
		}
	}
	if got := fixText([]string{"id"}, []string{"name"}, msgWording); got != "Record id as a field and remove name from the message" {
		t.Errorf("fixText = %q", got)
	}
	if got := fixText([]string{"userID"}, nil, msgWording); got != "Record userID as a field" {
		t.Errorf("fixText = %q", got)
	}
	if got := fixText([]string{"a", "b"}, nil, msgWording); got != "Record a and b as fields" {
		t.Errorf("fixText = %q", got)
	}
	if got := fixText(nil, []string{"id"}, msgWording); got != "Remove id from the message" {
		t.Errorf("fixText = %q", got)
	}
	attr := wording{what: "span event name", noun: "attribute", class: "event"}
	if got := diagnosticText([]string{"n"}, nil, attr); got != "n is formatted into the span event name, making one event class per value; record it as an attribute so the name identifies the class" {
		t.Errorf("diagnosticText(span event) = %q", got)
	}
	if got := fixText([]string{"a", "b"}, []string{"id"}, attr); got != "Record a and b as attributes and remove id from the span event name" {
		t.Errorf("fixText(span event) = %q", got)
	}
	if got := shorten(strings.Repeat("x", 50)); utf8.RuneCountInString(got) != 40 {
		t.Errorf("shorten = %q", got)
	}
}

// FuzzRewrite checks the rewrite of any Sprintf format, taken apart as
// the analyzer takes it: it never panics, keeps no verb (every '%' left
// is a literal "%%" of the format), leaves no space at either end and
// no double space, and is stable (rewriting the result again, as
// constant text, changes nothing).
func FuzzRewrite(f *testing.F) {
	for _, s := range []string{"User %d logged in", "GET /users/%s/orders", "%[1]d %*d", "100%% %s", "(%s", `"%q"`, "%", "a%-", "é%sè"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, f string) {
		ps, literal := formatPieces(f)
		got := phrase.Rewrite(ps, make([]phrase.Value, len(ps)-1)).Text
		if n := strings.Count(got, "%"); n > literal {
			t.Fatalf("rewrite(%q) = %q: %d '%%' from %d %%%%", f, got, n, literal)
		}
		if got != strings.TrimSpace(got) {
			t.Fatalf("rewrite(%q) = %q: untrimmed", f, got)
		}
		if utf8.ValidString(f) && !utf8.ValidString(got) {
			t.Fatalf("rewrite(%q) = %q: invalid UTF-8", f, got)
		}
		if strings.Contains(got, "  ") {
			t.Fatalf("rewrite(%q) = %q: double space", f, got)
		}
		if again := phrase.Rewrite([]string{got}, nil).Text; again != got {
			t.Fatalf("rewrite(%q) = %q, not stable: %q", f, got, again)
		}
	})
}

func TestSprintSpace(t *testing.T) {
	str, num := types.Typ[types.String], types.Typ[types.Int]
	named := types.NewNamed(types.NewTypeName(token.NoPos, nil, "ID", nil), str, nil)
	anyType := types.Universe.Lookup("any").Type()
	for _, tc := range []struct {
		a, b         types.Type
		ln           bool
		space, known bool
	}{
		{str, num, false, false, true},
		{num, num, false, true, true},
		{named, num, false, false, true}, // a string kind: no space
		{anyType, str, false, false, true},
		{anyType, num, false, false, false}, // a string or not: unknown
		{num, nil, false, false, false},
		{str, str, true, true, true}, // Sprintln: always
	} {
		space, known := sprintSpace(tc.a, tc.b, tc.ln)
		if space != tc.space || known != tc.known {
			t.Errorf("sprintSpace(%v, %v, %v) = %v, %v; want %v, %v", tc.a, tc.b, tc.ln, space, known, tc.space, tc.known)
		}
	}
}
