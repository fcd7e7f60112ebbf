package keys

import (
	"go/ast"
	"go/types"
	"strings"
	"unicode"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
)

// A Survey tells the convention in which one package already writes its
// field keys, so that a fix writes a new key as the keys around it are
// written: execTime beside userAgent, not exec_time. It reads the
// constant keys of the calls of the API table (field constructors, and
// the key-value pairs of events and With calls) once, when a fix first
// needs them. A nil *Survey knows no file and no package.
type Survey struct {
	info   *types.Info
	files  []*ast.File
	done   bool
	pkg    tally
	byFile map[*ast.File]*tally
	// byExpr counts, for the text of a value the package records
	// (repo.FullName), the keys it records it under.
	byExpr map[string]map[string]int
}

// NewSurvey returns the survey of a package's files (generated files are
// left out: their keys follow their generator).
func NewSurvey(info *types.Info, files []*ast.File) *Survey {
	return &Survey{info: info, files: files}
}

// Case returns the convention of a new key: c when it is chosen (not
// Auto); else the convention that most of the keys near (those of the
// call) use, else the one that most calls of file use, else most calls
// of the package (each call counts once, for the convention of most of
// its keys); Snake when none tells (keys of one lower-case word, such as
// "id", tell nothing) or two conventions are as common.
func (s *Survey) Case(c Case, file *ast.File, near []string) Case {
	if c != Auto {
		return c
	}
	var t tally
	for _, k := range near {
		t.add(k)
	}
	if c := t.decide(); c != Auto {
		return c
	}
	if s != nil {
		s.scan()
		if ft := s.byFile[file]; ft != nil {
			if c := ft.decide(); c != Auto {
				return c
			}
		}
		if c := s.pkg.decide(); c != Auto {
			return c
		}
	}
	return Snake
}

// Namer returns a Namer in the convention s.Case(c, file, taken) whose
// keys avoid those in taken, the keys of the call the new key joins, and
// that names a value as the package already names it (KeyOf).
func (s *Survey) Namer(c Case, file *ast.File, taken ...string) *Namer {
	n := NewNamer(s.Case(c, file, taken), taken...)
	if s != nil {
		n.known, n.forced = s.KeyOf, c != Auto
	}
	return n
}

// KeyOf returns the key under which the package's own fields record the
// value e, when e is a selector or a call (repo.FullName, r.URL.Path,
// req.Header.Get("X-Request-Id"), the same text at each call site, so
// likely the same thing; a bare name such as id means something else in
// each function) and the package records it under one key more often
// than under any other: "repo" for repo.FullName in a package that
// writes Str("repo", repo.FullName). "" otherwise.
func (s *Survey) KeyOf(e ast.Expr) string {
	if s == nil {
		return ""
	}
	switch ast.Unparen(e).(type) {
	case *ast.SelectorExpr, *ast.CallExpr:
	default:
		return ""
	}
	s.scan()
	best, n, tie := "", 0, false
	for k, c := range s.byExpr[types.ExprString(ast.Unparen(e))] {
		switch {
		case c > n:
			best, n, tie = k, c, false
		case c == n:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

func (s *Survey) scan() {
	if s.done {
		return
	}
	s.done = true
	s.byFile = make(map[*ast.File]*tally)
	s.byExpr = make(map[string]map[string]int)
	for _, f := range s.files {
		if ast.IsGenerated(f) {
			continue
		}
		t := new(tally)
		s.byFile[f] = t
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			// Each call votes once, for the case most of its keys use:
			// one call that dumps a struct's fields under their Go
			// names does not outvote the rest of the file.
			var ct tally
			for _, f := range callFields(s.info, call) {
				ct.add(f.key)
				if f.value != nil {
					x := types.ExprString(ast.Unparen(f.value))
					if s.byExpr[x] == nil {
						s.byExpr[x] = make(map[string]int)
					}
					s.byExpr[x][f.key]++
				}
			}
			if c := ct.decide(); c != Auto {
				t[c]++
				s.pkg[c]++
			}
			return true
		})
	}
}

// A keyed value is a field a call writes: its constant key, and the
// value when the call shows it.
type keyed struct {
	key   string
	value ast.Expr
}

// callFields returns the fields with constant keys that call writes
// itself: that of a field constructor, or the key-value pairs of an
// event, a span start or a With call (its constructor arguments are
// counted at those calls).
func callFields(info *types.Info, call *ast.CallExpr) []keyed {
	a := apis.Lookup(info, call)
	if a == nil {
		return nil
	}
	if a.Role == apis.FieldCtor {
		if a.FixedKey != "" {
			return nil // the library's key, not the code's
		}
		if k, ok := apis.CtorKey(info, call); ok {
			return []keyed{{k, apis.Arg(call, a.Value)}}
		}
		return nil
	}
	if a.IsMap() && len(call.Args) == 1 {
		var fs []keyed
		for _, k := range a.Style.MapKeys(info, call.Args[0]) { // WithFields(logrus.Fields{...})
			fs = append(fs, keyed{key: k})
		}
		return fs
	}
	if a.Style == nil || a.Style.Pairing != apis.KV {
		return nil
	}
	ps, _ := a.Pairs(info, call)
	var fs []keyed
	for _, p := range ps {
		if k, ok := apis.ConstString(info, p.Key); ok {
			fs = append(fs, keyed{k, p.Value})
		}
	}
	return fs
}

// A tally counts keys by the convention they are written in.
type tally [len(caseNames)]int

func (t *tally) add(key string) { t[caseOf(key)]++ }

// decide returns the most common convention, or Auto when there is none
// or two are as common.
func (t *tally) decide() Case {
	best, n, tie := Auto, 0, false
	for c := Snake; int(c) < len(t); c++ {
		switch {
		case t[c] > n:
			best, n, tie = c, t[c], false
		case t[c] == n && n > 0:
			tie = true
		}
	}
	if tie {
		return Auto
	}
	return best
}

// caseOf returns the convention key is written in, or Auto when the key
// does not tell: one lower-case word ("id") is written alike in snake,
// camel and kebab case; an all-capitals word ("ID") in none of them. A
// dotted key (http.status_code) is told by its first segment that tells.
func caseOf(key string) Case {
	for _, seg := range strings.Split(key, ".") {
		if c := segmentCase(seg); c != Auto {
			return c
		}
	}
	return Auto
}

func segmentCase(seg string) Case {
	var upper, lower bool
	for _, r := range seg {
		upper = upper || isUpper(r)
		lower = lower || unicode.IsLower(r)
	}
	underscore, dash := strings.Contains(seg, "_"), strings.Contains(seg, "-")
	switch {
	case !lower:
		return Auto // "", "ID", "HTTP_CODE", "2"
	case underscore && dash:
		return Auto
	case underscore:
		if upper {
			return Auto
		}
		return Snake
	case dash:
		if upper {
			return Auto
		}
		return Kebab
	case !upper:
		return Auto // one lower-case word
	}
	for _, r := range seg {
		if isUpper(r) {
			return Pascal // Pascal's first letter is a capital: "UserAgent", "Error"
		}
		if unicode.IsLower(r) {
			return Camel
		}
	}
	return Auto
}
