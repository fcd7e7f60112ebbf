package idinmessage

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/tracelint/tracelint/analyzers/internal/uses"
)

// funcInfo records how the local variables of one function are
// assigned and used.
type funcInfo struct {
	assigns map[*types.Var][]assign
	uses    map[types.Object]int // uses of each object in the function (uses.Count)
	body    *ast.BlockStmt
	flow    *flow // built on demand (contributing)
	console int8  // whether it lays out a console report: 0 unknown, 1 yes, -1 no (see console)
}

// An assign is one assignment to a local variable.
type assign struct {
	stmt   ast.Stmt
	node   ast.Node // the node of the control-flow graph that assigns (stmt, or its ValueSpec)
	rhs    ast.Expr // the value assigned (v = rhs, v := rhs, v += rhs)
	add    bool     // v += rhs
	zero   bool     // var v T: the zero value
	decl   bool     // the declaration of v, alone in its statement
	nested bool     // in a function literal inside the function
	// unknown: assigned in a way the analyzer does not follow (from a
	// multi-value call, by range, through &v, by v++ or v -= x).
	unknown bool
}

// funcInfo returns what is known of the locals of fn, a *ast.FuncDecl
// or *ast.FuncLit, computing it once.
func (c *checker) funcInfo(fn ast.Node) *funcInfo {
	if fi := c.funcs[fn]; fi != nil {
		return fi
	}
	fi := &funcInfo{assigns: make(map[*types.Var][]assign)}
	c.funcs[fn] = fi
	var body *ast.BlockStmt
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		body = fn.Body
	case *ast.FuncLit:
		body = fn.Body
	}
	if body == nil {
		return fi
	}
	fi.body = body
	info := c.pass.TypesInfo
	fi.uses = uses.Count(info, body)
	localVar := func(e ast.Expr) *types.Var {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil
		}
		obj := info.Defs[id]
		if obj == nil {
			obj = info.Uses[id]
		}
		if v, ok := obj.(*types.Var); ok && v.Kind() == types.LocalVar {
			return v
		}
		return nil
	}
	var stack []ast.Node
	depth := 0 // function literals around the node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			if _, ok := stack[len(stack)-1].(*ast.FuncLit); ok {
				depth--
			}
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		nested := depth > 0
		add := func(v *types.Var, a assign) {
			if v != nil {
				a.nested = nested
				fi.assigns[v] = append(fi.assigns[v], a)
			}
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			depth++
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				a := assign{stmt: n, node: n}
				switch {
				case n.Tok == token.ADD_ASSIGN && len(n.Rhs) == 1:
					a.rhs, a.add = n.Rhs[0], true
				case (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) && len(n.Lhs) == len(n.Rhs):
					a.rhs = n.Rhs[i]
					if id, ok := lhs.(*ast.Ident); ok && n.Tok == token.DEFINE && info.Defs[id] != nil && len(n.Lhs) == 1 {
						a.decl = true
					}
				default:
					a.unknown = true
				}
				add(localVar(lhs), a)
			}
		case *ast.ValueSpec:
			var stmt ast.Stmt
			single := false
			if len(stack) >= 3 {
				if ds, ok := stack[len(stack)-3].(*ast.DeclStmt); ok {
					stmt = ds
					single = len(ds.Decl.(*ast.GenDecl).Specs) == 1 && len(n.Names) == 1
				}
			}
			for i, id := range n.Names {
				a := assign{stmt: stmt, node: n, decl: single}
				switch {
				case len(n.Values) == len(n.Names):
					a.rhs = n.Values[i]
				case len(n.Values) == 0:
					a.zero = true
				default:
					a.unknown = true
				}
				add(localVar(id), a)
			}
		case *ast.RangeStmt:
			add(localVar(n.Key), assign{stmt: n, node: n, unknown: true})
			add(localVar(n.Value), assign{stmt: n, node: n, unknown: true})
		case *ast.IncDecStmt:
			add(localVar(n.X), assign{stmt: n, node: n, unknown: true})
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				add(localVar(n.X), assign{unknown: true})
			}
		}
		return true
	})
	return fi
}

// local reports whether the message id, a local variable, is built
// from values in the function of the call at cur: assigned once from a
// build (msg := fmt.Sprintf(...)), which a fix can inline, or built up
// in several assignments of constants and builds (msg += ...), which it
// cannot.
func (c *checker) local(cur inspector.Cursor, id *ast.Ident) *message {
	info := c.pass.TypesInfo
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Kind() != types.LocalVar {
		return nil // a parameter, a result, a global
	}
	var fnCur inspector.Cursor
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fnCur = fc
		break
	}
	if !fnCur.Valid() {
		return nil
	}
	fi := c.funcInfo(fnCur.Node())
	as := fi.assigns[v]
	if len(as) == 0 {
		return nil // declared in an enclosing function, or by a type switch
	}
	for _, a := range as {
		if a.unknown || a.nested {
			return nil
		}
	}
	// Only the assignments whose value reaches this call make its
	// message: in a branch of its own, the branch's.
	use := as
	if len(as) > 1 {
		if idx, ok := c.contributing(fi, fi.body, v, as, cur.Node().Pos()); ok {
			use = nil
			for _, k := range idx {
				use = append(use, as[k])
			}
		}
	}
	var (
		names   []part // the values, for the diagnostic
		built   *assign
		builts  []ast.Expr // every build, for the related information
		builtPs []part
		fixable bool
	)
	for i := range use {
		a := &use[i]
		if a.zero || info.Types[a.rhs].Value != nil {
			continue // a constant
		}
		ps, isBuilt, ok := c.decompose(a.rhs)
		ps = c.componentPrefix(ps)
		if !hasValue(ps) && len(ps) > 0 && ps[0].kept != nil && !ps[0].variant {
			continue // a component's name and constant text: a constant here
		}
		if !isBuilt && !a.add {
			return nil // assigned something else: a parameter, a call
		}
		if built == nil {
			built, builtPs, fixable = a, ps, ok && !hasVariant(ps)
		}
		if isBuilt || hasValue(ps) {
			builts = append(builts, a.rhs)
		}
		for _, p := range ps {
			if p.value == nil {
				continue
			}
			if pid, ok := ast.Unparen(p.value).(*ast.Ident); ok && info.Uses[pid] == v {
				continue // msg = msg + x
			}
			names = append(names, p)
		}
	}
	if built == nil {
		return nil
	}
	m := &message{parts: names, noFix: true, source: built.rhs, builds: builts, local: v}
	if len(as) == 1 && built.decl && fixable {
		if next := followedBy(fnCur, built.stmt, cur); next != nil {
			m.parts, m.noFix, m.next = builtPs, false, next
			if fi.uses[v] == 1 {
				m.decl = built.stmt // the fix deletes it
			} else {
				// msg := fmt.Sprintf(...); log(msg); return errors.New(msg):
				// the declaration stays for its other uses, and the call
				// gets the constant message and the values again.
				m.copied = true
			}
		}
	}
	return m
}

// followedBy returns the statement holding the call at cur if it
// comes right after stmt in the same block and holds nothing but the
// call (f(msg), or x, y := f(msg)); otherwise nil.
func followedBy(fnCur inspector.Cursor, stmt ast.Stmt, cur inspector.Cursor) ast.Stmt {
	if stmt == nil {
		return nil
	}
	stmtCur, ok := fnCur.FindNode(stmt)
	if !ok {
		return nil
	}
	next, ok := stmtCur.NextSibling()
	if !ok || next != cur.Parent() {
		return nil
	}
	call := cur.Node()
	switch s := next.Node().(type) {
	case *ast.ExprStmt:
		if s.X == call {
			return s
		}
	case *ast.AssignStmt:
		if len(s.Rhs) == 1 && s.Rhs[0] == call {
			return s
		}
	}
	return nil
}

// localAssigns returns the assignments to id, a local variable of a
// type that typeOK accepts, declared in a function around the call being
// checked; none when id is not such a variable, or when they are not
// found (a variable declared by a type switch).
func (c *checker) localAssigns(id *ast.Ident, typeOK func(types.Type) bool) []assign {
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Kind() != types.LocalVar || !typeOK(v.Type()) || !c.cur.Valid() {
		return nil
	}
	// The function declaring v: the innermost one around the call
	// whose body holds v's declaration.
	_, fn := c.declaringFunc(c.cur, v)
	if fn == nil {
		return nil
	}
	return c.funcInfo(fn).assigns[v]
}

// constLocal reports whether id is a local string variable that holds
// one of a few constants: declared in a function around the call being
// checked (not a parameter or a result), every assignment to it a
// constant expression (app := "server"; if agent { app = "agent" }),
// none of them inside a function literal, and its address never taken
// (a call of a function that only combines constants counts as one).
// A message built from it takes one of a few fixed texts.
func (c *checker) constLocal(id *ast.Ident) bool {
	info := c.pass.TypesInfo
	as := c.localAssigns(id, isString)
	if len(as) == 0 {
		return false
	}
	for _, a := range as {
		if a.unknown || a.nested {
			return false
		}
		if !a.zero && info.Types[a.rhs].Value == nil && !c.constCall(a.rhs) {
			return false
		}
	}
	return true
}
