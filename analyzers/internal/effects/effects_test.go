package effects

import (
	"go/ast"
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/srctest"
)

const src = `package p

import (
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"
)

type T struct{}

func (T) String() string  { return "" }
func (T) Close() error     { return nil }
func f() int               { return 0 }

func exprs(b []byte, n int, err error, t T, ch chan int, l *slog.Logger, r *http.Request, start time.Time) {
	_ = r.URL.String() + r.Header.Get("X") + r.URL.Hostname() // none
	_ = time.Since(start).Seconds()     // none
	_ = strings.ToUpper(r.Method)       // none
	_ = r.ParseForm()                   // effect
	_ = r.Body.Close()                  // effect
	_ = len(b) + int(n)                 // none
	_ = strconv.Itoa(n) + err.Error()   // none
	_ = fmt.Sprintf("%d", n) + t.String() // none
	_ = slog.Int("n", n)                // none
	_ = l.With("n", n)                  // none
	_ = func() int { return f() }       // none
	_ = f()                             // effect
	_ = t.Close()                       // effect
	_ = <-ch                            // effect
	_ = append(b, 1)                    // effect
	_, _ = fmt.Println(n) // effect
}
`

func TestNone(t *testing.T) {
	c := srctest.Check(t, src)
	fset, f, info := c.Fset, c.File, c.Info
	// The expected answer of each line is its comment.
	want := make(map[int]bool)
	for _, cg := range f.Comments {
		switch cg.Text() {
		case "none\n":
			want[fset.Position(cg.Pos()).Line] = true
		case "effect\n":
			want[fset.Position(cg.Pos()).Line] = false
		}
	}
	checked := 0
	ast.Inspect(f, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		line := fset.Position(as.Pos()).Line
		w, ok := want[line]
		if !ok {
			return true
		}
		checked++
		if got := None(info, as.Rhs[0]); got != w {
			t.Errorf("line %d: None = %v, want %v", line, got, w)
		}
		return true
	})
	if checked != len(want) || checked < 10 {
		t.Errorf("checked %d lines of %d", checked, len(want))
	}
}
