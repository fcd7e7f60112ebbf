// Package keys derives field keys from the expressions whose values
// tracelint's fixes turn into fields: userID → user_id, o.ID (o an Order)
// → order_id, req.URL.Path → path, err.Error() → error.
package keys

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
)

// Case is a key-naming convention. Its zero value is Auto: no
// convention chosen, so that new keys follow the keys around them
// ([Survey.Case]), else Snake. Case implements flag.Value, so an
// analyzer can offer it as a flag whose default is Auto and tell a value
// set explicitly from the default.
type Case int

const (
	Auto   Case = iota // the case of the keys around (see Survey), else snake
	Snake              // user_id
	Camel              // userId
	Kebab              // user-id
	Pascal             // UserId
)

var caseNames = [...]string{Auto: "auto", Snake: "snake", Camel: "camel", Kebab: "kebab", Pascal: "pascal"}

func (c Case) String() string {
	if c < 0 || int(c) >= len(caseNames) {
		return fmt.Sprintf("Case(%d)", int(c))
	}
	return caseNames[c]
}

// Set parses a case name, for flag.Value.
func (c *Case) Set(s string) error {
	for i, name := range caseNames {
		if strings.EqualFold(s, name) {
			*c = Case(i)
			return nil
		}
	}
	return fmt.Errorf("unknown key case %q (want snake, camel, kebab, pascal or auto)", s)
}

// Join writes words (lower case) in the convention c; Auto, not
// resolved, writes them as Snake does.
func (c Case) Join(words []string) string {
	var b strings.Builder
	for i, w := range words {
		w = strings.ToLower(w)
		switch c {
		case Camel, Pascal:
			if i > 0 || c == Pascal {
				r, n := utf8.DecodeRuneInString(w)
				b.WriteRune(unicode.ToUpper(r))
				w = w[n:]
			}
		case Kebab:
			if i > 0 {
				b.WriteByte('-')
			}
		default:
			if i > 0 {
				b.WriteByte('_')
			}
		}
		b.WriteString(w)
	}
	return b.String()
}

// Words splits an identifier into lower-case words: "userID" → [user id],
// "HTTPServer" → [http server], "user_id" → [user id], "v2Name" → [v2 name].
func Words(ident string) []string {
	var words []string
	runes := []rune(ident)
	start := 0
	flush := func(end int) {
		if end > start {
			words = append(words, strings.ToLower(string(runes[start:end])))
		}
		start = end
	}
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		if r == '_' || r == '-' || r == ' ' || r == '.' {
			flush(i)
			start = i + 1
			continue
		}
		if i == start || !isUpper(r) {
			continue
		}
		prev := runes[i-1]
		nextLower := i+1 < len(runes) && unicode.IsLower(runes[i+1])
		// A word starts at an upper-case letter after a lower-case
		// letter or digit ("userID"), or at the last upper-case letter
		// of an acronym followed by lower case ("HTTPServer").
		if unicode.IsLower(prev) || unicode.IsDigit(prev) || (isUpper(prev) && nextLower) {
			flush(i)
		}
	}
	flush(len(runes))
	return words
}

// isUpper reports whether r is an upper-case letter with a lower-case
// form (a word boundary); letters without one (ϒ) stay inside words.
func isUpper(r rune) bool { return unicode.IsUpper(r) && unicode.ToLower(r) != r }

// generic names say too little alone: a selector ending in one of them
// is named after the type it selects from (o.ID → order_id).
var generic = map[string]bool{"id": true, "name": true, "key": true, "value": true, "type": true, "kind": true, "code": true, "num": true, "count": true}

// receiverMethods are methods that give their receiver's value in
// another form, with the word the key gains ("" for none).
var receiverMethods = map[string]string{"Round": "", "Truncate": "", "UTC": "", "Local": "", "Abs": "",
	"Seconds": "seconds", "Milliseconds": "ms", "Microseconds": "us", "Nanoseconds": "ns", "Minutes": "minutes",
	"Hours": "hours", "Unix": "unix", "UnixMilli": "unix_ms", "UnixNano": "unix_ns"}

// lookups are methods that look a value up by its name.
var lookups = map[string]bool{"Get": true, "Value": true, "Lookup": true, "FormValue": true, "PathValue": true, "Param": true, "Query": true,
	// a flag or setting read by its name: c.String("server"), viper.GetInt("port")
	"String": true, "Int": true, "Int64": true, "Uint": true, "Bool": true, "Float64": true, "Duration": true,
	"StringSlice": true, "GetString": true, "GetInt": true, "GetBool": true, "GetDuration": true, "Getenv": true}

// getters are method-name prefixes dropped from a call's name.
var getters = []string{"Get", "get"}

// Words returns the words of the key for the value of e, or nil if no
// name can be derived from it (a literal, say).
func ExprWords(info *types.Info, e ast.Expr) []string {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if e.Name == "_" {
			return nil
		}
		return Words(e.Name)
	case *ast.SelectorExpr:
		w := Words(e.Sel.Name)
		if len(w) == 1 && generic[w[0]] {
			if owner := ownerWords(info, e.X); owner != nil {
				return append(owner, w...)
			}
		}
		return w
	case *ast.StarExpr:
		return ExprWords(info, e.X)
	case *ast.UnaryExpr:
		return ExprWords(info, e.X)
	case *ast.IndexExpr:
		return ExprWords(info, e.X)
	case *ast.SliceExpr:
		return ExprWords(info, e.X)
	case *ast.CallExpr:
		return callWords(info, e)
	}
	return nil
}

// ownerWords names the value that x selects from: its named type if it
// has one (o of type *Order → order), else x itself.
func ownerWords(info *types.Info, x ast.Expr) []string {
	if info != nil {
		if tv, ok := info.Types[x]; ok && tv.Type != nil {
			t := tv.Type
			if p, ok := t.Underlying().(*types.Pointer); ok {
				t = p.Elem()
			}
			if n, ok := types.Unalias(t).(*types.Named); ok {
				return Words(n.Obj().Name())
			}
		}
	}
	return ExprWords(info, x)
}

func callWords(info *types.Info, call *ast.CallExpr) []string {
	// Conversions and the builtin len: T(x) → x, len(items) → items
	// (a count), len(body) → body_len (a string's or []byte's length).
	if info != nil {
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
			return ExprWords(info, call.Args[0])
		}
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && len(call.Args) == 1 {
			if b, ok := info.Uses[id].(*types.Builtin); ok && (b.Name() == "len" || b.Name() == "cap") {
				w := ExprWords(info, call.Args[0])
				if w == nil {
					return []string{b.Name()}
				}
				if b.Name() == "cap" || isText(info.TypeOf(call.Args[0])) {
					return append(w, b.Name())
				}
				return w
			}
		}
		// time.Since(start) → elapsed, time.Until(deadline) → remaining.
		if fn, ok := calleeOf(info, call).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "time" {
			switch fn.Name() {
			case "Since":
				return []string{"elapsed"}
			case "Until":
				return []string{"remaining"}
			}
		}
	}
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		switch fun.Sel.Name {
		case "Error":
			if len(call.Args) == 0 {
				return []string{"error"}
			}
		case "String":
			if len(call.Args) == 0 {
				return ExprWords(info, fun.X)
			}
		}
		// A method that converts or rounds its receiver: named after
		// the receiver (d.Round(ms) → d, d.Seconds() → d_seconds).
		if suffix, ok := receiverMethods[fun.Sel.Name]; ok && !isPkgName(info, fun.X) {
			if w := ExprWords(info, fun.X); w != nil {
				if suffix != "" {
					w = append(slices.Clip(w), suffix)
				}
				return w
			}
		}
		// A lookup by a constant name: named after the name
		// (r.Header.Get("X-Request-Id") → x_request_id).
		if lookups[fun.Sel.Name] && len(call.Args) == 1 && info != nil {
			if tv := info.Types[call.Args[0]]; tv.Value != nil && tv.Value.Kind() == constant.String {
				if w := Words(constant.StringVal(tv.Value)); len(w) > 0 && len(w) <= 4 {
					return w
				}
			}
		}
		// A package function converting its argument (strconv.Itoa(n),
		// strings.ToUpper(s)) is named after the argument.
		if isPkgName(info, fun.X) {
			if len(call.Args) == 0 {
				if id, ok := fun.X.(*ast.Ident); ok && slices.Contains(getters, fun.Sel.Name) {
					return Words(id.Name) // version.Get() → version
				}
				return trimGetter(fun.Sel.Name) // debug.Stack() → stack
			}
			if len(call.Args) >= 1 {
				if w := ExprWords(info, call.Args[0]); w != nil {
					return w
				}
			}
			return nil
		}
		return trimGetter(fun.Sel.Name)
	case *ast.Ident:
		return trimGetter(fun.Name)
	}
	return nil
}

// isText reports whether t is a string, a byte slice or a channel: a
// value whose len is a length, not a count of things.
func isText(t types.Type) bool {
	if t == nil {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	case *types.Chan:
		return true // a queue's length
	}
	return false
}

// calleeOf returns the object a call's function names, or nil.
func calleeOf(info *types.Info, call *ast.CallExpr) types.Object {
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return info.Uses[fun]
	case *ast.SelectorExpr:
		return info.Uses[fun.Sel]
	}
	return nil
}

func isPkgName(info *types.Info, x ast.Expr) bool {
	id, ok := x.(*ast.Ident)
	if !ok || info == nil {
		return false
	}
	_, ok = info.Uses[id].(*types.PkgName)
	return ok
}

func trimGetter(name string) []string {
	for _, p := range getters {
		if rest, ok := strings.CutPrefix(name, p); ok && rest != "" {
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
				name = rest
			}
		}
	}
	return Words(name)
}

// Namer derives keys in one convention and keeps them unique among the
// keys already used by one call.
type Namer struct {
	Case  Case
	taken map[string]bool
	// known, when set, returns the key the package records a value
	// under (Survey.KeyOf); forced: Case was chosen by the user, and
	// such a key is rewritten in it.
	known  func(ast.Expr) string
	forced bool
}

// NewNamer returns a Namer whose keys avoid those in taken.
func NewNamer(c Case, taken ...string) *Namer {
	n := &Namer{Case: c, taken: make(map[string]bool)}
	for _, k := range taken {
		n.taken[k] = true
	}
	return n
}

// Key returns a fresh key for the value of e; fallback names it when
// nothing can be derived from the expression ("value" if empty).
func (n *Namer) Key(info *types.Info, e ast.Expr, fallback string) string {
	var words []string
	if info != nil && apis.IsError(info.TypeOf(e)) {
		words = []string{"error"} // the key tracing.Err and slog's convention use
	} else {
		words = ExprWords(info, e)
	}
	if len(words) == 0 {
		words = Words(fallback)
	}
	if len(words) == 0 {
		words = []string{"value"}
	}
	return n.Unique(words)
}

// Message is what a message said of a value that leaves it: the words
// that named it ("node" in "for node %s"), whether they were written as
// its key ("user_id=%s"), and the unit that followed it ("ms").
type Message struct {
	Hint  []string
	Label bool
	Unit  string
}

// Pick returns a fresh key for the value of e, which a message held,
// from the expression and from what the message said of it (m): the
// message's own key for it if it wrote one; else the package's key for
// the same value (Survey.KeyOf), else the expression's name,
// unless that name is weak (n, v, s, tmp) and the message named the
// value, or is a generic word (id, name) that the message's word makes
// precise (user_id); each with the unit the message gave it
// (elapsed_ms). When the key is taken, the message's words tell it
// apart before a number does. ok is false when neither names the
// value: a key like "value" or "arg1" would say nothing.
func (n *Namer) Pick(info *types.Info, e ast.Expr, m Message) (key string, ok bool) {
	var words []string
	if info != nil && apis.IsError(info.TypeOf(e)) {
		words = []string{"error"}
	} else {
		words = ExprWords(info, e)
	}
	hint := m.Hint
	if n.known != nil && !(m.Label && len(hint) > 0) {
		// The package's own key for this value wins over a derived
		// one: one name for one thing across the package's events.
		if k := n.known(e); k != "" {
			if n.forced {
				k = n.Case.Join(Words(k))
			}
			if !n.taken[k] && !reserved[k] {
				n.taken[k] = true
				return k, true
			}
		}
	}
	var cands [][]string
	switch {
	case m.Label && len(hint) > 0 && len(words) > len(hint) && contains(words, hint):
		cands = append(cands, words) // "order %s" of o.ID: order_id says more
	case m.Label && len(hint) > 0:
		cands = append(cands, hint)
	case len(words) == 0 || Weak(words):
		switch {
		case m.Unit != "" && m.Unit != "times":
			cands = append(cands, []string{m.Unit}) // "wrote %d bytes" → bytes
		case len(hint) > 0:
			cands = append(cands, hint)
		}
	case len(words) == 1 && generic[words[0]] && len(hint) > 0:
		if hint[len(hint)-1] == words[0] {
			cands = append(cands, hint)
		} else {
			cands = append(cands, append(slices.Clip(hint), words...))
		}
	}
	if len(words) > 0 && !(m.Label && len(hint) > 0) {
		cands = append(cands, words)
	}
	if len(hint) > 0 && !contains(words, hint) {
		cands = append(cands, append(slices.Clip(words), hint...))
	}
	if len(cands) == 0 {
		return "", false
	}
	for i, c := range cands {
		if m.Unit != "" && c[len(c)-1] != m.Unit && m.Unit != "times" {
			cands[i] = append(slices.Clip(c), m.Unit)
		}
	}
	for _, c := range cands {
		if k := n.Case.Join(c); !n.taken[k] && !reserved[strings.Join(c, "_")] {
			n.taken[k] = true
			return k, true
		}
	}
	// Taken: the owner of a field tells it apart before a number does
	// (requestItem.UID beside a logger's uid → request_item_uid).
	if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
		if ow := ExprWords(info, sel.X); len(ow) > 0 && !contains(cands[0], ow) {
			c := append(slices.Clip(ow), cands[0]...)
			if k := n.Case.Join(c); !n.taken[k] {
				n.taken[k] = true
				return k, true
			}
		}
	}
	return n.Unique(cands[0]), true
}

// reserved are keys with a meaning of their own in tracing backends,
// which a message's word must not make by accident ("span %s" → span_id).
var reserved = map[string]bool{"span_id": true, "trace_id": true, "parent_id": true}

// contains reports whether every word of sub is in words.
func contains(words, sub []string) bool {
	for _, w := range sub {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// Weak reports whether words, the name of an expression, say nothing
// about its value: one or two letters (n, s, v), or a placeholder name
// (tmp, val, arg, res).
func Weak(words []string) bool {
	if len(words) != 1 {
		return false
	}
	w := words[0]
	return len([]rune(w)) <= 2 && !generic[w] || weak[w]
}

var weak = map[string]bool{"val": true, "value": true, "str": true, "arg": true, "args": true, "tmp": true,
	"temp": true, "res": true, "ret": true, "obj": true, "elem": true, "item": true, "data": true, "result": true,
	"out": true, "in": true, "msg": true, "buf": true, "thing": true, "any": true}

// Unique joins words in n's case and makes the key unique by adding a
// number (user_id, user_id_2, ...).
func (n *Namer) Unique(words []string) string {
	k := n.Case.Join(words)
	for i := 2; n.taken[k]; i++ {
		k = n.Case.Join(append(words[:len(words):len(words)], fmt.Sprint(i)))
	}
	n.taken[k] = true
	return k
}
