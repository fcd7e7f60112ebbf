package idinmessage

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Values that look like values but hold a fixed text: formatted into a
// message, they leave it one message, not one per event.

// isParam reports whether e is a parameter of the function around it.
func isParam(info *types.Info, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	return ok && v.Kind() == types.ParamVar
}

// selfFormatting reports whether fmt formats a value of type t through
// a method of its own (String, Error or Format), whose result the
// analyzer does not compute.
func selfFormatting(t types.Type) bool {
	if t == nil {
		return false
	}
	if _, ok := types.Unalias(t).(*types.Basic); ok {
		return false
	}
	ms := types.NewMethodSet(t)
	for _, name := range []string{"String", "Error", "Format"} {
		if ms.Lookup(nil, name) != nil {
			return true
		}
	}
	return false
}

// constError reports whether id is a local error variable that only
// ever holds an error made from a constant text (err :=
// errors.New("no replacer")): its Error() is that text.
func (c *checker) constError(id *ast.Ident) bool {
	isError := func(t types.Type) bool { return types.Identical(t, types.Universe.Lookup("error").Type()) }
	as := c.localAssigns(id, isError)
	if len(as) == 0 {
		return false
	}
	for _, a := range as {
		if a.unknown || a.nested || a.zero || !c.constErrorCall(a.rhs) {
			return false
		}
	}
	return true
}

// constErrorCall reports whether e is errors.New or fmt.Errorf (or
// github.com/pkg/errors' New or Errorf, whose stack trace does not change
// the text) of a constant text alone.
func (c *checker) constErrorCall(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return false
	}
	fn := calleeFunc(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return false
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "errors.New", "fmt.Errorf", "github.com/pkg/errors.New", "github.com/pkg/errors.Errorf":
	default:
		return false
	}
	tv := c.pass.TypesInfo.Types[call.Args[0]]
	return tv.Value != nil
}

// constGlobal reports whether e is, or converts (string(k)), a
// package-level variable of this package that holds a fixed value: its
// declaration initialises it from a constant or a conversion of one
// (var bucketName = []byte("confState")), or it is a sentinel error made
// from a constant text (var ErrBusy = errors.New("busy")), and no code of the package
// assigns it, its elements or its address; or e is a field of such a
// variable that its composite literal sets to a constant (the Name of
// var MetricsPortFlag = &cli.IntFlag{Name: "metrics.port"}), and no code
// assigns the variable, the field or their addresses, or calls a method
// of the variable.
func (c *checker) constGlobal(e ast.Expr) bool {
	info := c.pass.TypesInfo
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
			e = ast.Unparen(call.Args[0])
		}
	}
	field := ""
	if sel, ok := e.(*ast.SelectorExpr); ok {
		// A field of a package-level struct: Flag.Name of
		// var Flag = &cli.StringFlag{Name: "rpc.telemetry", ...}.
		if s, ok := info.Selections[sel]; !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
			return false
		}
		field, e = sel.Sel.Name, ast.Unparen(sel.X)
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Kind() != types.PackageVar || v.Pkg() != c.pass.Pkg {
		return false
	}
	if c.fixedGlobals == nil {
		c.fixedGlobals, c.fixedFields = c.findFixedGlobals()
	}
	if field != "" {
		return c.fixedFields[v][field]
	}
	return c.fixedGlobals[v]
}

// findFixedGlobals returns the package-level variables of the package
// that constGlobal accepts.
func (c *checker) findFixedGlobals() (map[*types.Var]bool, map[*types.Var]map[string]bool) {
	info := c.pass.TypesInfo
	fixed := make(map[*types.Var]bool)
	fields := make(map[*types.Var]map[string]bool)
	// constFields records the fields that a composite literal (or its
	// address) sets to a constant.
	constFields := func(v *types.Var, e ast.Expr) {
		e = ast.Unparen(e)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = ast.Unparen(u.X)
		}
		lit, ok := e.(*ast.CompositeLit)
		if !ok {
			return
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return
			}
			if k, ok := kv.Key.(*ast.Ident); ok && info.Types[kv.Value].Value != nil {
				if fields[v] == nil {
					fields[v] = make(map[string]bool)
				}
				fields[v][k.Name] = true
			}
		}
	}
	isConst := func(e ast.Expr) bool {
		e = ast.Unparen(e)
		if tv, ok := info.Types[e]; ok && tv.Value != nil {
			return true
		}
		if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
			if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
				return info.Types[call.Args[0]].Value != nil
			}
		}
		return c.constErrorCall(e) // a sentinel: var ErrBusy = errors.New("busy")
	}
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if len(vs.Values) != len(vs.Names) {
					continue
				}
				for i, name := range vs.Names {
					if v, ok := info.Defs[name].(*types.Var); ok && isConst(vs.Values[i]) {
						fixed[v] = true
					} else if ok {
						constFields(v, vs.Values[i])
					}
				}
			}
		}
	}
	if len(fixed) == 0 && len(fields) == 0 {
		return fixed, fields
	}
	// changed drops the variable that e denotes or indexes, or the
	// field of it that e selects.
	var changed func(e ast.Expr)
	changed = func(e ast.Expr) {
		switch e := ast.Unparen(e).(type) {
		case *ast.Ident:
			if v, ok := info.Uses[e].(*types.Var); ok {
				delete(fixed, v)
				delete(fields, v)
			}
		case *ast.SelectorExpr:
			if id, ok := ast.Unparen(e.X).(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok && fields[v] != nil {
					delete(fields[v], e.Sel.Name)
				}
			}
		case *ast.IndexExpr:
			changed(e.X)
		case *ast.SliceExpr:
			changed(e.X)
		}
	}
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					changed(l)
				}
			case *ast.IncDecStmt:
				changed(n.X)
			case *ast.RangeStmt:
				if n.Key != nil {
					changed(n.Key)
				}
				if n.Value != nil {
					changed(n.Value)
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					changed(n.X)
				}
			case *ast.CallExpr:
				// copy(k, ...), append(k, ...) may write its elements;
				// a method of k may change it.
				if b, ok := typeutil.Callee(info, n).(*types.Builtin); ok && (b.Name() == "copy" || b.Name() == "append") && len(n.Args) > 0 {
					changed(n.Args[0])
				}
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
					// (Not a method of an interface: ErrBusy.Error()
					// cannot change which error ErrBusy holds.)
					if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodVal && !types.IsInterface(s.Recv()) {
						changed(sel.X)
					}
				}
			}
			return true
		})
	}
	return fixed, fields
}

// kindName reports whether e names a kind of object rather than one
// object: a string field named Kind (Kubernetes' TypeMeta.Kind, an
// ObjectReference's Kind), or a call of a method GetKind or Kind that
// takes nothing and returns a string. Like a type printed with %T, its
// text is one of the program's few types: a message that holds it takes
// a few fixed texts, not one per object.
//
// So is a call of a method that only returns a constant, on a value of
// a concrete type or through an interface (also one embedded in a
// struct) that every type of the interface's package that implements it
// answers with a constant: packet.Name() of a protocol's message types,
// each with func (*Ping) Name() string { return "PING" }.
func (c *checker) kindName(e ast.Expr) bool {
	info := c.pass.TypesInfo
	e = ast.Unparen(e)
	if !isString(info.TypeOf(e)) {
		return false
	}
	switch e := e.(type) {
	case *ast.SelectorExpr:
		s, ok := info.Selections[e]
		return ok && s.Kind() == types.FieldVal && e.Sel.Name == "Kind"
	case *ast.CallExpr:
		sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
		if !ok || len(e.Args) != 0 {
			return false
		}
		s, ok := info.Selections[sel]
		if !ok || s.Kind() != types.MethodVal {
			return false
		}
		if sel.Sel.Name == "GetKind" || sel.Sel.Name == "Kind" {
			return true
		}
		fn := s.Obj().(*types.Func)
		if types.IsInterface(fn.Signature().Recv().Type()) {
			return c.fixedMethod(fn) // also promoted from an embedded interface
		}
		return c.calls != nil && c.calls.FixedResult != nil && c.calls.FixedResult(fn)
	}
	return false
}

// fixedMethod reports whether m, a method of a named interface,
// returns a constant in every type of the interface's package that
// implements the interface (at least one).
func (c *checker) fixedMethod(m *types.Func) bool {
	if done, ok := c.fixedMethods[m]; ok {
		return done
	}
	fixed := false
	recv := m.Signature().Recv()
	if named, ok := types.Unalias(recv.Type()).(*types.Named); ok && named.Obj().Pkg() != nil && c.calls != nil && c.calls.FixedResult != nil {
		iface := named.Underlying().(*types.Interface)
		scope := named.Obj().Pkg().Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			t := tn.Type()
			if !types.Implements(t, iface) {
				if t = types.NewPointer(t); !types.Implements(t, iface) {
					continue
				}
			}
			impl, _, _ := types.LookupFieldOrMethod(t, false, tn.Pkg(), m.Name())
			fn, ok := impl.(*types.Func)
			if !ok || !c.calls.FixedResult(fn) {
				fixed = false
				break
			}
			fixed = true
		}
	}
	c.fixedMethods[m] = fixed
	return fixed
}
