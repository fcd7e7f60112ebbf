package idinmessage

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pieces returns the constant text of a message between its values:
// one more piece than there are values. A kept expression is written as
// one placeholder character (keptMark, keptMark+1, ... in order), which
// the rewrite treats as part of a word and messageExpr turns back into
// the expression.
func pieces(ps []part) []string {
	out := []string{""}
	k := 0
	for _, p := range ps {
		switch {
		case p.value != nil || p.hole:
			out = append(out, "")
		case p.kept != nil:
			out[len(out)-1] += string(keptMark + rune(k))
			k++
		default:
			out[len(out)-1] += p.text
		}
	}
	return out
}

// keptMark is the first placeholder of kept expressions in a message's
// text: a private-use character, which no message holds and which is
// neither a separator nor a letter.
const keptMark = '\uE000'

// messageExpr writes the constant message text of a fix as Go: a string
// literal, or, where text holds kept expressions (kept, in order), their
// concatenation with the literals around them ("see "+docURL("config")).
// compact writes + without spaces, as gofmt does in a call with more than
// one argument.
func messageExpr(text string, kept []string, seps []string, compact bool) string {
	var segs []string
	lit, hasLit := "", false
	flush := func() {
		if hasLit {
			segs = append(segs, strconv.Quote(lit))
		}
		lit, hasLit = "", false
	}
	for _, r := range text {
		if i := int(r - keptMark); i >= 0 && i < len(kept) {
			flush()
			segs = append(segs, kept[i])
			if seps[i] != "" {
				lit, hasLit = seps[i], true
			}
			continue
		}
		lit += string(r)
		hasLit = true
	}
	flush()
	if len(segs) == 0 {
		return `""`
	}
	plus := " + "
	if compact {
		plus = "+"
	}
	return strings.Join(segs, plus)
}

// seps are the characters a removed value leaves dangling around its
// place: "user %d: ok", "GET /users/%s", "id=%s", "(%v)", "'%s'".
const seps = " \t\r\n:=/\\,;|#@-'\"`()[]{}<>%.+*~&$"

// rewrite returns the constant message that remains of a message once
// its values are removed, given the text between them (pieces). At
// each removed value the separators left dangling on both sides go,
// and the words on either side are joined by a space (by '/' in a
// path: "GET /users/%s/orders" → "GET /users/orders"). Brackets and
// quotes left unpaired go too. The result has no leading or trailing
// space; it may be empty.
func rewrite(pieces []string) string {
	out := pieces[0]
	for _, next := range pieces[1:] {
		left := trimRightSeps(out)
		right := trimLeftSeps(next)
		path := strings.HasSuffix(out, "/") && strings.HasPrefix(next, "/")
		switch {
		case left == "":
			out = right
		case right == "":
			out = left
		case path:
			out = left + "/" + right
		default:
			out = left + " " + right
		}
	}
	if len(pieces) > 1 {
		out = balance(out)
	}
	return strings.TrimSpace(out)
}

func isSep(c byte) bool { return strings.IndexByte(seps, c) >= 0 }

// trimRightSeps removes the separators at the end of s.
func trimRightSeps(s string) string {
	for len(s) > 0 && isSep(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// trimLeftSeps removes the separators at the start of s, but not the
// apostrophe of a word that follows the value ("%s's" keeps "'s"
// rather than becoming "s").
func trimLeftSeps(s string) string {
	for len(s) > 0 && isSep(s[0]) {
		if s[0] == '\'' && len(s) > 1 && isLetter(s[1]) {
			break
		}
		s = s[1:]
	}
	return s
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// balance removes the brackets left without their pair, and the last
// double quote or backquote when there is an odd number of them.
func balance(s string) string {
	drop := make(map[int]bool)
	var open []int
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '(', '[', '{':
			open = append(open, i)
		case ')', ']', '}':
			if n := len(open); n > 0 && s[open[n-1]] == pair(c) {
				open = open[:n-1]
			} else {
				drop[i] = true
			}
		}
	}
	for _, i := range open {
		drop[i] = true
	}
	for _, q := range []byte{'"', '`'} {
		if strings.Count(s, string(q))%2 == 1 {
			drop[strings.LastIndexByte(s, q)] = true
		}
	}
	if len(drop) == 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if !drop[i] {
			b.WriteByte(s[i])
		}
	}
	// A removed bracket may leave two spaces, or a space at an end.
	return strings.Join(strings.FieldsFunc(b.String(), func(r rune) bool { return r == ' ' }), " ")
}

func pair(close byte) byte {
	switch close {
	case ')':
		return '('
	case ']':
		return '['
	}
	return '{'
}

// functionWords are the words that need what follows them: a
// preposition, an article, a conjunction or a copula. A message whose
// value is removed from right after one of them reads broken:
// "retry joining cluster every %v" → "retry joining cluster every",
// "less than %d. Setting it to %d" → "less than Setting it to".
var functionWords = map[string]bool{
	"every": true, "in": true, "on": true, "at": true, "to": true, "for": true,
	"of": true, "from": true, "with": true, "by": true, "than": true,
	"the": true, "a": true, "an": true, "and": true, "or": true,
	"as": true, "is": true, "was": true, "are": true,
}

// dangling returns the function word that a value of a message follows
// (the last word of the text left before it once the values are
// removed), given the text between the values (pieces); "" if there is
// none. Removing that value would leave a broken sentence.
func dangling(pieces []string) string {
	for i := 1; i < len(pieces); i++ {
		before := rewrite(append(slices.Clip(pieces[:i]), ""))
		if w := lastWord(before); functionWords[strings.ToLower(w)] {
			return w
		}
	}
	return ""
}

// lastWord returns the run of letters and digits at the end of s.
func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if i < 0 {
		return s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i+size:]
}

// hasWord reports whether s has a letter or a digit: a message worth
// keeping.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// inURL reports whether a value of a message, given the text between
// the values (pieces), sits inside a URL-like token: the characters
// that touch it without a space between, on either side, hold "://"
// ("http://%s/", "%s://host"). Cutting the value out of the token
// would leave a broken URL ("on http"): no fix rather than a wrong one.
func inURL(pieces []string) bool {
	for i := 1; i < len(pieces); i++ {
		before := pieces[i-1]
		before = before[strings.LastIndexAny(before, " \t\r\n")+1:]
		after := pieces[i]
		if j := strings.IndexAny(after, " \t\r\n"); j >= 0 {
			after = after[:j]
		}
		if strings.Contains(before, "://") || strings.Contains(after, "://") {
			return true
		}
	}
	return false
}
