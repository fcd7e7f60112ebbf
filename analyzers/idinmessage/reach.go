package idinmessage

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/cfg"
)

// A flow is the control-flow graph of one function body, built when a
// message variable assigned more than once needs it.
type flow struct {
	g     *cfg.CFG
	preds map[*cfg.Block][]*cfg.Block
}

// at is a position in a flow: the index of a node in its block.
type at struct {
	b *cfg.Block
	i int
}

func newFlow(body *ast.BlockStmt) *flow {
	g := cfg.New(body, func(*ast.CallExpr) bool { return true })
	f := &flow{g: g, preds: make(map[*cfg.Block][]*cfg.Block)}
	for _, b := range g.Blocks {
		for _, s := range b.Succs {
			f.preds[s] = append(f.preds[s], b)
		}
	}
	return f
}

// locate returns the innermost node of the graph that holds pos.
func (f *flow) locate(pos token.Pos) (at, bool) {
	var best at
	found := false
	for _, b := range f.g.Blocks {
		for i, n := range b.Nodes {
			if n.Pos() <= pos && pos < n.End() {
				if !found || n.End()-n.Pos() < best.b.Nodes[best.i].End()-best.b.Nodes[best.i].Pos() {
					best, found = at{b, i}, true
				}
			}
		}
	}
	return best, found
}

// reaching returns the assignments among as (those of one variable)
// whose value can reach the point p: on each path to p, the last one.
func (f *flow) reaching(as []assign, p at) []int {
	byNode := make(map[ast.Node]int)
	for i, a := range as {
		if a.node != nil {
			byNode[a.node] = i
		}
	}
	var out []int
	seen := make(map[int]bool)
	visited := make(map[*cfg.Block]bool)
	var walk func(b *cfg.Block, end int)
	walk = func(b *cfg.Block, end int) {
		for i := end - 1; i >= 0; i-- {
			if k, ok := byNode[b.Nodes[i]]; ok {
				if !seen[k] {
					seen[k] = true
					out = append(out, k)
				}
				return
			}
		}
		for _, pb := range f.preds[b] {
			if !visited[pb] {
				visited[pb] = true
				walk(pb, len(pb.Nodes))
			}
		}
	}
	walk(p.b, p.i)
	return out
}

// contributing returns the indices of the assignments of v (as) that
// make its value at the call at pos in body: those that reach the call
// and, for one that builds on v's previous value (v += x, v = v + x),
// those that reach it, and so on. ok is false when the graph does not
// hold the call or an assignment (the caller then takes them all).
func (c *checker) contributing(fi *funcInfo, body *ast.BlockStmt, v *types.Var, as []assign, pos token.Pos) (idx []int, ok bool) {
	if fi.flow == nil {
		fi.flow = newFlow(body)
	}
	f := fi.flow
	p, ok := f.locate(pos)
	if !ok {
		return nil, false
	}
	in := make(map[int]bool)
	work := f.reaching(as, p)
	for len(work) > 0 {
		k := work[len(work)-1]
		work = work[:len(work)-1]
		if in[k] {
			continue
		}
		in[k] = true
		a := as[k]
		if !a.add && !c.mentions(a.rhs, v) {
			continue
		}
		q, ok := f.locate(a.node.Pos())
		if !ok {
			return nil, false
		}
		work = append(work, f.reaching(as, q)...)
	}
	for k := range as {
		if in[k] {
			idx = append(idx, k) // in source order
		}
	}
	return idx, true
}

// mentions reports whether e uses v.
func (c *checker) mentions(e ast.Expr, v *types.Var) bool {
	found := false
	if e != nil {
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == v {
				found = true
			}
			return !found
		})
	}
	return found
}
