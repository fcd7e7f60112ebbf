// Package driver is tracelint's command-line driver: multichecker, with
// a cheaper standalone load when analyzers use facts.
//
// Declaring any fact type makes multichecker's standalone mode load and
// type-check every dependency from source (packages.LoadAllSyntax), so
// that the fact-using analyzers can run on all of them: several times the
// time and memory of the same run without facts. tracelint's only
// fact-using analyzer, noinit, computes facts only in packages that import
// the tracing runtime (directly or not) and returns at once everywhere
// else: this driver loads from source only the packages named on the
// command line plus the dependencies that import a package of the
// analyzers' fact scope, loads every other dependency from export data (as
// a run without facts does), and prunes the graph of fact passes to the
// packages loaded from source.
//
// -fix and -fix -diff apply the fixes as multichecker does (see
// applyFixes). Everything the fast path does not handle (go vet's
// protocol, help, -V, -flags, -debug, the profile flags -cpuprofile,
// -memprofile and -trace, an analyzer with facts but no declared scope)
// goes to multichecker.Main unchanged.
package driver

import (
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/tracelint/tracelint/analyzers/noinit"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/packages"
)

// scopes holds, for each fact-using analyzer, the packages outside whose
// dependents it computes no fact (its contract, documented beside it).
var scopes = map[*analysis.Analyzer][]string{
	noinit.Analyzer: noinit.FactScope,
}

// Main is multichecker.Main with a cheaper standalone run; see the
// package documentation.
func Main(analyzers ...*analysis.Analyzer) {
	progname := filepath.Base(os.Args[0])
	log.SetFlags(0)
	log.SetPrefix(progname + ": ")
	if err := analysis.Validate(analyzers); err != nil {
		log.Fatal(err)
	}
	r, ok := parse(analyzers, os.Args[1:])
	if !ok {
		multichecker.Main(analyzers...)
		return
	}
	os.Exit(r.run())
}

// A run is one standalone run of the fast path.
type run struct {
	analyzers []*analysis.Analyzer
	patterns  []string
	scope     []string // union of the scopes of the analyzers with facts
	json      bool
	context   int
	tests     bool
	fix       bool // apply the fixes instead of reporting
	diff      bool // with fix, print the fixes as a diff instead
}

// parse parses args for the fast path. It reports false for anything the
// fast path does not handle, leaving it to multichecker: it parses its
// own flag set, not flag.CommandLine, and sets nothing else.
func parse(analyzers []*analysis.Analyzer, args []string) (*run, bool) {
	r := &run{context: -1, tests: true}
	fs := flag.NewFlagSet("tracelint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.BoolVar(&r.json, "json", false, "")
	fs.IntVar(&r.context, "c", -1, "")
	fs.BoolVar(&r.tests, "test", true, "")
	fs.BoolVar(&r.fix, "fix", false, "")
	fs.BoolVar(&r.diff, "diff", false, "")
	enable := make(map[*analysis.Analyzer]*triState)
	for _, a := range analyzers {
		t := new(triState)
		enable[a] = t
		fs.Var(t, a.Name, "")
		a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, a.Name+"."+f.Name, "") })
	}
	if err := fs.Parse(args); err != nil {
		return nil, false // -V, -flags, -debug, profiles, ... or a mistake
	}
	r.patterns = fs.Args()
	if len(r.patterns) == 0 || r.patterns[0] == "help" ||
		len(r.patterns) == 1 && strings.HasSuffix(r.patterns[0], ".cfg") {
		return nil, false
	}

	// Which analyzers run: as multichecker decides.
	anyTrue := false
	for _, t := range enable {
		anyTrue = anyTrue || *t == setTrue
	}
	for _, a := range analyzers {
		if t := *enable[a]; anyTrue && t == setTrue || !anyTrue && t != setFalse {
			r.analyzers = append(r.analyzers, a)
		}
	}

	for _, a := range closure(r.analyzers) {
		if len(a.FactTypes) == 0 {
			continue
		}
		s, ok := scopes[a]
		if !ok {
			return nil, false // facts anywhere: only a full load will do
		}
		r.scope = append(r.scope, s...)
	}
	return r, true
}

// closure returns the analyzers and all those they require.
func closure(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	var all []*analysis.Analyzer
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if slices.Contains(all, a) {
			return
		}
		all = append(all, a)
		for _, req := range a.Requires {
			visit(req)
		}
	}
	for _, a := range analyzers {
		visit(a)
	}
	return all
}

func (r *run) run() (exitcode int) {
	roots, err := r.load()
	if err != nil {
		log.Print(err)
		return 1
	}
	if packages.PrintErrors(roots) > 0 {
		exitcode = 1
	}
	graph, err := checker.Analyze(r.analyzers, roots, nil)
	if err != nil {
		log.Print(err)
		return 1
	}
	if r.fix {
		// What no fix could change is left for the user: print it as
		// the plain run does, and exit as it does; also when some fixes
		// conflicted (an error: they are left for the next run).
		err := applyFixes(graph.Roots, r.diff, os.Stdout)
		if n := printUnfixed(graph, os.Stderr); n > 0 {
			exitcode = max(exitcode, 3)
		}
		if err != nil {
			log.Print(err)
			return 1
		}
		return max(exitcode, failures(graph))
	}
	if r.json {
		if err := graph.PrintJSON(os.Stdout); err != nil {
			return 1
		}
		return exitcode
	}
	if err := graph.PrintText(os.Stderr, r.context); err != nil {
		return 1
	}
	diags := 0
	for act := range graph.All() {
		if act.Err == nil && act.IsRoot {
			diags += len(act.Diagnostics)
		}
	}
	if f := failures(graph); f > 0 {
		return f
	}
	if diags > 0 {
		exitcode = max(exitcode, 3)
	}
	return exitcode
}

// failures is 1 if an analysis failed, else 0.
func failures(graph *checker.Graph) int {
	for act := range graph.All() {
		if act.Err != nil {
			return 1
		}
	}
	return 0
}

// printUnfixed prints, as the plain run does, the diagnostics of the
// root packages that carry no fix (a test variant repeats a package's
// diagnostics: each is printed once), and returns how many it printed.
func printUnfixed(graph *checker.Graph, w io.Writer) int {
	seen := make(map[string]bool)
	n := 0
	for _, act := range graph.Roots {
		if act.Err != nil {
			fmt.Fprintf(w, "%s: %v\n", act.Analyzer.Name, act.Err)
			continue
		}
		for _, d := range act.Diagnostics {
			if len(d.SuggestedFixes) > 0 {
				continue
			}
			line := fmt.Sprintf("%s: %s", act.Package.Fset.Position(d.Pos), d.Message)
			if !seen[line] {
				seen[line] = true
				fmt.Fprintln(w, line)
				n++
			}
		}
	}
	return n
}

// load returns the packages named by the patterns, type-checked from
// source. With a fact scope, the dependencies that import a package of
// the scope are type-checked from source too, in the same load (so that
// the roots see their types, and the facts on them); every package's
// Imports is pruned to those, which is all checker.Analyze follows.
// Finding those dependencies takes a go list pass of its own over the
// import graph, skipped when go.mod shows there can be none
// (outOfReach).
func (r *run) load() ([]*packages.Package, error) {
	var extra []string
	var wanted map[string]bool // IDs of the packages the patterns name
	if len(r.scope) > 0 && !outOfReach(r.patterns, r.scope) {
		// The import graph alone (go list -deps, no compilation).
		meta, err := packages.Load(&packages.Config{
			Mode:  packages.NeedName | packages.NeedImports | packages.NeedDeps,
			Tests: r.tests,
		}, r.patterns...)
		if err != nil {
			return nil, err
		}
		wanted = make(map[string]bool)
		for _, p := range meta {
			wanted[p.ID] = true
		}
		inScope := reaches(meta, r.scope)
		seen := make(map[string]bool)
		packages.Visit(meta, nil, func(p *packages.Package) {
			if !wanted[p.ID] && inScope[p.ID] && !slices.Contains(r.scope, p.PkgPath) && !seen[p.PkgPath] {
				seen[p.PkgPath] = true
				extra = append(extra, p.PkgPath)
			}
		})
		slices.Sort(extra)
	}

	pkgs, err := packages.Load(&packages.Config{
		Mode:  packages.LoadSyntax | packages.NeedModule,
		Tests: r.tests,
	}, append(slices.Clone(r.patterns), extra...)...)
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(r.patterns, " "))
	}
	if len(r.scope) == 0 {
		return pkgs, nil
	}
	if wanted == nil { // outOfReach: the patterns' packages only
		wanted = make(map[string]bool)
		for _, p := range pkgs {
			wanted[p.ID] = true
		}
	}

	// Prune: a fact pass follows only imports type-checked from source
	// (the others are in no scope, so they carry no fact).
	source := make(map[string]bool)
	for _, p := range pkgs {
		source[p.ID] = true
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for path, imp := range p.Imports {
			if !source[imp.ID] {
				delete(p.Imports, path)
			}
		}
	})
	var roots []*packages.Package
	for _, p := range pkgs {
		if wanted[p.ID] {
			roots = append(roots, p)
		}
	}
	if len(roots) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(r.patterns, " "))
	}
	return roots, nil
}

// reaches returns the IDs of the packages of the graph that are, or
// import directly or not, a package whose path is in scope.
func reaches(roots []*packages.Package, scope []string) map[string]bool {
	in := make(map[string]bool)
	packages.Visit(roots, nil, func(p *packages.Package) { // postorder
		if slices.Contains(scope, p.PkgPath) {
			in[p.ID] = true
			return
		}
		for _, imp := range p.Imports {
			if in[imp.ID] {
				in[p.ID] = true
				return
			}
		}
	})
	return in
}

// triState is an analyzer's enable flag: unset, true or false.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (t *triState) IsBoolFlag() bool { return true }

func (t *triState) String() string {
	switch *t {
	case setTrue:
		return "true"
	case setFalse:
		return "false"
	}
	return "unset"
}

func (t *triState) Set(s string) error {
	switch s {
	case "true", "1", "t", "T", "TRUE", "True":
		*t = setTrue
	case "false", "0", "f", "F", "FALSE", "False":
		*t = setFalse
	default:
		return fmt.Errorf("invalid boolean %q", s)
	}
	return nil
}
