// Package effects tells the expressions that a fix may move, duplicate
// or delete: those whose evaluation has no effect beyond its value.
package effects

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
	"golang.org/x/tools/go/types/typeutil"
)

// None reports whether evaluating n has no effect beyond its value: no
// receive, and no call but conversions, the builtins that only compute
// (len, cap, min, max, real, imag, complex), the field constructors,
// With and Value rows of the API table, Error and String methods, the
// formatting functions of fmt, the functions of strconv, strings, path
// and math, the methods of time.Time and time.Duration, and the
// accessors that only read (time.Since, req.Header.Get, r.URL.Hostname:
// pureFuncs). A function literal runs nothing where it is defined.
func None(info *types.Info, n ast.Node) bool {
	ok := true
	ast.Inspect(n, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				ok = false
			}
		case *ast.CallExpr:
			ok = pureCall(info, n)
		}
		return ok
	})
	return ok
}

func pureCall(info *types.Info, call *ast.CallExpr) bool {
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return true // a conversion
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok {
			switch b.Name() {
			case "len", "cap", "min", "max", "real", "imag", "complex":
				return true
			}
			return false
		}
	}
	if a := apis.Lookup(info, call); a != nil && (a.Role == apis.With || a.Role == apis.FieldCtor || a.Role == apis.Value) {
		return true
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return false
	}
	if sig := fn.Signature(); sig.Recv() != nil {
		if (fn.Name() == "Error" || fn.Name() == "String") && sig.Params().Len() == 0 {
			return true
		}
	}
	if fn.Pkg() == nil {
		return false
	}
	return pureFuncs[fn.FullName()] || pureRecvs[recvName(fn)] || purePkgs[fn.Pkg().Path()] && fn.Signature().Recv() == nil ||
		fn.Pkg().Path() == "fmt" && (strings.HasPrefix(fn.Name(), "Sprint") || fn.Name() == "Errorf")
}

// purePkgs are the packages whose every function only computes its
// result from its arguments.
var purePkgs = map[string]bool{"strconv": true, "strings": true, "path": true, "unicode": true, "unicode/utf8": true, "math": true}

// pureRecvs are the types whose every method only reads its receiver:
// time.Time and time.Duration, url.URL's accessors aside.
var pureRecvs = map[string]bool{"time.Time": true, "time.Duration": true, "net/netip.Addr": true, "net/netip.AddrPort": true}

// pureFuncs are the functions and methods, outside those, that read
// their arguments or receiver and change nothing: time.Since(t),
// req.Header.Get("X"), r.URL.Hostname().
var pureFuncs = map[string]bool{
	"time.Since": true, "time.Until": true, "time.Now": true,
	"path/filepath.Base": true, "path/filepath.Dir": true, "path/filepath.Ext": true, "path/filepath.Join": true,
	"path/filepath.Clean": true, "path/filepath.Rel": true, "path/filepath.ToSlash": true,
	"net.JoinHostPort": true, "errors.Unwrap": true, "errors.Is": true,
	"(net/http.Header).Get": true, "(net/http.Header).Values": true, "(net/url.Values).Get": true, "(net/url.Values).Has": true,
	"(*net/url.URL).Hostname": true, "(*net/url.URL).Port": true, "(*net/url.URL).Redacted": true,
	"(*net/url.URL).EscapedPath": true, "(*net/url.URL).RequestURI": true, "(*net/url.URL).Query": true,
	"(*net/http.Request).Context": true, "(*net/http.Request).UserAgent": true, "(*net/http.Request).Referer": true,
	"(*net/http.Request).PathValue": true, "(net.IP).String": true, "(*net.TCPAddr).String": true,
}

// recvName is the package path and name of the type of fn's receiver
// ("time.Time", pointer or not), or "" for a function.
func recvName(fn *types.Func) string {
	recv := fn.Signature().Recv()
	if recv == nil {
		return ""
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}
