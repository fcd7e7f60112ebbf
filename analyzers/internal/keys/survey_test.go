package keys

import (
	"go/ast"
	"go/types"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/srctest"
)

func TestCaseOf(t *testing.T) {
	for key, want := range map[string]Case{
		"user_id":          Snake,
		"userAgent":        Camel,
		"execTime":         Camel,
		"UserAgent":        Pascal,
		"Error":            Pascal,
		"user-agent":       Kebab,
		"id":               Auto,
		"ID":               Auto,
		"HTTP_CODE":        Auto,
		"User_ID":          Auto,
		"":                 Auto,
		"http.status_code": Snake,
		"otel.scope.name":  Auto,
		"db.rowsAffected":  Camel,
		"sigBytes":         Camel,
	} {
		if got := caseOf(key); got != want {
			t.Errorf("caseOf(%q) = %v, want %v", key, got, want)
		}
	}
}

func TestDecide(t *testing.T) {
	for _, tc := range []struct {
		keys []string
		want Case
	}{
		{nil, Auto},
		{[]string{"id", "error"}, Auto},
		{[]string{"pubKey", "sigBytes", "error"}, Camel},
		{[]string{"pubKey", "sig_bytes"}, Auto}, // a tie tells nothing
		{[]string{"pubKey", "sig_bytes", "msg_bytes"}, Snake},
	} {
		var ta tally
		for _, k := range tc.keys {
			ta.add(k)
		}
		if got := ta.decide(); got != tc.want {
			t.Errorf("decide(%q) = %v, want %v", tc.keys, got, tc.want)
		}
	}
}

const surveySrc = `package p

import "log/slog"

func f(l *slog.Logger, id string, n int) {
	l.Info("a", "userAgent", id, "id", id)
	l.Info("b", slog.Int("execCount", n), "requestPath", id)
	l.With("remoteAddr", id).Info("c")
}
`

const surveySrc2 = `package p

import "log/slog"

func g(id string) {
	slog.Info("d", "user_id", id)
}

// One call with many keys counts once.
func h(id string) {
	slog.Info("d", "user_id", id, "order_id", id, "trace_id", id, "span_id", id, "parent_id", id)
}
`

func TestSurvey(t *testing.T) {
	c := srctest.CheckFiles(t, surveySrc, surveySrc2)
	info, files := c.Info, c.Files
	s := NewSurvey(info, files)
	for _, tc := range []struct {
		c    Case
		file *ast.File
		near []string
		want Case
	}{
		{Kebab, files[0], []string{"user_id"}, Kebab}, // chosen: it overrides
		{Auto, files[0], []string{"user_id"}, Snake},  // the call's keys first
		{Auto, files[0], []string{"id"}, Camel},       // then the file's (4 camel calls)
		{Auto, files[1], nil, Snake},                  // the other file's (2 snake calls)
		{Auto, nil, nil, Camel},                       // the package: 4 camel calls to 2 snake
	} {
		if got := s.Case(tc.c, tc.file, tc.near); got != tc.want {
			t.Errorf("Case(%v, %v) = %v, want %v", tc.c, tc.near, got, tc.want)
		}
	}
	var nilSurvey *Survey
	if got := nilSurvey.Case(Auto, nil, []string{"pubKey"}); got != Camel {
		t.Errorf("nil survey: %v", got)
	}
	if got := nilSurvey.Namer(Auto, nil, "pubKey").Unique([]string{"sig", "bytes", "len"}); got != "sigBytesLen" {
		t.Errorf("Namer = %q", got)
	}
}

const keyOfSrc = `package p

import "log/slog"

type R struct{ FullName, Owner string }

func f(r R, n int) {
	slog.Info("a", "repo_name", r.FullName)
	slog.Info("b", "repo_name", r.FullName, "n", n)
	slog.Info("c", "owner", r.Owner)
	slog.Info("d", "repoOwner", r.Owner)
	_, _, _ = r.FullName, r.Owner, n
}
`

// The package's own key for a value: the most common one for the same
// selector or call, none on a tie or for a bare name; the -keycase flag
// rewrites it in its case.
func TestKeyOf(t *testing.T) {
	c := srctest.Check(t, keyOfSrc)
	s := NewSurvey(c.Info, []*ast.File{c.File})
	var exprs []ast.Expr
	ast.Inspect(c.File, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			exprs = as.Rhs
		}
		return true
	})
	fullName, owner, n := exprs[0], exprs[1], exprs[2]
	for _, tc := range []struct {
		e    ast.Expr
		want string
	}{{fullName, "repo_name"}, {owner, ""}, {n, ""}} {
		if got := s.KeyOf(tc.e); got != tc.want {
			t.Errorf("KeyOf(%s) = %q, want %q", types.ExprString(tc.e), got, tc.want)
		}
	}
	if got, _ := s.Namer(Auto, c.File).Pick(c.Info, fullName, Message{}); got != "repo_name" {
		t.Errorf("Pick = %q, want the package's key", got)
	}
	if got, _ := s.Namer(Camel, c.File).Pick(c.Info, fullName, Message{}); got != "repoName" {
		t.Errorf("Pick with -keycase=camel = %q, want repoName", got)
	}
	if got, _ := s.Namer(Auto, c.File, "repo_name").Pick(c.Info, fullName, Message{}); got == "repo_name" {
		t.Errorf("Pick reused a key the call has")
	}
}
