package apis

import (
	"errors"
	"fmt"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

// CheckRows checks every row of the libraries whose packages are given
// (by path) against the real packages: the function exists and is the
// row [ForFunc] finds, the indices of the row point at a context, a
// string, a variadic parameter, a key and a value of the kind it
// claims, and each style's self-rendering methods name types that
// exist. It returns how many rows it checked and what is wrong.
//
// The main module's test checks the libraries of the standard library
// and the runtime; a nested module (realcheck) checks the others
// against the real libraries, which the main module does not depend on.
func CheckRows(pkgs map[string]*types.Package, libs ...*Library) (checked int, errs []error) {
	errorf := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	for _, l := range libs {
		for i := range l.rows {
			row := &l.rows[i]
			name := row.Pkg + " " + row.Recv + "." + row.Name
			pkg := pkgs[row.Pkg]
			if pkg == nil {
				errorf("%s: package not loaded", name)
				continue
			}
			fn := lookupFunc(pkg, row.Recv, row.Name)
			if fn == nil {
				errorf("%s: no such function", name)
				continue
			}
			if got := ForFunc(fn); got != row {
				errorf("%s: ForFunc(%v) = %v, want the row", name, fn, got)
			}
			for _, e := range checkSignature(row, fn.Signature(), pkgs) {
				errorf("%s: %s", name, e)
			}
			checked++
		}
		if f := l.Failure; f != nil {
			var c *types.Const
			if p := pkgs[f.Code.Pkg]; p != nil {
				c, _ = p.Scope().Lookup(f.Code.Name).(*types.Const)
			}
			if c == nil {
				errorf("failure code %s.%s: no such constant", f.Code.Pkg, f.Code.Name)
			}
		}
		if l.Style == nil {
			continue
		}
		for _, s := range stylesOf(l) {
			for _, m := range s.Renders {
				for _, ref := range typeRefs(m.Params + m.Results) {
					if p := pkgs[ref.Pkg]; p == nil || p.Scope().Lookup(ref.Name) == nil {
						errorf("style %s: method %s names %s.%s, which is not loaded or does not exist", s.Name, m.Name, ref.Pkg, ref.Name)
					}
				}
			}
			for _, r := range s.Evaluated {
				var tn *types.TypeName
				if p := pkgs[r.Pkg]; p != nil {
					tn, _ = p.Scope().Lookup(r.Name).(*types.TypeName)
				}
				if tn == nil {
					errorf("style %s: evaluated type %s.%s does not exist", s.Name, r.Pkg, r.Name)
				} else if _, isFunc := tn.Type().Underlying().(*types.Signature); !isFunc {
					errorf("style %s: evaluated type %s.%s is not a function type", s.Name, r.Pkg, r.Name)
				}
			}
			if s.Field.Pkg != "" {
				if p := pkgs[s.Field.Pkg]; p == nil || p.Scope().Lookup(s.Field.Name) == nil {
					errorf("style %s: field type %s.%s does not exist", s.Name, s.Field.Pkg, s.Field.Name)
				}
			}
		}
	}
	return checked, errs
}

// Paths returns the packages that the rows and styles of l name.
func (l *Library) Paths() []string {
	seen := make(map[string]bool)
	var ps []string
	add := func(p string) {
		if p != "" && !seen[p] {
			seen[p] = true
			ps = append(ps, p)
		}
	}
	for i := range l.rows {
		add(l.rows[i].Pkg)
	}
	if l.Failure != nil {
		add(l.Failure.Code.Pkg)
	}
	for _, s := range stylesOf(l) {
		add(s.Field.Pkg)
		if s.Option != nil {
			add(s.Option.Pkg)
		}
		if s.Map != nil {
			add(s.Map.Type.Pkg)
		}
		for _, r := range s.Evaluated {
			add(r.Pkg)
		}
		for _, m := range s.Renders {
			for _, ref := range typeRefs(m.Params + m.Results) {
				add(ref.Pkg)
			}
		}
	}
	return ps
}

func stylesOf(l *Library) []*Style {
	var ss []*Style
	for i := range l.rows {
		if s := l.rows[i].Style; s != nil && !contains(ss, s) {
			ss = append(ss, s)
		}
	}
	return ss
}

func contains(ss []*Style, s *Style) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// typeRefs returns the qualified named types in a printed type list:
// "(go.uber.org/zap/zapcore.ObjectEncoder)" names zapcore's ObjectEncoder.
func typeRefs(s string) []TypeRef {
	var refs []TypeRef
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("(), *[]", r) }) {
		if i := strings.LastIndexByte(f, '.'); i > 0 {
			refs = append(refs, TypeRef{Pkg: f[:i], Name: f[i+1:]})
		}
	}
	return refs
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
	t := tn.Type()
	if !types.IsInterface(t) {
		t = types.NewPointer(t)
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, pkg, name)
	fn, _ := obj.(*types.Func)
	return fn
}

func checkSignature(row *API, sig *types.Signature, pkgs map[string]*types.Package) []string {
	var errs []string
	params := sig.Params()
	param := func(i int) types.Type {
		if i < 0 || i >= params.Len() {
			return nil
		}
		return params.At(i).Type()
	}
	isString := func(i int) bool { p := param(i); return p != nil && types.Identical(p, types.Typ[types.String]) }
	if row.Ctx >= 0 {
		if p := param(row.Ctx); p == nil || types.TypeString(p, nil) != "context.Context" {
			errs = append(errs, fmt.Sprintf("parameter %d is %v, not context.Context", row.Ctx, p))
		}
	}
	switch {
	case row.Sprint:
		if elem, ok := param(row.Msg).(*types.Slice); !ok || !sig.Variadic() || row.Msg != params.Len()-1 || !isEmptyInterface(elem.Elem()) {
			errs = append(errs, fmt.Sprintf("a Sprint message, but parameter %d is %v, not ...any", row.Msg, param(row.Msg)))
		}
		// A Sprint-style event without a FieldsForm has no structured
		// sibling: its messages are reported without a fix.
		if sib := row.Sibling(row.FieldsForm); row.FieldsForm != "" && (sib == nil || sib.Sprint || sib.Msg != row.Msg || sib.Fields != row.Msg+1 || sib.Style != row.Style) {
			errs = append(errs, fmt.Sprintf("FieldsForm %s is not a row taking a message and fields of the same style", row.FieldsForm))
		}
	case row.Printf:
		if elem, ok := param(row.Msg + 1).(*types.Slice); !isString(row.Msg) || !ok || !sig.Variadic() || row.Msg != params.Len()-2 || !isEmptyInterface(elem.Elem()) {
			errs = append(errs, fmt.Sprintf("a printf format, but parameters %d and on are %v, not (string, ...any)", row.Msg, sig.Params()))
		}
		// The FieldsForm takes the message as it is: with the fields
		// after it, or (a Chain style) in the chain before it.
		sib := row.Sibling(row.FieldsForm)
		if row.FieldsForm != "" && (sib == nil || sib.Printf || sib.Msg != row.Msg || sib.Style != row.Style ||
			sib.Fields != row.Msg+1 && row.Style.Pairing != Chain) {
			errs = append(errs, fmt.Sprintf("FieldsForm %s is not a row taking the message as it is, with fields of the same style", row.FieldsForm))
		}
	case row.Msg >= 0 && !isString(row.Msg):
		errs = append(errs, fmt.Sprintf("message parameter %d is %v, not string", row.Msg, param(row.Msg)))
	}
	isMap := row.IsMap()
	switch {
	case isMap:
		if params.Len() != 1 || !row.Style.Map.Type.Is(param(0)) {
			errs = append(errs, fmt.Sprintf("the Map method takes %v, not %s.%s", sig.Params(), row.Style.Map.Type.Pkg, row.Style.Map.Type.Name))
		}
	case row.Fields >= 0 && (!sig.Variadic() || row.Fields != params.Len()-1):
		errs = append(errs, fmt.Sprintf("Fields=%d but the variadic parameter is not there", row.Fields))
	}
	if row.Style != nil && row.Style.Pairing == Chain && (row.Role == Event || row.Role == FieldCtor || isMap) {
		errs = append(errs, checkChain(row, pkgs)...)
	}
	if row.Fields >= 0 && row.Style != nil && row.Style.Pairing == Ctor {
		elem, ok := param(row.Fields).(*types.Slice)
		switch opt := row.Style.Option; {
		case !ok:
			errs = append(errs, fmt.Sprintf("the fields are %v, not a slice", param(row.Fields)))
		case opt != nil:
			errs = append(errs, checkOption(opt, row.Style.Field, elem.Elem(), pkgs)...)
		case !row.Style.Field.Is(elem.Elem()):
			errs = append(errs, fmt.Sprintf("the fields are %v, not the style's %s.%s", param(row.Fields), row.Style.Field.Pkg, row.Style.Field.Name))
		}
	}
	if row.Role == Default || row.Role == WithSpan {
		if sig.Results().Len() != 1 {
			errs = append(errs, fmt.Sprintf("a %v row with %d results", row.Role, sig.Results().Len()))
		}
	}
	if row.Role == FieldCtor && row.Key >= 0 && !isString(row.Key) {
		errs = append(errs, fmt.Sprintf("key parameter %d is %v", row.Key, param(row.Key)))
	}
	if row.Role == FieldCtor && row.Value >= 0 {
		if p := param(row.Value); p == nil || types.TypeString(p, nil) != kindParams[row.Kind] && !(row.Kind == KindAny && isEmptyInterface(p)) {
			errs = append(errs, fmt.Sprintf("a %v constructor whose value parameter %d is %v, not %s", row.Kind, row.Value, p, kindParams[row.Kind]))
		}
		if row.FixedKey != "" && params.Len() != 1 {
			errs = append(errs, fmt.Sprintf("FixedKey %q but %d parameters", row.FixedKey, params.Len()))
		}
	}
	if row.Role == Spawn {
		if _, ok := param(row.Value).(*types.Signature); !ok {
			errs = append(errs, fmt.Sprintf("parameter %d is not a function", row.Value))
		}
	}
	if row.CtxForm != "" {
		sib := row.Sibling(row.CtxForm)
		if sib == nil || sib.Ctx != 0 || sib.Msg != row.Msg+1 {
			errs = append(errs, fmt.Sprintf("CtxForm %s is not a row taking ctx first", row.CtxForm))
		}
	}
	return errs
}

// checkChain checks a row of a Chain style: each field method of the
// style (and its Map method) is a row of the same receiver (or
// package), with one result that has the row's own method, so that a
// fix can put it in the chain before the row's call (logrus.WithField
// returns an *Entry, which has Info).
func checkChain(row *API, pkgs map[string]*types.Package) []string {
	s := row.Style
	names := []string{}
	for _, n := range s.Ctors {
		if n != "" {
			names = append(names, n)
		}
	}
	if s.Map != nil {
		names = append(names, s.Map.Method)
	}
	var errs []string
	pkg := pkgs[row.Pkg]
	for _, n := range names {
		sib := row.Sibling(n)
		fn := lookupFunc(pkg, row.Recv, n)
		if sib == nil || fn == nil {
			errs = append(errs, fmt.Sprintf("the chain has no %s beside %s", n, row.Name))
			continue
		}
		res := fn.Signature().Results()
		if res.Len() != 1 {
			errs = append(errs, fmt.Sprintf("%s returns %d results", n, res.Len()))
			continue
		}
		if obj, _, _ := types.LookupFieldOrMethod(res.At(0).Type(), true, pkg, row.Name); obj == nil {
			errs = append(errs, fmt.Sprintf("%s returns %v, which has no %s", n, res.At(0).Type(), row.Name))
		}
	}
	return errs
}

// checkOption checks the option function of a style whose fields travel
// in an option: it exists, takes ...field, and returns an option that
// the call's variadic parameter (of type opts) accepts.
func checkOption(opt *FuncRef, field TypeRef, opts types.Type, pkgs map[string]*types.Package) []string {
	name := opt.Pkg + "." + opt.Name
	p := pkgs[opt.Pkg]
	if p == nil {
		return []string{fmt.Sprintf("option %s: package not loaded", name)}
	}
	if p.Name() != opt.PkgName {
		return []string{fmt.Sprintf("option %s: the package is named %s, not %s", name, p.Name(), opt.PkgName)}
	}
	fn, _ := p.Scope().Lookup(opt.Name).(*types.Func)
	if fn == nil {
		return []string{fmt.Sprintf("option %s: no such function", name)}
	}
	sig := fn.Signature()
	if !sig.Variadic() || sig.Params().Len() != 1 || sig.Results().Len() != 1 {
		return []string{fmt.Sprintf("option %s: %v is not func(...field) option", name, sig)}
	}
	if elem := sig.Params().At(0).Type().(*types.Slice).Elem(); !field.Is(elem) {
		return []string{fmt.Sprintf("option %s takes %v, not the style's %s.%s", name, elem, field.Pkg, field.Name)}
	}
	if res := sig.Results().At(0).Type(); !types.AssignableTo(res, opts) {
		return []string{fmt.Sprintf("option %s returns %v, which the call's %v does not accept", name, res, opts)}
	}
	return nil
}

// LoadPackages loads the packages at paths, and their dependencies, with
// their types, for [CheckRows]. dir is the directory of the module to
// load them in ("" for the current one).
func LoadPackages(dir string, paths ...string) (map[string]*types.Package, error) {
	cfg := &packages.Config{Dir: dir, Mode: packages.NeedTypes | packages.NeedName | packages.NeedImports | packages.NeedDeps}
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		return nil, err
	}
	byPath := make(map[string]*types.Package)
	var errs []error
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if len(p.Errors) > 0 && slices.Contains(paths, p.PkgPath) {
			errs = append(errs, fmt.Errorf("loading %s: %v", p.PkgPath, p.Errors))
		}
		byPath[p.PkgPath] = p.Types
	})
	return byPath, errors.Join(errs...)
}

func isEmptyInterface(t types.Type) bool {
	i, ok := t.Underlying().(*types.Interface)
	return ok && i.Empty()
}
