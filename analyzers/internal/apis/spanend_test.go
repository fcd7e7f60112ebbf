package apis

import (
	"go/token"
	"go/types"
	"testing"
)

// TestSpanEnd checks that (*tracing.Span).End is known as the end of a
// span (lostspan stops treating a span context as current after it),
// and that a function of another package with the same names is not.
func TestSpanEnd(t *testing.T) {
	end := func(path string) *types.Func {
		pkg := types.NewPackage(path, "tracing")
		tn := types.NewTypeName(token.NoPos, pkg, "Span", nil)
		named := types.NewNamed(tn, types.NewStruct(nil, nil), nil)
		recv := types.NewVar(token.NoPos, pkg, "s", types.NewPointer(named))
		fn := types.NewFunc(token.NoPos, pkg, "End", types.NewSignatureType(recv, nil, nil, nil, nil, false))
		named.AddMethod(fn)
		return fn
	}
	if a := ForFunc(end(Tracing)); a == nil || a.Role != SpanEnd {
		t.Errorf("ForFunc((*tracing.Span).End) = %v, want a SpanEnd row", a)
	}
	if a := ForFunc(end("example.com/other/tracing")); a != nil {
		t.Errorf("ForFunc(other (*Span).End) = %v, want nil", a)
	}
}
