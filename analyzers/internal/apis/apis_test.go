package apis

import (
	"go/types"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestRowsMatchPackages checks every row against the real package it
// names: the function exists, and the indices of the row point at a
// context.Context, a string and a variadic parameter as they claim.
// A renamed runtime function or a wrong index fails here.
func TestRowsMatchPackages(t *testing.T) {
	cfg := &packages.Config{Mode: packages.NeedTypes | packages.NeedName | packages.NeedImports | packages.NeedDeps}
	pkgs, err := packages.Load(cfg, Tracing, Slog, Sync, Time)
	if err != nil {
		t.Fatal(err)
	}
	byPath := make(map[string]*types.Package)
	for _, p := range pkgs {
		if len(p.Errors) > 0 {
			t.Fatalf("loading %s: %v", p.PkgPath, p.Errors)
		}
		byPath[p.PkgPath] = p.Types
	}
	checked := 0
	for _, row := range Rows() {
		pkg := byPath[row.Pkg]
		if pkg == nil {
			if row.Pkg != Errgroup { // x/sync is not a dependency; its fake lives in lostspan's testdata
				t.Errorf("row %s.%s: package not loaded", row.Pkg, row.Name)
			}
			continue
		}
		fn := lookupFunc(pkg, row.Recv, row.Name)
		if fn == nil {
			t.Errorf("row %s %s.%s: no such function", row.Pkg, row.Recv, row.Name)
			continue
		}
		if got := ForFunc(fn); got != row {
			t.Errorf("ForFunc(%v) = %v, want the row", fn, got)
		}
		checkRow(t, row, fn.Signature())
		checked++
	}
	if checked < 60 {
		t.Errorf("checked only %d rows", checked)
	}
}

func lookupFunc(pkg *types.Package, recv, name string) *types.Func {
	if recv == "" {
		fn, _ := pkg.Scope().Lookup(name).(*types.Func)
		return fn
	}
	tn, _ := pkg.Scope().Lookup(recv).(*types.TypeName)
	if tn == nil {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, pkg, name)
	fn, _ := obj.(*types.Func)
	return fn
}

func checkRow(t *testing.T, row *API, sig *types.Signature) {
	t.Helper()
	params := sig.Params()
	param := func(i int) types.Type {
		if i < 0 || i >= params.Len() {
			return nil
		}
		return params.At(i).Type()
	}
	name := row.Pkg + "." + row.Recv + "." + row.Name
	if row.Ctx >= 0 {
		if p := param(row.Ctx); p == nil || types.TypeString(p, nil) != "context.Context" {
			t.Errorf("%s: parameter %d is %v, not context.Context", name, row.Ctx, p)
		}
	}
	if row.Msg >= 0 {
		if p := param(row.Msg); p == nil || !types.Identical(p, types.Typ[types.String]) {
			t.Errorf("%s: parameter %d is %v, not string", name, row.Msg, p)
		}
	}
	if row.Fields >= 0 && (!sig.Variadic() || row.Fields != params.Len()-1) {
		t.Errorf("%s: Fields=%d but the variadic parameter is not there", name, row.Fields)
	}
	if row.Role == FieldCtor && row.Key >= 0 {
		if p := param(row.Key); p == nil || !types.Identical(p, types.Typ[types.String]) {
			t.Errorf("%s: key parameter %d is %v", name, row.Key, p)
		}
	}
	if row.Role == FieldCtor && row.Value >= 0 {
		want := map[Kind]string{
			KindAny: "any", KindString: "string", KindInt: "int", KindInt64: "int64", KindUint64: "uint64",
			KindFloat64: "float64", KindBool: "bool", KindDuration: "time.Duration", KindTime: "time.Time", KindError: "error",
		}[row.Kind]
		if p := param(row.Value); p == nil || types.TypeString(p, nil) != want {
			t.Errorf("%s: a %v constructor whose value parameter %d is %v, not %s", name, row.Kind, row.Value, p, want)
		}
		if row.FixedKey != "" && params.Len() != 1 {
			t.Errorf("%s: FixedKey %q but %d parameters", name, row.FixedKey, params.Len())
		}
	}
	if row.Role == Spawn {
		if _, ok := param(row.Value).(*types.Signature); !ok {
			t.Errorf("%s: parameter %d is not a function", name, row.Value)
		}
	}
	if row.CtxForm != "" {
		sib := row.Sibling(row.CtxForm)
		if sib == nil || sib.Ctx != 0 || sib.Msg != row.Msg+1 {
			t.Errorf("%s: CtxForm %s is not a row taking ctx first", name, row.CtxForm)
		}
	}
}
