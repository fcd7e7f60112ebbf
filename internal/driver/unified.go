package driver

import (
	"fmt"
	"strings"
)

// context is the number of unchanged lines a hunk shows around changes.
const context = 3

type opKind byte

const (
	opEqual  opKind = ' '
	opDelete opKind = '-'
	opInsert opKind = '+'
)

type lineOp struct {
	kind opKind
	line string // with its newline, if any
}

// unified returns the unified diff of old and new, labelled as
// multichecker -diff labels them, or "" when they are equal.
func unified(oldLabel, newLabel, old, new string) string {
	ops := diffLines(splitLines(old), splitLines(new))
	var b strings.Builder
	// Find the hunks: runs of changes with at most 2*context equal lines
	// between them, plus context lines on both sides.
	for i := 0; i < len(ops); {
		if ops[i].kind == opEqual {
			i++
			continue
		}
		start := max(0, i-context)
		end := i
		for j := i; j < len(ops); j++ {
			if ops[j].kind != opEqual {
				end = j + 1
			} else if j-end >= 2*context {
				break
			}
		}
		stop := min(len(ops), end+context)
		if b.Len() == 0 {
			fmt.Fprintf(&b, "--- %s\n+++ %s\n", oldLabel, newLabel)
		}
		writeHunk(&b, ops, start, stop)
		i = stop
	}
	return b.String()
}

// writeHunk writes ops[start:stop] as a hunk.
func writeHunk(b *strings.Builder, ops []lineOp, start, stop int) {
	fromLine, toLine := 1, 1 // of ops[start]
	for _, op := range ops[:start] {
		if op.kind != opInsert {
			fromLine++
		}
		if op.kind != opDelete {
			toLine++
		}
	}
	var from, to int
	for _, op := range ops[start:stop] {
		if op.kind != opInsert {
			from++
		}
		if op.kind != opDelete {
			to++
		}
	}
	b.WriteString("@@ " + rangeText('-', fromLine, from) + " " + rangeText('+', toLine, to) + " @@\n")
	for _, op := range ops[start:stop] {
		b.WriteByte(byte(op.kind))
		b.WriteString(op.line)
		if !strings.HasSuffix(op.line, "\n") {
			b.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

func rangeText(sign byte, line, n int) string {
	switch {
	case n > 1:
		return fmt.Sprintf("%c%d,%d", sign, line, n)
	case n == 0:
		return fmt.Sprintf("%c%d,0", sign, line-1)
	}
	return fmt.Sprintf("%c%d", sign, line)
}

// splitLines splits s after each newline; a last line without one is
// kept.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// diffLines returns a shortest edit script from a to b (Myers' greedy
// algorithm, after trimming the common prefix and suffix).
func diffLines(a, b []string) []lineOp {
	var pre, suf int
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	var ops []lineOp
	for _, l := range a[:pre] {
		ops = append(ops, lineOp{opEqual, l})
	}
	ops = append(ops, myers(a[pre:len(a)-suf], b[pre:len(b)-suf])...)
	for _, l := range a[len(a)-suf:] {
		ops = append(ops, lineOp{opEqual, l})
	}
	return ops
}

func myers(a, b []string) []lineOp {
	n, m := len(a), len(b)
	maxD := n + m
	off := maxD + 1
	v := make([]int, 2*maxD+3)
	var trace [][]int
	var found bool
	for d := 0; d <= maxD && !found; d++ {
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1] // down: insertion
			} else {
				x = v[off+k-1] + 1 // right: deletion
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				found = true
				break
			}
		}
	}
	// Backtrack from (n, m) through the saved frontiers.
	var rev []lineOp
	x, y := n, m
	for d := len(trace) - 1; d >= 0; d-- {
		vd := trace[d] // the frontier before step d
		k := x - y
		var prevK int
		if k == -d || k != d && vd[off+k-1] < vd[off+k+1] {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevX := vd[off+prevK]
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			x--
			y--
			rev = append(rev, lineOp{opEqual, a[x]})
		}
		if d == 0 {
			break
		}
		if x == prevX {
			y--
			rev = append(rev, lineOp{opInsert, b[y]})
		} else {
			x--
			rev = append(rev, lineOp{opDelete, a[x]})
		}
	}
	for x > 0 && y > 0 { // the snake of d = 0
		x--
		y--
		rev = append(rev, lineOp{opEqual, a[x]})
	}
	ops := make([]lineOp, len(rev))
	for i, op := range rev {
		ops[len(rev)-1-i] = op
	}
	return ops
}
