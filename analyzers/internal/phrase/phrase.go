// Package phrase rewrites a log message around the values taken out of
// it, the way a reviewer would: each value goes together with the words
// that only served it (its preposition or article, a unit word after a
// number, a "key=" label, the punctuation and brackets left empty), the
// words that carry meaning stay, and the joins get their spacing and
// capitalisation back. Where no rewrite reads well (the value completes
// a comparison, it is a noun inside the sentence), it says why instead
// of mangling the message.
//
// It is the one message rewrite of tracelint: every library's fix, and
// every printf-style call's, goes through Rewrite. It works on text
// only, so that it can be tested and fuzzed without type information:
// the caller describes each value (Value) and derives field keys from
// the words Rewrite returns.
package phrase

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Value is what Rewrite knows of one value taken out of a message.
type Value struct {
	// Number marks a value that is a count or a measure (an integer or
	// a float): the word after it may be a unit ("%d ms") or the thing
	// it counts ("%d files").
	Number bool
	// Name is the key the value's expression names (its words, as
	// keys.ExprWords gives them), nil when the expression names
	// nothing worth writing into a sentence. Rewrite writes it in place
	// of a value that is the subject of the message ("%s is down",
	// node → "node is down").
	Name []string
}

// A Result is a rewritten message, or the reason there is none.
type Result struct {
	// Text is the message without its values; "" when Reason is set or
	// when no word of the message is left (the caller may then name
	// the event some other way).
	Text string
	// Hints holds, for each value, the words of the message that named
	// it ("node" in "for node %s", "files" in "%d files", "user_id" in
	// "user_id=%s"), lower case; nil when none did.
	Hints [][]string
	// Labels marks the hints that the message wrote as the value's own
	// key ("user_id=%s", "retries: %d" after a comma): the key to use.
	Labels []bool
	// Units holds, for each value, the unit word that followed it and
	// that the rewrite removed ("ms" in "took %d ms"), normalised
	// ("seconds", "bytes", "percent"); the key should carry it.
	Units []string
	// Reason, when set, says why the message has no rewrite that reads
	// well; Text is then "".
	Reason string
}

// Reasons for which a message has no rewrite.
const (
	Comparison = "the value completes a comparison"
	Noun       = "the value is a noun inside the sentence"
	Subject    = "the value is the subject of the sentence"
	URL        = "the value sits inside a URL"
	Object     = "the value completes the sentence"
	Many       = "the message is a report of too many values to rewrite"
	Quantity   = "the value is a quantity of what follows it"
)

// MaxValues is the most values a message may lose: beyond it the
// message is a report ("stable state for %s reached at %s (%d nodes),
// highestTerm is %d, ...") that only a person can turn into one event.
const MaxValues = 4

// Rewrite rewrites a message given the constant text between its
// values (pieces, one more than vals). A rune of the private-use area
// in the pieces stands for text the caller keeps (an expression that is
// constant at run time) and counts as a letter.
func Rewrite(pieces []string, vals []Value) Result {
	n := len(pieces) - 1
	r := Result{Hints: make([][]string, n), Labels: make([]bool, n), Units: make([]string, n)}
	if n <= 0 {
		r.Text = strings.TrimSpace(pieces[0])
		return r
	}
	pieces = bareURLs(pieces)
	if inURL(pieces) {
		return Result{Reason: URL}
	}
	if n > MaxValues {
		return Result{Reason: Many}
	}
	for _, p := range pieces {
		for _, op := range operators {
			if strings.Contains(" "+p+" ", op) {
				return Result{Reason: Comparison} // "%s (from response) != %s (from store)"
			}
		}
	}
	ps := append([]string(nil), pieces...)
	for i := 0; i < n; i++ {
		v := Value{}
		if i < len(vals) {
			v = vals[i]
		}
		if reason := r.around(ps, i, v); reason != "" {
			return Result{Reason: reason}
		}
	}
	text := join(ps)
	if !hasWord(pieces[n]) {
		text = dropTrailingFunctionWords(text) // "retry every %v"
	}
	text = tidy(text)
	if !hasWord(text) {
		r.Text = ""
		r.cleanHints()
		return r
	}
	r.Text = capitalize(text, pieces)
	r.cleanHints()
	return r
}

// cleanHints drops the hints that cannot be keys: a word holding kept
// text, or a single letter ("x 5").
func (r *Result) cleanHints() {
	for i, h := range r.Hints {
		for _, w := range h {
			if isKeptWord(w) || len(h) == 1 && utf8.RuneCountInString(w) < 2 {
				r.Hints[i], r.Labels[i] = nil, false
				break
			}
		}
	}
}

// around edits the text on both sides of value i (ps[i] before it,
// ps[i+1] after it): the words that only served the value go, and the
// words that named it become its hint. It returns a reason when the
// message has no good rewrite.
func (r *Result) around(ps []string, i int, v Value) string {
	left, right := ps[i], ps[i+1]
	prior := strings.Join(ps[:i], "") // the message before left, values gone
	atEnd := clauseEnd(right, i+1 == len(ps)-1)

	// After the value: a unit goes, a counted noun stays and names it.
	if v.Number {
		rest, unit, hasUnit := cutUnit(right)
		if hasUnit {
			r.Units[i] = unit
			right = rest
			atEnd = clauseEnd(right, i+1 == len(ps)-1)
		}
		w := firstWord(right)
		after := strings.TrimLeft(right, " ")
		if strings.EqualFold(w, "out") && strings.HasPrefix(after, w) && strings.EqualFold(firstWord(after[len(w):]), "of") {
			return Quantity // "iteration %d out of 20"
		}
		if strings.EqualFold(w, "of") && strings.HasPrefix(after, w) {
			if rest := after[len(w):]; firstWord(rest) != "" {
				// "sent %d%% of the batch": the words after it
				// would be left dangling ("processed %d of %d
				// items" is fine: "of" goes with the next value).
				return Quantity
			}
		}
		if !hasUnit && w != "" && isCounted(w) {
			r.Hints[i] = []string{strings.ToLower(w)}
			rest := right[strings.Index(right, w)+len(w):]
			if _, tail := splitTail(left); strings.ContainsAny(tail, "(") || opensClause(left) && hasWord(prior+left) {
				if clauseEnd(rest, true) {
					// "(%d nodes)", ", %d nodes": the clause is the
					// value and its noun alone.
					right, r.Labels[i] = rest, true
					atEnd = clauseEnd(right, i+1 == len(ps)-1)
				}
			}
		}
	}

	core, tail := splitTail(left)
	counted := r.Hints[i] != nil // "%d files": the noun after the value
	switch {
	case strings.HasPrefix(strings.TrimLeft(tail, " "), "=") && !strings.HasSuffix(core, " ") && core != "":
		// "user_id=%s", "id = %s": the message names the key.
		lw := trailingLabel(core)
		if lw != "" {
			r.Hints[i], r.Labels[i] = labelWords(lw), true
			core = strings.TrimRight(core[:len(core)-len(lw)], " ")
			if core != "" {
				core += " "
			}
			left, tail = core, ""
		}
	case strings.ContainsAny(tail, ":"):
		// "panic: %v", "open config: %v": the word before the colon
		// names the value if it is a noun, and stays.
		ws := trailingWords(core, 3)
		// ", retries: %d", "(known failure domains: %v)": a label of
		// its own clause, after another.
		for k := len(ws) - 1; k >= 0; k-- {
			before := core[:ws[k].start]
			if opensClause(before) && hasWord(prior+before) && atEnd && labelPhrase(ws[:k+1]) {
				r.Hints[i], r.Labels[i] = phraseWords(ws[:k+1]), true
				left = before
				break
			}
		}
		if !r.Labels[i] && len(ws) >= 2 && atEnd && isNounish(ws[0].text) && prepositions[strings.ToLower(ws[1].text)] &&
			strings.ToLower(ws[1].text) != "to" && hasWord(prior+core[:ws[1].start]) {
			// "got an empty %T instead for series: %d": the phrase
			// before the colon only named the value.
			r.Hints[i] = labelWords(ws[0].text)
			left = core[:ws[1].start]
		}
		if !r.Labels[i] && len(ws) >= 1 && isNounish(ws[0].text) && r.Hints[i] == nil {
			r.Hints[i] = labelWords(ws[0].text)
		}
	case strings.Trim(tail, " \t\"'`([{<#") == "":
		nl, cutPrep, reason := r.words(core, prior, i, atEnd)
		if reason != "" {
			return reason
		}
		left = nl
		if nl == core {
			left = core + tail
		}
		if cutPrep && counted {
			// "retrying after %d tries": the counted noun was part of
			// the phrase that went.
			w := firstWord(right)
			right = right[strings.Index(right, w)+len(w):]
		} else if w := firstWord(right); cutPrep && !v.Number && w != "" && strings.HasPrefix(strings.TrimLeft(right, " "), w) &&
			isNounish(w) && isLower(w) && !isKeptWord(w) {
			// "unblocked by %s hook", "started in %s mode": the noun
			// after the value names it, and goes with its phrase when
			// nothing but the end of a clause or another phrase
			// follows it.
			rest := strings.TrimLeft(right, " ")[len(w):]
			if w2 := firstWord(rest); w2 != "" && strings.HasPrefix(rest, " "+w2) && isNounish(w2) && isLower(w2) && !isKeptWord(w2) {
				rest2 := rest[1+len(w2):]
				if clauseEnd(rest2, i+1 == len(ps)-1) {
					w, rest = w+" "+w2, rest2 // "by %q executable name"
				}
			}
			if nw := strings.ToLower(firstWord(rest)); clauseEnd(rest, i+1 == len(ps)-1) ||
				strings.HasPrefix(strings.TrimLeft(rest, " "), nw) && nw != "" && (prepositions[nw] || conjunctions[nw]) {
				right = rest
				r.Hints[i] = nil
				for _, x := range strings.Fields(w) {
					r.Hints[i] = append(r.Hints[i], labelWords(x)...)
				}
				atEnd = clauseEnd(right, i+1 == len(ps)-1)
			}
		}
	}

	// The value is the subject: "%s is down", "%s failed".
	if !hasWord(strings.Join(ps[:i], "")+left) && startsPredicate(right) {
		if len(v.Name) == 0 {
			return Subject
		}
		left = strings.Join(v.Name, " ") + " "
	}
	ps[i], ps[i+1] = left, right
	return ""
}

// words applies the word rules to core, the text before value i up to
// the separators that touch the value: a preposition, article, copula
// or conjunction before it goes (with the noun between a preposition
// and the value, which names it); a lone word opening a clause of its
// own ("(limit %d)") is a label and goes too. It returns the new core.
func (r *Result) words(core, prior string, i int, atEnd bool) (newCore string, cutPrep bool, reason string) {
	ws := trailingWords(core, 4)
	if len(ws) == 0 {
		return core, false, ""
	}
	w0 := strings.ToLower(ws[0].text)
	cut := func(k int, hint []string) string {
		if hint != nil && r.Hints[i] == nil {
			r.Hints[i] = hint
		}
		return core[:ws[k].start]
	}
	switch {
	case comparatives[w0]:
		return "", false, Comparison
	case articles[w0]:
		if !atEnd {
			return "", false, Noun // "got an empty %s instead": a hole in the sentence
		}
		k := 0
		if len(ws) > 1 && prepositions[strings.ToLower(ws[1].text)] {
			k = 1
		}
		return cut(k, nil), k == 1, ""
	case prepositions[w0]:
		if w0 == "of" && len(ws) > 1 && quantifiers[strings.ToLower(ws[1].text)] {
			return "", false, Object // "expected one of %v"
		}
		return cut(0, prepHint(w0)), true, ""
	case copulas[w0]:
		if !atEnd {
			return "", false, Noun
		}
		var hint []string
		if len(ws) > 1 && isNounish(ws[1].text) {
			hint = labelWords(ws[1].text)
			if before := core[:ws[1].start]; opensClause(before) && hasWord(prior+before) {
				// ", highestTerm is %d": a clause that only labels
				// the value.
				r.Labels[i] = r.Hints[i] == nil
				return cut(1, hint), false, ""
			}
		}
		return cut(0, hint), false, ""
	case conjunctions[w0]:
		if !atEnd {
			return "", false, Noun // "upgrade to %s and %s hook completed"
		}
		return cut(0, nil), false, ""
	}
	if !atEnd && len(ws) > 1 && !isNounish(ws[0].text) && articles[strings.ToLower(ws[1].text)] {
		return "", false, Noun // "got an empty %s instead"
	}
	// w0 is a content word. Before it, a preposition (other than the
	// "to" of an infinitive) with at most one more noun or an article:
	// "for node %s", "with ID %s", "for the repo %s", "in repo name %s".
	if isNounish(ws[0].text) {
		for k := 1; k < len(ws) && k <= 3; k++ {
			wk := strings.ToLower(ws[k].text)
			if wk == "to" {
				if k == 1 && toNouns[strings.ToLower(ws[0].text)] {
					return cut(1, labelWords(ws[0].text)), true, "" // "upgrade to version %s"
				}
				if k == 1 {
					return core, false, "" // "failed to reconcile %s": a verb, not a name
				}
				break
			}
			if prepositions[wk] {
				hint := nounWords(ws[:k])
				if hint == nil {
					break
				}
				return cut(k, hint), true, ""
			}
			if !isNounish(ws[k].text) && !articles[wk] {
				break
			}
		}
		// A clause of its own, after another, that is only a label
		// of up to three nouns: "got %d rows (limit %d)", "deleted %d
		// keys, took %v", "Rotating %s, new name %s".
		if atEnd {
			for k := min(len(ws), 3) - 1; k >= 0; k-- {
				before := core[:ws[k].start]
				if opensClause(before) && hasWord(prior+before) && labelPhrase(ws[:k+1]) {
					r.Labels[i] = r.Hints[i] == nil
					return cut(k, phraseWords(ws[:k+1])), false, ""
				}
			}
		}
		if r.Hints[i] == nil {
			r.Hints[i] = labelWords(ws[0].text)
		}
	}
	return core, false, ""
}

// labelPhrase reports whether ws (last first) may be a label naming a
// value: nouns, or a noun after modifiers ("new name", "old size").
func labelPhrase(ws []word) bool {
	if len(ws) == 0 || !isNounish(ws[0].text) {
		return false
	}
	for _, w := range ws[1:] {
		if !isNounish(w.text) && !modifiers[strings.ToLower(w.text)] {
			return false
		}
	}
	return true
}

// phraseWords returns the words of ws (last first) in reading order,
// split and lower case ("git commit", "failureDomain" → failure domain).
func phraseWords(ws []word) []string {
	var out []string
	for j := len(ws) - 1; j >= 0; j-- {
		out = append(out, labelWords(ws[j].text)...)
	}
	return out
}

// nounWords returns the lower-case words of ws (last first) that are not
// articles, in reading order; nil if one is not a noun.
func nounWords(ws []word) []string {
	var out []string
	for j := len(ws) - 1; j >= 0; j-- {
		w := strings.ToLower(ws[j].text)
		if articles[w] {
			continue
		}
		if !isNounish(ws[j].text) {
			return nil
		}
		out = append(out, labelWords(ws[j].text)...)
	}
	return out
}

// prepHint is the key a preposition gives the value that follows it,
// when the expression names nothing better: "after %v" → after.
func prepHint(p string) []string {
	switch p {
	case "after", "before", "until", "since", "from", "via", "within":
		return []string{p}
	case "to", "into", "onto":
		return []string{"dest"}
	case "every":
		return []string{"interval"}
	}
	return nil
}

// join joins the pieces once their values are gone: at each join the
// separators left dangling on both sides go, and the two sides are
// joined by a space (by '/' in a path: "GET /users/%s/orders" → "GET
// /users/orders"). Brackets and quotes left unpaired go too.
func join(pieces []string) string {
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
		case sentencePunct(next) == ":" && len(strings.Fields(left)) < 3:
			// "session %s: opened": the colon labelled the value.
			out = left + " " + right
		case sentencePunct(next) != "":
			out = left + sentencePunct(next) + " " + right
		case clausePunct(out[len(left):]) != "":
			// "at the moment, '%s' defaulting to": the comma that
			// ended the clause before the value stays.
			out = left + clausePunct(out[len(left):]) + " " + right
		default:
			out = left + " " + right
		}
	}
	return strings.TrimSpace(balance(out))
}

// seps are the characters a removed value leaves dangling around its
// place: "user %d: ok", "GET /users/%s", "id=%s", "(%v)", "'%s'".
const seps = " \t\r\n:=/\\,;|#@-'\"`()[]{}<>%.+*~&$!?^"

func isSep(c byte) bool { return strings.IndexByte(seps, c) >= 0 }

// trimRightSeps removes the separators at the end of s, but not a
// closing bracket whose pair is in s, nor the '.' of a sentence that
// goes on.
func trimRightSeps(s string) string {
	for len(s) > 0 && isSep(s[len(s)-1]) {
		if c := s[len(s)-1]; (c == ')' || c == ']') && strings.LastIndexByte(s, pair(c)) >= 0 && strings.LastIndexByte(s, pair(c)) < len(s)-2 {
			break // "failed (unauthorized error): %v" keeps its brackets
		}
		s = s[:len(s)-1]
	}
	return s
}

// sentencePunct returns the comma, semicolon or full stop that the text
// after a value begins with ("%s, the operation...", "%s. Skipping"),
// or "".
func sentencePunct(next string) string {
	t := strings.TrimLeft(next, "\"'`)]}>")
	if len(t) >= 2 && strings.IndexByte(",;.:", t[0]) >= 0 && (t[1] == ' ' || t[1] == '\n') {
		return t[:1]
	}
	return ""
}

// clausePunct returns the comma or semicolon that ends the clause
// before a value, in the separators trimmed off before it (", '"), or "".
func clausePunct(trimmed string) string {
	if i := strings.IndexAny(trimmed, ",;"); i >= 0 && strings.Trim(trimmed[:i], " ") == "" {
		return trimmed[i : i+1]
	}
	return ""
}

// trimLeftSeps removes the separators at the start of s, but not the
// apostrophe of a word that follows the value ("%s's" keeps "'s"
// rather than becoming "s"), nor an opening bracket or quote whose pair
// follows.
func trimLeftSeps(s string) string {
	for len(s) > 0 && isSep(s[0]) {
		if s[0] == '\'' && len(s) > 1 && isASCIILetter(s[1]) {
			break
		}
		if (s[0] == '(' || s[0] == '[') && strings.IndexByte(s, closer(s[0])) > 1 {
			break
		}
		s = s[1:]
	}
	return s
}

func closer(open byte) byte {
	if open == '(' {
		return ')'
	}
	return ']'
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

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
	return b.String()
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

// tidy fixes what the joins leave: runs of spaces, a space before a
// comma or a closing bracket, empty brackets and quotes, punctuation
// doubled or at either end.
func tidy(s string) string {
	for {
		old := s
		for _, e := range [...]string{"()", "[]", "{}", "''", `""`, "``", "( )", "[ ]"} {
			s = strings.ReplaceAll(s, e, "")
		}
		s = strings.Join(strings.Fields(s), " ")
		for _, p := range [...][2]string{{" ,", ","}, {" ;", ";"}, {" :", ":"}, {" )", ")"}, {" ]", "]"}, {"( ", "("}, {"[ ", "["}, {",,", ","}, {", ,", ","}, {",.", "."}, {":.", "."}, {", :", ":"}, {": :", ":"}, {"::", ":"}, {";;", ";"}, {" .", "."}} {
			s = strings.ReplaceAll(s, p[0], p[1])
		}
		s = strings.TrimLeft(s, " ,;:.-|/=)]}")
		s = strings.TrimRight(s, " ,;:-|/=([{")
		if s == old {
			return s
		}
	}
}

// dropTrailingFunctionWords removes the prepositions, articles and
// conjunctions left at the end of a message ("retry every" → "retry").
func dropTrailingFunctionWords(s string) string {
	for {
		t := strings.TrimRight(s, " ,;:-")
		ws := trailingWords(t, 1)
		if len(ws) == 0 {
			return s
		}
		w := strings.ToLower(ws[0].text)
		if !prepositions[w] && !articles[w] && !conjunctions[w] {
			return s
		}
		s = t[:ws[0].start]
	}
}

// capitalize gives the rewritten message the capital letter the
// original began with.
func capitalize(text string, pieces []string) string {
	orig := strings.TrimLeft(pieces[0], seps)
	first, _ := utf8.DecodeRuneInString(orig)
	if orig == "" {
		return text
	}
	r, size := utf8.DecodeRuneInString(text)
	if unicode.IsUpper(first) && unicode.IsLower(r) {
		return string(unicode.ToUpper(r)) + text[size:]
	}
	return text
}

// A word is a run of letters, digits, '_', '-' and '\” starting with a
// letter, and its offset in the text it came from.
type word struct {
	text  string
	start int
}

// trailingWords returns up to n words at the end of s (last first),
// separated by single spaces; it stops at anything else (punctuation,
// a bracket, kept text).
func trailingWords(s string, n int) []word {
	var out []word
	end := len(strings.TrimRight(s, " "))
	if end < len(s) && end > 0 && len(out) == 0 {
		s = s[:end]
	}
	for len(out) < n {
		i := end
		for i > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:i])
			if !isWordRune(r) {
				break
			}
			i -= size
		}
		if i == end {
			break
		}
		w := s[i:end]
		r, _ := utf8.DecodeRuneInString(w)
		if !isLetterRune(r) || isKeptWord(w) {
			break // not a word, or the caller's kept text: never cut, never a label
		}
		out = append(out, word{w, i})
		if i == 0 || s[i-1] != ' ' {
			break
		}
		end = i - 1
	}
	return out
}

// firstWord returns the word at the start of s, after spaces.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " ")
	i := strings.IndexFunc(s, func(r rune) bool { return !isWordRune(r) })
	if i < 0 {
		i = len(s)
	}
	w := s[:i]
	if r, _ := utf8.DecodeRuneInString(w); !isLetterRune(r) {
		return ""
	}
	return w
}

func isLetterRune(r rune) bool {
	return unicode.IsLetter(r) || isKept(r)
}

// isKeptWord reports whether w holds kept text.
func isKeptWord(w string) bool { return strings.ContainsFunc(w, isKept) }

// isKept reports whether r stands for text the caller keeps (a rune of
// the private-use area).
func isKept(r rune) bool { return r >= 0xE000 && r <= 0xF8FF }

func isWordRune(r rune) bool {
	return isLetterRune(r) || unicode.IsDigit(r) || r == '_' || r == '-' || r == '\''
}

// splitTail splits s into its text and the separators at its end that
// touch the value (spaces, quotes, opening brackets, ':', '=').
func splitTail(s string) (core, tail string) {
	i := len(s)
	for i > 0 && strings.IndexByte(" \t\r\n\"'`([{<:=#", s[i-1]) >= 0 {
		i--
	}
	return s[:i], s[i:]
}

// trailingLabel returns the key-like token at the end of s (letters,
// digits, '_', '.', '-'), or "".
func trailingLabel(s string) string {
	i := len(s)
	for i > 0 {
		c := s[i-1]
		if !(isASCIILetter(c) || '0' <= c && c <= '9' || c == '_' || c == '.' || c == '-') {
			break
		}
		i--
	}
	l := strings.Trim(s[i:], ".-")
	if l == "" || !isASCIILetter(l[0]) {
		return ""
	}
	return l
}

// labelWords splits a label into words: "user_id", "userID",
// "user.id" and "user-id" all give user, id.
func labelWords(l string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(l, func(r rune) bool { return r == '_' || r == '.' || r == '-' }) {
		for _, w := range splitCamel(part) {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}

func splitCamel(s string) []string {
	var out []string
	start := 0
	rs := []rune(s)
	for i := 1; i < len(rs); i++ {
		if unicode.IsUpper(rs[i]) && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1])) {
			out = append(out, string(rs[start:i]))
			start = i
		}
	}
	return append(out, string(rs[start:]))
}

// clauseEnd reports whether the text after a value (right) ends the
// value's clause: nothing follows (or only the next value, when last is
// false), or punctuation does, not a word.
func clauseEnd(right string, last bool) bool {
	s := strings.TrimLeft(right, " \t\"'`)]}>")
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return !isWordRune(r)
}

// opensClause reports whether before, the text before a word, ends
// in a clause's opening: ',', ';', '(', '[' or " - ".
func opensClause(before string) bool {
	t := strings.TrimRight(before, " ")
	if t == "" {
		return false
	}
	return strings.ContainsAny(t[len(t)-1:], ",;([\n") || strings.HasSuffix(before, " - ")
}

// startsPredicate reports whether right, the text after a value that
// opens the message, starts with a verb of which the value is the
// subject ("%s is down", "%s failed to start").
func startsPredicate(right string) bool {
	if !strings.HasPrefix(right, " ") {
		return false
	}
	w := strings.ToLower(firstWord(right))
	return copulas[w] || auxiliaries[w] || strings.HasSuffix(w, "ed") && len(w) > 3
}

// cutUnit removes a unit word (or '%') right after a number: " ms",
// "ms", "%", " seconds". It returns the rest and the normalised unit.
func cutUnit(right string) (string, string, bool) {
	if strings.HasPrefix(right, "%") {
		return right[1:], "percent", true
	}
	w := firstWord(right)
	if w == "" {
		return right, "", false
	}
	u, ok := units[strings.ToLower(w)]
	if !ok {
		return right, "", false
	}
	i := strings.Index(right, w) + len(w)
	return right[i:], u, true
}

// isCounted reports whether w, after a number, is the plural noun the
// number counts ("%d files"): it ends in 's' and is not a function word.
func isCounted(w string) bool {
	lw := strings.ToLower(w)
	return len(lw) > 2 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !isFunctionWord(lw) && !copulas[lw] && isLower(w)
}

// isNounish reports whether w may be a noun naming a value: not a
// function word, not a verb form (-ing, -ed, a common verb), starting
// with a letter.
func isNounish(w string) bool {
	lw := strings.ToLower(w)
	if isFunctionWord(lw) || copulas[lw] || auxiliaries[lw] || verbs[lw] || comparatives[lw] {
		return false
	}
	return !isVerbish(lw)
}

func isVerbish(w string) bool {
	lw := strings.ToLower(w)
	if verbs[lw] {
		return true
	}
	if nounsLikeVerbs[lw] {
		return false
	}
	return len(lw) > 4 && (strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed"))
}

func isLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return !unicode.IsUpper(r) || strings.ToUpper(w) == w && len(w) <= 4 // "ID", "URL"
}

func isFunctionWord(w string) bool {
	w = strings.ToLower(w)
	return prepositions[w] || articles[w] || conjunctions[w]
}

// hasWord reports whether s has a letter or a digit: a message worth
// keeping.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return isLetterRune(r) || unicode.IsDigit(r) }) >= 0
}

// bareURLs removes the scheme and the trailing '/' around a value
// that is a URL's whole host ("on http://%s/" → "on %s"): the field
// records the address, and nothing else of the URL is lost. A URL with
// a path or a query after the value stays, for inURL to refuse.
func bareURLs(pieces []string) []string {
	var out []string
	for i := 0; i+1 < len(pieces); i++ {
		left, right := pieces[i], pieces[i+1]
		if i > 0 {
			left = out[i]
		}
		j := strings.LastIndexAny(left, " \t\r\n") + 1
		tok := left[j:]
		k := strings.Index(tok, "://")
		rest := strings.TrimPrefix(right, "/")
		if k > 0 && k+3 == len(tok) && isScheme(tok[:k]) && (rest == "" || strings.IndexAny(rest[:1], " \t\r\n,;)") == 0) {
			left = left[:j]
			right = rest
		}
		if i == 0 {
			out = append(out, left)
		} else {
			out[i] = left
		}
		out = append(out, right)
	}
	if len(out) == 0 {
		return pieces
	}
	return out
}

func isScheme(s string) bool {
	for _, r := range s {
		if !isASCIILetter(byte(r)) || r > 127 {
			return false
		}
	}
	return s != ""
}

// inURL reports whether a value of a message, given the text between
// the values (pieces), sits inside a URL-like token: the characters
// that touch it without a space between, on either side, hold "://"
// ("http://%s/", "%s://host"). Cutting the value out of the token
// would leave a broken URL ("on http").
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
		if before == "" && len(after) > 1 && after[0] == '/' && isASCIILetter(after[1]) {
			return true // "on %s/debug": the value is the root of a path
		}
	}
	return false
}
