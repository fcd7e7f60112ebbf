package driver

import (
	"testing"

	"github.com/tracelint/tracelint/analyzers/noinit"
	"golang.org/x/tools/go/analysis"
)

var plain = &analysis.Analyzer{Name: "plain", Doc: "plain: no facts", Run: func(*analysis.Pass) (any, error) { return nil, nil }}

type fact struct{}

func (*fact) AFact() {}

var unscoped = &analysis.Analyzer{Name: "unscoped", Doc: "unscoped: facts anywhere", FactTypes: []analysis.Fact{new(fact)},
	Run: func(*analysis.Pass) (any, error) { return nil, nil }}

func TestParse(t *testing.T) {
	all := []*analysis.Analyzer{plain, noinit.Analyzer}
	for _, tc := range []struct {
		args      []string
		fast      bool
		analyzers []string
		scope     int
	}{
		{[]string{"./..."}, true, []string{"plain", "noinit"}, 1},
		{[]string{"-json", "-c=2", "./..."}, true, []string{"plain", "noinit"}, 1},
		{[]string{"-plain", "./..."}, true, []string{"plain"}, 0},
		{[]string{"-noinit=false", "./..."}, true, []string{"plain"}, 0},
		{[]string{"-fix", "./..."}, true, []string{"plain", "noinit"}, 1},
		{[]string{"-fix", "-diff", "-plain", "./..."}, true, []string{"plain"}, 0},
		{[]string{"-cpuprofile=x", "-fix", "./..."}, false, nil, 0},
		{[]string{"-V=full"}, false, nil, 0},
		{[]string{"help"}, false, nil, 0},
		{[]string{"/tmp/vet.cfg"}, false, nil, 0},
		{nil, false, nil, 0},
	} {
		r, ok := parse(all, tc.args)
		if ok != tc.fast {
			t.Errorf("parse(%q): fast path %v, want %v", tc.args, ok, tc.fast)
			continue
		}
		if !ok {
			continue
		}
		var names []string
		for _, a := range r.analyzers {
			names = append(names, a.Name)
		}
		if len(names) != len(tc.analyzers) || len(r.scope.all) != tc.scope {
			t.Errorf("parse(%q): analyzers %q scope %q, want %q and %d scope paths", tc.args, names, r.scope.all, tc.analyzers, tc.scope)
		}
		if want := tc.scope > 0; (len(r.scope.module) > 0) != want || (r.unsure[noinit.Analyzer] != nil) != want {
			t.Errorf("parse(%q): module scope %q, unsure %v; want them %v", tc.args, r.scope.module, r.unsure != nil, want)
		}
	}
	if _, ok := parse([]*analysis.Analyzer{plain, unscoped}, []string{"./..."}); ok {
		t.Errorf("an analyzer with facts but no scope took the fast path")
	}
}
