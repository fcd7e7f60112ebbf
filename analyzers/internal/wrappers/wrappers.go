// Package wrappers finds a program's own logging and tracing APIs: the
// functions and methods that pass their message, fields and context on
// to an event or span start of the table unchanged (inferred), and those
// declared to behave as one (a //tracelint:event or //tracelint:span
// directive on the declaration, or the -wrappers setting for code the
// user cannot annotate). Each becomes a row of its own (apis.Derive),
// which the analyzers treat as the row it wraps. Inferred and directive
// rows cross packages as object facts, as go vet's printf check does for
// printf wrappers.
//
// It also records the methods that only return a constant string
// (Fixed facts): the names of kinds of values (packet.Name() of a
// protocol's message types), which idinmessage keeps in a message.
//
// Cost: facts make every driver run the analysis that computes them on
// the dependencies too. Rows are inferred, and directives read, only in
// packages that reach a logging API and are not part of a versioned
// dependency module (pass.Module.Version is empty: the analysed
// modules, a workspace, a replaced directory) nor, under go vet, of the
// standard library; the wrappers of a dependency module are declared
// with -wrappers.
package wrappers

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
)

// Fact is the object fact of a function that wraps an event or a span
// start: the row it has.
type Fact struct{ apis.Spec }

func (*Fact) AFact() {}

func (f *Fact) String() string {
	kind := "event"
	if f.Role == apis.SpanStart {
		kind = "span start"
	}
	return fmt.Sprintf("%s %s (ctx %d, msg %d, fields %d)", strings.ToLower(f.Lib), kind, f.Ctx, f.Msg, f.Fields)
}

// A Problem is a declaration that does not fit the function it names.
type Problem struct {
	Pos     token.Pos
	Message string
}

// Result is what Run found: the rows of the wrappers the package can
// call, and the declarations of the package that do not fit.
type Result struct {
	rows     map[*types.Func]*apis.API
	declared map[*types.Func]*apis.API // by -wrappers, resolved on first use
	misfit   map[*types.Func]string    // -wrappers names that do not fit
	fixed    map[*types.Func]bool      // methods that return a constant (Fixed facts)
	Problems []Problem
}

// Row returns the row of fn (an origin function), or nil.
func (r *Result) Row(fn *types.Func) *apis.API {
	if a := r.rows[fn]; a != nil {
		return a
	}
	if Declared.empty() {
		return nil
	}
	if a, ok := r.declared[fn]; ok {
		return a
	}
	a, err := Declared.row(fn)
	if err != nil {
		r.misfit[fn] = err.Error()
	}
	r.declared[fn] = a
	return a
}

// Misfit returns why the -wrappers setting's declaration of fn does not
// fit fn, or "".
func (r *Result) Misfit(fn *types.Func) string {
	if r == nil || fn == nil || Declared.empty() {
		return ""
	}
	r.Row(fn.Origin())
	return r.misfit[fn.Origin()]
}

// Empty reports whether no wrapper is known.
func (r *Result) Empty() bool { return len(r.rows) == 0 && Declared.empty() }

// Run imports the wrapper facts of the package's dependencies, finds
// the package's own wrappers, exports their facts, and returns them all.
func Run(pass *analysis.Pass) *Result {
	r := &Result{
		rows:     make(map[*types.Func]*apis.API),
		declared: make(map[*types.Func]*apis.API),
		misfit:   make(map[*types.Func]string),
		fixed:    make(map[*types.Func]bool),
	}
	if pass.AllObjectFacts == nil {
		return r // a pass made by hand, without facts
	}
	if pass.Module == nil {
		// Only go vet leaves Module unset, for a package outside any
		// module: the standard library, whose every package go vet
		// runs the analysis on, and which neither holds wrappers nor
		// imports a package that does. (go/analysis drivers and
		// golangci-lint give an empty Module where they know none.)
		return r
	}
	for _, of := range pass.AllObjectFacts() {
		fn, ok := of.Object.(*types.Func)
		if !ok {
			continue
		}
		switch f := of.Fact.(type) {
		case *Fact:
			if a, err := apis.Rebuild(fn, f.Spec); err == nil {
				r.rows[fn] = a
			}
		case *Fixed:
			r.fixed[fn] = true
		}
	}
	if pass.Module != nil && pass.Module.Version != "" {
		return r // a dependency module: see the package documentation
	}
	for fn := range fixedMethods(pass) {
		r.fixed[fn] = true
	}
	if !apis.Uses(pass.Pkg) && len(r.rows) == 0 {
		return r
	}
	local := r.directives(pass)
	for fn, a := range infer(pass, r) {
		if local[fn] == nil {
			local[fn] = a
		}
	}
	for fn, a := range local {
		r.rows[fn] = a
		if fn.Pkg() == pass.Pkg {
			pass.ExportObjectFact(fn, &Fact{a.Spec()})
		}
	}
	return r
}

// directives returns the rows that the package's directives declare,
// and records the directives that do not fit.
func (r *Result) directives(pass *analysis.Pass) map[*types.Func]*apis.API {
	rows := make(map[*types.Func]*apis.API)
	declare := func(doc *ast.CommentGroup, name *ast.Ident) {
		if doc == nil {
			return
		}
		for _, c := range doc.List {
			role, lib, err, ok := parseDirective(c.Text)
			if !ok {
				continue
			}
			fn, _ := pass.TypesInfo.Defs[name].(*types.Func)
			if err == nil && fn == nil {
				err = fmt.Errorf("%s is not a function", name.Name)
			}
			var a *apis.API
			if err == nil {
				a, err = apis.Declare(fn, lib, role)
			}
			if err != nil {
				// At the name it declares, where go vet and editors
				// show it beside the signature that does not fit.
				r.Problems = append(r.Problems, Problem{name.Pos(), fmt.Sprintf("%s: %v", strings.TrimPrefix(c.Text, "//"), err)})
				continue
			}
			rows[fn] = a
		}
	}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				declare(d.Doc, d.Name)
			case *ast.GenDecl:
				for _, s := range d.Specs {
					ts, ok := s.(*ast.TypeSpec)
					if !ok {
						continue
					}
					it, ok := ts.Type.(*ast.InterfaceType)
					if !ok {
						continue
					}
					for _, m := range it.Methods.List {
						if len(m.Names) == 1 {
							declare(m.Doc, m.Names[0])
						}
					}
				}
			}
		}
	}
	return rows
}

// parseDirective parses a comment: ok when it is a tracelint:event or
// tracelint:span directive, with err saying what is wrong with it.
//
//	//tracelint:event slog
//	//tracelint:span otel
func parseDirective(text string) (role apis.Role, lib *apis.Library, err error, ok bool) {
	rest, ok := strings.CutPrefix(text, "//tracelint:")
	if !ok {
		return 0, nil, nil, false
	}
	words := strings.Fields(rest)
	if len(words) == 0 {
		return 0, nil, fmt.Errorf("a directive names event or span"), true
	}
	switch words[0] {
	case "event":
		role = apis.Event
	case "span":
		role = apis.SpanStart
	default:
		return 0, nil, fmt.Errorf("unknown directive %q (want event or span)", words[0]), true
	}
	if len(words) != 2 {
		return 0, nil, fmt.Errorf("name the library it behaves like, one of %s", strings.Join(apis.LibraryNames(), ", ")), true
	}
	if lib, err = library(strings.TrimPrefix(words[1], "style=")); err != nil {
		return 0, nil, err, true
	}
	return role, lib, nil, true
}

func library(name string) (*apis.Library, error) {
	if l := apis.LibraryNamed(name); l != nil {
		return l, nil
	}
	return nil, fmt.Errorf("unknown library %q (known: %s)", name, strings.Join(apis.LibraryNames(), ", "))
}
