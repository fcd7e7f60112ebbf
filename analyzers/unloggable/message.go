package unloggable

import (
	"fmt"
	"go/ast"
	"go/types"
	"path"
	"strings"
	"unicode"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
	"github.com/tracelint/tracelint/analyzers/internal/loggable"
	"golang.org/x/tools/go/types/typeutil"
)

// message says what the value is, what the log would show instead of
// something useful, and what to record.
func (c *checker) message(s *site) string {
	f := s.f
	name := c.name(s.value)
	base := c.name(f.Base)
	typ := c.typeString(f.Type)
	atyp := withArticle(typ)
	switch f.Class {
	case loggable.Payload:
		if f.Stack {
			text := "string(" + base + ")"
			if base == "the value" {
				text = "it as a string"
			}
			return fmt.Sprintf("%s is %s payload holding a stack trace; a JSON log would carry it as base64 — record %s instead", name, atyp, text)
		}
		rec := lenOf(base)
		if m := c.lenMethod(f); m != "" && base != "the value" {
			rec = m
		}
		if f.Conv {
			return fmt.Sprintf("%s is the text of a payload from %s; the log would carry all of it, however long — record %s instead%s", name, c.sourceName(f.Source), rec, c.limitAdvice(f.Source))
		}
		if loggable.IsNamed(f.Type, "encoding/json", "RawMessage") {
			return fmt.Sprintf("%s is %s payload; the log would carry the whole JSON document — record %s instead", name, atyp, lenOf(base))
		}
		return fmt.Sprintf("%s is %s payload from %s; the log would carry every byte of it (base64 in JSON) — record %s instead", name, atyp, c.sourceName(f.Source), rec)
	case loggable.Buffer:
		return fmt.Sprintf("%s is %s; its String method would put the whole buffer into the log — record %s instead", name, atyp, call(base, f.Base, "Len"))
	case loggable.ByteArray:
		n := f.Type.Underlying().(*types.Array).Len()
		return fmt.Sprintf("%s is %s; the log would show %d separate numbers — give its type a String method or record a short ID instead", name, atyp, n)
	case loggable.Func:
		return fmt.Sprintf("%s is a func; the log would show only a code address, or an encoding error in JSON — remove the field", name)
	case loggable.Chan:
		return fmt.Sprintf("%s is a channel; the log would show only its address, or an encoding error in JSON — remove the field", name)
	case loggable.UnsafePointer:
		return fmt.Sprintf("%s is an unsafe.Pointer; the log would show only a raw address — remove the field", name)
	case loggable.Lock:
		return fmt.Sprintf("%s is %s; the log would show its internal state words, read without synchronization, not data — remove the field", name, atyp)
	case loggable.Atomic:
		return fmt.Sprintf("%s is %s; the log would show its internal struct, not the value it holds — record %s instead", name, atyp, call(name, s.value, "Load"))
	case loggable.LockOwner:
		owner := "its type"
		if obj := loggable.NamedObj(pointeeOf(f.Type)); obj != nil {
			owner = obj.Name()
		}
		kind := "lock"
		if loggable.IsAtomic(f.Inner) {
			kind = "atomic"
		}
		return fmt.Sprintf("%s holds %s (in field %s); the log would show %s internals beside a racy copy of the data — remove the field or give %s a LogValue method",
			name, withArticle(c.typeString(f.Inner)), fieldPath(f.Path), kind, owner)
	case loggable.Context:
		return fmt.Sprintf("%s is a context.Context; the log would show its chain of wrappers, not anything the request carries — remove the field", name)
	case loggable.Stream:
		what := "a stream"
		if loggable.IsNamed(f.Type, "net", "Conn") {
			what = "a connection"
		}
		return fmt.Sprintf("%s is %s (%s); the log would show its internal state, never its data — remove the field", name, what, typ)
	case loggable.File:
		return fmt.Sprintf("%s is an open file (%s); the log would show a pointer to its internal state, not which file — record %s instead", name, typ, call(name, s.value, "Name"))
	case loggable.Request:
		return fmt.Sprintf("%s is an HTTP request (%s); the log would dump all of it, Authorization and Cookie headers included — record its method and path instead", name, typ)
	case loggable.Response:
		return fmt.Sprintf("%s is an HTTP response (%s); the log would dump the struct with its headers and body stream — remove the field", name, typ)
	}
	return fmt.Sprintf("%s cannot be logged usefully", name)
}

// sourceName names the function or method that call (a payload source)
// calls: io.ReadAll, (*bytes.Buffer).Bytes, (*Msg).Marshal.
func (c *checker) sourceName(call *ast.CallExpr) string {
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return "an unbounded source"
	}
	if recv := fn.Signature().Recv(); recv != nil {
		return "(" + c.typeString(recv.Type()) + ")." + fn.Name()
	}
	if fn.Pkg() == nil || fn.Pkg() == c.pass.Pkg {
		return fn.Name()
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

// limitAdvice offers the other way to keep text read from a stream: a
// bounded prefix, read through the table's first limiter.
func (c *checker) limitAdvice(call *ast.CallExpr) string {
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	ls := apis.Limiters()
	if src := apis.SourceFor(fn); src == nil || src.Reader < 0 || len(ls) == 0 {
		return ""
	}
	return ", or read a bounded prefix through " + path.Base(ls[0].Pkg) + "." + ls[0].Name
}

// withArticle puts "a" or "an" before a type's name, by its first letter.
func withArticle(typ string) string {
	for _, r := range typ {
		if unicode.IsLetter(r) {
			if strings.ContainsRune("aeiouAEIOU", r) {
				return "an " + typ
			}
			break
		}
	}
	return "a " + typ
}

// lenOf writes the advice to record the length of base (a name from
// [checker.name]).
func lenOf(base string) string {
	if base == "the value" {
		return "its length"
	}
	return "len(" + base + ")"
}

// call writes the advice to record the result of the method of base (a
// name from [checker.name], the text of e).
func call(base string, e ast.Expr, method string) string {
	if base == "the value" {
		return "the result of its " + method + " method"
	}
	return operand(base, e) + "." + method + "()"
}

// fieldPath joins the field names of a path, "[i]" standing for an
// array element: inner[i].wg.
func fieldPath(path []string) string {
	var b strings.Builder
	for i, p := range path {
		if i > 0 && p != "[i]" {
			b.WriteByte('.')
		}
		b.WriteString(p)
	}
	return b.String()
}

// typeString prints t with package names, not paths.
func (c *checker) typeString(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string {
		if p == c.pass.Pkg {
			return ""
		}
		return p.Name()
	})
}

func pointeeOf(t types.Type) types.Type {
	elem, _ := loggable.Pointee(t)
	return elem
}

// name returns e's text for a message, or "the value" when it is too
// long to quote.
func (c *checker) name(e ast.Expr) string {
	s := c.src(e)
	if s == "" || len(s) > 40 || strings.ContainsRune(s, '\n') {
		return "the value"
	}
	return s
}
