package keys

import (
	"strings"
	"testing"
	"unicode"
)

// FuzzKeys checks the key-naming invariants on any identifier-like
// input: words are non-empty, lower case and free of separators; a
// joined key never starts or ends with a separator and splits back into
// the same words; a Namer never hands out the same key twice.
func FuzzKeys(f *testing.F) {
	for _, s := range []string{"userID", "HTTPServer", "user_id", "v2Name", "ID", "a-b c.d", "ÀbcDéf", "__x__", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := Words(s)
		for _, w := range words {
			if w == "" || strings.ContainsAny(w, "_-. ") || w != strings.ToLower(w) {
				t.Fatalf("Words(%q) = %q: bad word %q", s, words, w)
			}
		}
		if len(words) == 0 {
			return
		}
		for _, c := range []Case{Snake, Kebab} {
			k := c.Join(words)
			if strings.HasPrefix(k, "_") || strings.HasSuffix(k, "_") || strings.HasPrefix(k, "-") || strings.HasSuffix(k, "-") {
				t.Fatalf("%v.Join(%q) = %q", c, words, k)
			}
		}
		if got := Words(Snake.Join(words)); strings.Join(got, " ") != strings.Join(words, " ") {
			t.Fatalf("Words(Snake.Join(%q)) = %q", words, got)
		}
		if k := Camel.Join(words); k != "" && unicode.IsUpper([]rune(k)[0]) && unicode.IsLetter([]rune(k)[0]) && []rune(k)[0] != unicode.ToLower([]rune(k)[0]) {
			t.Fatalf("Camel.Join(%q) = %q starts upper case", words, k)
		}
		n := NewNamer(Snake)
		seen := make(map[string]bool)
		for range 4 {
			k := n.Unique(words)
			if seen[k] {
				t.Fatalf("Namer handed out %q twice", k)
			}
			seen[k] = true
		}
	})
}
