// Package driver is tracelint's command-line driver: multichecker, with
// a cheaper standalone load when analyzers use facts.
//
// Declaring any fact type makes multichecker's standalone mode load and
// type-check every dependency from source (packages.LoadAllSyntax), so
// that the fact-using analyzers can run on all of them: several times the
// time and memory of the same run without facts. tracelint's two
// fact-using analyzers declare which dependencies can carry facts that
// matter (their scopes, suite.FactScopes): noinit's are those that
// import the tracing runtime (directly or not) and, of those that
// import zap or OpenTelemetry, the ones of the main module and the few
// of other modules that may install a default; the wrapper facts of
// analysisutil.Calls, which every analyzer requires, are those of the
// main module's packages that reach a logging API (a dependency
// module's wrappers are declared, not inferred). This driver loads
// from source only the packages named on the command line plus those
// dependencies, loads every other dependency from export data (as a run
// without facts does), and prunes the graph of fact passes to the
// packages loaded from source. Finding
// the dependencies takes a go list pass, skipped when go.mod shows there
// can be none, and when the patterns name the whole main module: then
// the few installers of other modules, found in the graph of the load,
// are loaded by a second load only if a diagnostic needs them (see
// run.analyze).
//
// -fix and -fix -diff apply the fixes as multichecker does (see
// applyFixes). Everything the fast path does not handle (go vet's
// protocol, help, -V, -flags, -debug, the profile flags -cpuprofile,
// -memprofile and -trace, an analyzer with facts but no declared scope)
// goes to multichecker.Main unchanged.
package driver

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/tracelint/tracelint/analyzers/suite"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/packages"
)

// A scope is a fact-using analyzer's contract with the driver (its
// terms are documented beside the analyzer): the dependencies outside
// which it computes no fact that matters.
type scope struct {
	// all lists the packages every dependent of which may carry facts.
	all []string
	// module lists the packages whose dependents matter only in the main
	// modules, or when they may install: when they, or a package they
	// import, name one of installs (a package path → names).
	module   []string
	installs map[string][]string
	// unsure reports a diagnostic that those installers might take back,
	// when the driver did not analyse them.
	unsure func(analysis.Diagnostic) bool
}

// scopes holds the scope of each fact-using analyzer.
var scopes = func() map[*analysis.Analyzer]scope {
	m := make(map[*analysis.Analyzer]scope)
	for a, s := range suite.FactScopes() {
		m[a] = scope{all: s.All, module: s.Module, installs: s.Installs, unsure: s.Unsure}
	}
	return m
}()

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
	scope     scope // union of the scopes of the analyzers with facts
	unsure    map[*analysis.Analyzer]func(analysis.Diagnostic) bool
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
	// The settings of the suite as a whole (-wrappers), which the
	// program registered on flag.CommandLine.
	flag.CommandLine.VisitAll(func(f *flag.Flag) {
		if fs.Lookup(f.Name) == nil {
			fs.Var(f.Value, f.Name, "")
		}
	})
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
		r.scope.all = append(r.scope.all, s.all...)
		r.scope.module = append(r.scope.module, s.module...)
		for pkg, names := range s.installs {
			if r.scope.installs == nil {
				r.scope.installs = make(map[string][]string)
			}
			r.scope.installs[pkg] = append(r.scope.installs[pkg], names...)
		}
		if s.unsure != nil {
			if r.unsure == nil {
				r.unsure = make(map[*analysis.Analyzer]func(analysis.Diagnostic) bool)
			}
			r.unsure[a] = s.unsure
		}
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
	graph, roots, err := r.analyze()
	if err != nil {
		log.Print(err)
		return 1
	}
	if packages.PrintErrors(roots) > 0 {
		exitcode = 1
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

// analyze loads the packages and analyses them. A first load that
// left out the installers of other modules (see load) is done again
// with them when a root's diagnostic is one they might take back: the
// rare run that reports, or nearly reports, a program that never
// installs zap's or OpenTelemetry's default, and links a package of
// another module that may install it, pays for a second load; every
// other run for none.
func (r *run) analyze() (*checker.Graph, []*packages.Package, error) {
	roots, pending, err := r.load()
	if err != nil {
		return nil, nil, err
	}
	graph, err := checker.Analyze(r.analyzers, roots, nil)
	if err != nil || len(pending) == 0 || !r.anyUnsure(graph) {
		return graph, roots, err
	}
	wanted := make(map[string]bool)
	for _, p := range roots {
		wanted[p.ID] = true
	}
	if roots, _, err = r.loadWith(pending, wanted, false); err != nil {
		return nil, nil, err
	}
	graph, err = checker.Analyze(r.analyzers, roots, nil)
	return graph, roots, err
}

// anyUnsure reports whether a root's diagnostic is one that the
// installers of other modules might take back.
func (r *run) anyUnsure(graph *checker.Graph) bool {
	for _, act := range graph.Roots {
		if unsure := r.unsure[act.Analyzer]; unsure != nil && act.Err == nil {
			for _, d := range act.Diagnostics {
				if unsure(d) {
					return true
				}
			}
		}
	}
	return false
}

// load returns the packages named by the patterns, type-checked from
// source, with the dependencies that the scope asks for, and the paths
// of those it left out (pending). The dependencies are type-checked
// from source in the same load (so that the roots see their types, and
// the facts on them); every package's Imports is pruned to those, which
// is all checker.Analyze follows. Finding them takes a go list pass of
// its own over the import graph, skipped when it can find nothing that
// matters:
//
//   - the dependencies of scope.all: every package that imports one,
//     directly or not. There are none when go.mod shows that no package
//     of scope.all can be imported (outOfReach).
//   - the dependencies of scope.module: those of the main modules, and
//     those of other modules that may install (installers). There are
//     none when go.mod shows that no package of scope.module can be
//     imported. When the patterns name every package of the main module
//     (coversMainModule), only the installers of other modules are
//     missing: the pass is skipped, and load finds them in the import
//     graph of its own load and returns them as pending.
func (r *run) load() (roots []*packages.Package, pending []string, err error) {
	var extra []string
	var wanted map[string]bool // IDs of the packages the patterns name
	env := readEnv()
	needAll := len(r.scope.all) > 0 && !outOfReach(r.patterns, r.scope.all, env)
	needModule := len(r.scope.module) > 0 && !outOfReach(r.patterns, r.scope.module, env)
	late := needModule && !needAll && coversMainModule(r.patterns, env)
	if needAll || needModule && !late {
		// The import graph alone (go list -deps, no compilation).
		mode := packages.NeedName | packages.NeedImports | packages.NeedDeps
		if needModule {
			mode |= packages.NeedModule | packages.NeedFiles
		}
		meta, err := packages.Load(&packages.Config{Mode: mode, Tests: r.tests}, r.patterns...)
		if err != nil {
			return nil, nil, err
		}
		wanted = make(map[string]bool)
		for _, p := range meta {
			wanted[p.ID] = true
		}
		extra = r.extra(meta, wanted, needAll, needModule)
	}
	return r.loadWith(extra, wanted, late)
}

// loadWith loads the packages of the patterns and extra, and returns
// those of wanted (nil: of the patterns) with every package's Imports
// pruned to the packages loaded. With late, it also returns the paths
// of the installers of other modules that the graph of the load holds
// (see extra).
func (r *run) loadWith(extra []string, wanted map[string]bool, late bool) (roots []*packages.Package, pending []string, err error) {
	pkgs, err := packages.Load(&packages.Config{
		Mode:  packages.LoadSyntax | packages.NeedModule,
		Tests: r.tests,
	}, append(slices.Clone(r.patterns), extra...)...)
	if err != nil {
		return nil, nil, err
	}
	if len(pkgs) == 0 {
		return nil, nil, fmt.Errorf("%s matched no packages", strings.Join(r.patterns, " "))
	}
	if len(r.scope.all) == 0 && len(r.scope.module) == 0 {
		return pkgs, nil, nil
	}
	if wanted == nil { // no extra: the patterns' packages only
		wanted = make(map[string]bool)
		for _, p := range pkgs {
			wanted[p.ID] = true
		}
	}
	if late {
		// The load's graph holds every dependency, with its module and
		// files (LoadSyntax includes NeedImports and NeedFiles), before
		// the pruning.
		pending = r.extra(pkgs, wanted, false, true)
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
	for _, p := range pkgs {
		if wanted[p.ID] {
			roots = append(roots, p)
		}
	}
	if len(roots) == 0 {
		return nil, nil, fmt.Errorf("%s matched no packages", strings.Join(r.patterns, " "))
	}
	return roots, pending, nil
}

// extra returns, sorted, the paths of the dependencies of the graph
// (outside wanted, the packages the patterns name, and outside the
// scope's own packages) to type-check from source: with needAll, those
// that reach a package of scope.all; with needModule, those that reach a
// package of scope.module and are of a main module or may install
// (installers).
func (r *run) extra(meta []*packages.Package, wanted map[string]bool, needAll, needModule bool) []string {
	var inAll, inModule, installing map[string]bool
	if needAll {
		inAll = reaches(meta, r.scope.all)
	}
	if needModule {
		inModule = reaches(meta, r.scope.module)
		installing = installers(meta, r.scope.installs)
	}
	// A package the patterns name may also be in the graph as the
	// variant of another package's test ("p [q.test]"): loading its
	// path again would change nothing.
	seen := make(map[string]bool)
	packages.Visit(meta, nil, func(p *packages.Package) {
		if wanted[p.ID] {
			seen[p.PkgPath] = true
		}
	})
	var extra []string
	packages.Visit(meta, nil, func(p *packages.Package) {
		if wanted[p.ID] || seen[p.PkgPath] || slices.Contains(r.scope.all, p.PkgPath) || slices.Contains(r.scope.module, p.PkgPath) {
			return
		}
		if inAll[p.ID] || inModule[p.ID] && (p.Module != nil && p.Module.Main || installing[p.ID]) {
			seen[p.PkgPath] = true
			extra = append(extra, p.PkgPath)
		}
	})
	slices.Sort(extra)
	return extra
}

// installers returns the IDs of the packages of the graph that may
// install: that import a package of installs and whose non-test Go files
// name one of its names (a call of an install function must name it), or
// that import such a package, directly or not (and may call a function
// of it that installs). It reads only the files of the packages that
// import a package of installs directly: a handful in most programs.
func installers(roots []*packages.Package, installs map[string][]string) map[string]bool {
	in := make(map[string]bool)
	packages.Visit(roots, nil, func(p *packages.Package) { // postorder
		for _, imp := range p.Imports {
			if in[imp.ID] {
				in[p.ID] = true
				return
			}
		}
		var names [][]byte
		for _, imp := range p.Imports {
			for _, name := range installs[imp.PkgPath] {
				names = append(names, []byte(name))
			}
		}
		if len(names) > 0 && mentions(p.GoFiles, names) {
			in[p.ID] = true
		}
	})
	return in
}

// mentions reports whether one of the non-test files names one of
// names; true when a file cannot be read.
func mentions(files []string, names [][]byte) bool {
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return true
		}
		for _, name := range names {
			if bytes.Contains(data, name) {
				return true
			}
		}
	}
	return false
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
