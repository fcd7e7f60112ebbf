package idinmessage

import (
	"strconv"
	"strings"
	"unicode"
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

// A keptText is an expression a fix keeps in the message, as Go source,
// followed by constant text sep; verb, when set, is the directive that
// formats it as the message did.
type keptText struct {
	src, sep, verb string
}

// messageExpr writes the constant message text of a fix as Go: a string
// literal, or, where text holds kept expressions (kept, in order), their
// concatenation with the literals around them ("see "+docURL("config")),
// or, where one of them keeps its directive, a call of sprintf (the
// message's own fmt.Sprintf) that formats them all (fmt.Sprintf("Creating
// watch for %T", w.Object())). compact writes + without spaces, as gofmt
// does in a call with more than one argument.
func messageExpr(text string, kept []keptText, sprintf string, compact bool) string {
	formatted := false
	for _, k := range kept {
		formatted = formatted || k.verb != ""
	}
	var segs, args []string
	lit, hasLit := "", false
	flush := func() {
		if hasLit {
			segs = append(segs, strconv.Quote(lit))
		}
		lit, hasLit = "", false
	}
	for _, r := range text {
		if i := int(r - keptMark); i >= 0 && i < len(kept) {
			k := kept[i]
			if formatted {
				verb := k.verb
				if verb == "" {
					verb = "%s"
				}
				lit += verb + strings.ReplaceAll(k.sep, "%", "%%")
				args = append(args, k.src)
				continue
			}
			flush()
			segs = append(segs, k.src)
			if k.sep != "" {
				lit, hasLit = k.sep, true
			}
			continue
		}
		if formatted && r == '%' {
			lit += "%"
		}
		lit += string(r)
		hasLit = true
	}
	if formatted {
		return sprintf + "(" + strconv.Quote(lit) + ", " + strings.Join(args, ", ") + ")"
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

// hasWord reports whether s has a letter or a digit, not counting the
// placeholders of kept text: a message worth keeping.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
