package wrappers

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// Fixed is the object fact of a method whose body only returns a
// constant string: func (*Ping) Name() string { return "PING/v5" }. A
// message that formats the result of such a method through an interface
// (packet.Name()) holds the name of a kind of value, one of a few, as a
// type printed with %T does, not a value of the event.
type Fixed struct{}

func (*Fixed) AFact() {}

func (*Fixed) String() string { return "returns a constant" }

// fixedMethods exports the Fixed facts of the package's methods and
// returns them.
func fixedMethods(pass *analysis.Pass) map[*types.Func]bool {
	fixed := make(map[*types.Func]bool)
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Body == nil || len(fd.Body.List) != 1 {
				continue
			}
			ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
			if !ok || len(ret.Results) != 1 {
				continue
			}
			tv := pass.TypesInfo.Types[ret.Results[0]]
			if tv.Value == nil || tv.Value.Kind() != constant.String {
				continue
			}
			if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
				fixed[fn] = true
				pass.ExportObjectFact(fn, new(Fixed))
			}
		}
	}
	return fixed
}

// FixedResult reports whether fn, a method, only returns a constant
// string (see [Fixed]).
func (r *Result) FixedResult(fn *types.Func) bool { return r != nil && r.fixed[fn.Origin()] }
