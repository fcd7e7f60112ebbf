package wrappers

import (
	"fmt"
	"go/types"
	"slices"
	"strings"
	"sync"

	"github.com/tracelint/tracelint/analyzers/internal/apis"
)

// Declared is the -wrappers setting: the functions, named by package
// path, receiver type and name, that behave as an event or span start of
// a library. Drivers register it as a flag (see package suite).
var Declared = new(Declarations)

// Declarations is a list of declarations, as a flag.Value:
//
//	NAME=LIBRARY[,NAME=LIBRARY...]
//
// where NAME is a package path and a function
// (github.com/ethereum/go-ethereum/log.Info) or a method, named with its
// receiver's type (github.com/ethereum/go-ethereum/log.Logger.Info, an
// interface's method too), and {A,B} lists alternatives
// (.../log.{Trace,Debug,Info}). A function that returns a
// context.Context first and takes one is a span start, any other an
// event; its signature says where its message, fields and context are
// (see apis.Declare). Set replaces the whole list; "" empties it.
type Declarations struct {
	mu    sync.RWMutex
	text  string
	names map[string]*apis.Library // by apis.FuncName
}

func (d *Declarations) String() string {
	if d == nil {
		return ""
	}
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.text
}

// Set parses a list of declarations; an error names the entry that is
// malformed or the library that is unknown.
func (d *Declarations) Set(s string) error {
	names := make(map[string]*apis.Library)
	for _, entry := range splitTop(s) {
		entry = strings.TrimSpace(entry)
		if entry == "" {
			continue
		}
		name, libName, ok := strings.Cut(entry, "=")
		if !ok || name == "" || libName == "" {
			return fmt.Errorf("%q: want NAME=LIBRARY, as github.com/org/app/log.Info=slog", entry)
		}
		lib, err := library(libName)
		if err != nil {
			return fmt.Errorf("%q: %v", entry, err)
		}
		expanded, err := expand(name)
		if err != nil {
			return fmt.Errorf("%q: %v", entry, err)
		}
		for _, n := range expanded {
			slash := strings.LastIndex(n, "/")
			if dot := strings.Index(n[slash+1:], "."); dot <= 0 || strings.HasSuffix(n, ".") {
				return fmt.Errorf("%q: %q is not a package path followed by .Func or .Type.Method", entry, n)
			}
			names[n] = lib
		}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.text, d.names = s, names
	return nil
}

func (d *Declarations) empty() bool {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return len(d.names) == 0
}

// row returns the row declared for fn, or nil; an error when fn is
// declared but its signature does not fit.
func (d *Declarations) row(fn *types.Func) (*apis.API, error) {
	d.mu.RLock()
	lib := d.names[apis.FuncName(fn)]
	d.mu.RUnlock()
	if lib == nil {
		return nil, nil
	}
	role := apis.DeclaredRole(fn)
	a, err := apis.Declare(fn, lib, role)
	if err != nil {
		return nil, fmt.Errorf("-wrappers declares %s a %s %s, but %v", apis.FuncName(fn), strings.ToLower(lib.Name), map[apis.Role]string{apis.Event: "event", apis.SpanStart: "span start"}[role], err)
	}
	return a, nil
}

// splitTop splits s at the commas outside braces.
func splitTop(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '{':
			depth++
		case '}':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

// expand expands the {A,B} groups of a name.
func expand(name string) ([]string, error) {
	open := strings.IndexByte(name, '{')
	if open < 0 {
		if strings.ContainsAny(name, "}, \t") {
			return nil, fmt.Errorf("unbalanced braces or a space in %q", name)
		}
		return []string{name}, nil
	}
	end := strings.IndexByte(name[open:], '}')
	if end < 0 {
		return nil, fmt.Errorf("unbalanced braces in %q", name)
	}
	var out []string
	for _, alt := range strings.Split(name[open+1:open+end], ",") {
		alt = strings.TrimSpace(alt)
		if alt == "" {
			return nil, fmt.Errorf("an empty alternative in %q", name)
		}
		rest, err := expand(name[:open] + alt + name[open+end+1:])
		if err != nil {
			return nil, err
		}
		out = append(out, rest...)
	}
	slices.Sort(out)
	return out, nil
}
