package driver

// This file is -fix and -fix -diff on the fast path: multichecker's fix
// application (x/tools internal/analysis/driverutil.ApplyFixes, which no
// public package exposes) reduced to what tracelint needs.

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"io"
	"log"
	"os"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/ast/astutil"
)

// An edit replaces the bytes [start, end) of a file with text.
type edit struct {
	start, end int
	text       string
}

// overlaps reports whether a and b cannot both be applied independently
// of their order: their ranges intersect, or an insertion touches the
// other edit.
func (a edit) overlaps(b edit) bool {
	if a.start == a.end || b.start == b.end {
		return a.start <= b.end && b.start <= a.end
	}
	return a.start < b.end && b.start < a.end
}

// fixedFile is the state of one file the fixes edit.
type fixedFile struct {
	tok      *token.File
	orig     *ast.File // its syntax, as type-checked
	names    map[string]string
	baseline []byte
	edits    []edit
}

// applyFixes applies the first suggested fix of each diagnostic of the
// root actions, as multichecker -fix does: a fix applies whole or not at
// all; one that edits a generated file is skipped; one whose edits
// overlap the edits already accepted (other than by being identical to
// them, as the duplicate fixes of a package and its test variant are) is
// skipped, and the run fails asking to re-run. Each edited file is then
// formatted, without the imports the fixes left unused, and written, or
// with diff printed to stdout as a unified diff.
func applyFixes(roots []*checker.Action, diff bool, stdout io.Writer) error {
	files := make(map[string]*fixedFile)
	generated := make(map[*token.File]bool)
	var total, good, skipped int
	for _, act := range roots {
		if act.Err != nil || len(act.Diagnostics) == 0 {
			continue
		}
		pkg := act.Package
		syntax := make(map[*token.File]*ast.File)
		for _, f := range pkg.Syntax {
			tf := pkg.Fset.File(f.FileStart)
			syntax[tf] = f
			if _, ok := generated[tf]; !ok {
				generated[tf] = ast.IsGenerated(f)
			}
		}
	diags:
		for _, d := range act.Diagnostics {
			if len(d.SuggestedFixes) == 0 {
				continue
			}
			for _, alt := range d.SuggestedFixes[1:] {
				log.Printf("%s: ignoring alternative fix %q", act, alt.Message)
			}
			total++
			fix := d.SuggestedFixes[0]
			perFile := make(map[*fixedFile][]edit)
			for _, e := range fix.TextEdits {
				tf := pkg.Fset.File(e.Pos)
				if tf == nil {
					return fmt.Errorf("%s: fix %q edits no file", act, fix.Message)
				}
				if generated[tf] {
					skipped++
					continue diags
				}
				ff := files[tf.Name()]
				if ff == nil {
					content, err := os.ReadFile(tf.Name())
					if err != nil {
						log.Printf("skipping fix to file %s: %v", tf.Name(), err)
						continue diags
					}
					if len(content) != tf.Size() {
						return fmt.Errorf("concurrent file modification detected in file %s (size changed from %d -> %d bytes); aborting fix",
							tf.Name(), tf.Size(), len(content))
					}
					ff = &fixedFile{tok: tf, baseline: content}
					files[tf.Name()] = ff
				}
				if ff.orig == nil && syntax[tf] != nil {
					ff.orig = syntax[tf]
					ff.names = importNames(act, syntax[tf])
				}
				perFile[ff] = append(perFile[ff], edit{tf.Offset(e.Pos), tf.Offset(e.End), string(e.NewText)})
			}
			// All or nothing: check every edit before accepting any.
			var add []edit
			for ff, edits := range perFile {
				for _, e := range edits {
					if slices.Contains(ff.edits, e) {
						continue // the same edit, made by a duplicate fix
					}
					for _, prev := range ff.edits {
						if e.overlaps(prev) {
							continue diags
						}
					}
					for _, other := range add {
						if e.overlaps(other) && e != other {
							continue diags
						}
					}
					add = append(add, e)
				}
			}
			for ff, edits := range perFile {
				for _, e := range edits {
					if !slices.Contains(ff.edits, e) {
						ff.edits = append(ff.edits, e)
					}
				}
			}
			good++
		}
	}

	names := make([]string, 0, len(files))
	for name, ff := range files {
		if len(ff.edits) > 0 {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	var written, failed int
	for _, name := range names {
		ff := files[name]
		final := ff.apply()
		if formatted, err := ff.format(final); err == nil {
			final = formatted
		}
		if diff {
			io.WriteString(stdout, unified(name+" (old)", name+" (new)", string(ff.baseline), string(final)))
			continue
		}
		if err := os.WriteFile(name, final, 0o644); err != nil {
			log.Print(err)
			failed++
			continue
		}
		written++
	}

	if bad := total - good - skipped; bad > 0 || failed > 0 {
		if diff {
			return fmt.Errorf("%d of %s skipped (e.g. due to conflicts)", bad, plural(total, "fix", "fixes"))
		}
		return fmt.Errorf("applied %d of %s; %s updated. (Re-run the command to apply more.)",
			good, plural(total, "fix", "fixes"), plural(written, "file", "files"))
	}
	return nil
}

// apply returns the baseline with the accepted edits applied.
func (ff *fixedFile) apply() []byte {
	edits := slices.Clone(ff.edits)
	slices.SortStableFunc(edits, func(a, b edit) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.end - b.end
	})
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		out.Write(ff.baseline[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(ff.baseline[last:])
	return out.Bytes()
}

// format returns src gofmt-formatted, without the imports that the
// fixes left unused: those the original file used whose name no longer
// appears in the file at all (a conservative test: a package is used
// only through its name).
func (ff *fixedFile) format(src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, ff.tok.Name(), src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	if ff.orig != nil {
		before, after := idents(ff.orig), idents(f)
		var unused [][2]string // explicit name, path
		for _, spec := range f.Imports {
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				continue
			}
			explicit := ""
			if spec.Name != nil {
				explicit = spec.Name.Name
			}
			name := explicit
			if name == "" {
				name = ff.names[path] // "" for an import the fixes added
			}
			switch name {
			case "", "_", ".", "C":
				continue
			}
			if before[name] && !after[name] {
				unused = append(unused, [2]string{explicit, path})
			}
		}
		for _, imp := range unused { // (deleting changes f.Imports)
			astutil.DeleteNamedImport(fset, f, imp[0], imp[1])
		}
	}
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, f); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// importNames maps the import paths of file to the names of the
// packages they import.
func importNames(act *checker.Action, file *ast.File) map[string]string {
	names := make(map[string]string)
	info := act.Package.TypesInfo
	if info == nil {
		return names
	}
	for _, spec := range file.Imports {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			continue
		}
		if pn := info.PkgNameOf(spec); pn != nil && pn.Imported() != nil {
			names[path] = pn.Imported().Name()
		}
	}
	return names
}

// idents returns the names of the identifiers of f outside its import
// declarations that could denote a package: all but selected names.
func idents(f *ast.File) map[string]bool {
	names := make(map[string]bool)
	for _, decl := range f.Decls {
		if gd, ok := decl.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			continue
		}
		ast.Inspect(decl, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				ast.Inspect(n.X, func(n ast.Node) bool {
					if id, ok := n.(*ast.Ident); ok {
						names[id.Name] = true
					}
					return true
				})
				return false
			case *ast.Ident:
				names[n.Name] = true
			}
			return true
		})
	}
	return names
}

func plural(n int, singular, plural string) string {
	if n == 1 {
		return "1 " + singular
	}
	return fmt.Sprintf("%d %s", n, plural)
}
