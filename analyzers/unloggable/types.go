package unloggable

import "go/types"

// pointee returns the element type of a pointer type, or t itself.
func pointee(t types.Type) (types.Type, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem(), true
	}
	return t, false
}

// namedObj returns the declaring object of a named type (the origin's
// for an instance), or nil.
func namedObj(t types.Type) *types.TypeName {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return nil
	}
	return n.Obj()
}

func isNamed(t types.Type, path, name string) bool {
	obj := namedObj(t)
	return obj != nil && obj.Pkg().Path() == path && obj.Name() == name
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
