package fix

import (
	"go/token"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestInFile(t *testing.T) {
	fset := token.NewFileSet()
	tf := fset.AddFile("a.go", -1, 100)
	base := token.Pos(tf.Base())
	for _, tc := range []struct {
		pos, end token.Pos
		want     bool
	}{
		{base, base, true},
		{base + 10, base + 100, true},
		{base + 10, base + 101, false}, // past the end
		{base + 10, base + 5, false},
		{token.NoPos, token.NoPos, false},
	} {
		if got := InFile(fset, []analysis.TextEdit{{Pos: tc.pos, End: tc.end}}); got != tc.want {
			t.Errorf("InFile(%d, %d) = %v, want %v", tc.pos-base, tc.end-base, got, tc.want)
		}
	}
}
