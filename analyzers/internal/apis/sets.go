package apis

import (
	"go/types"
	"slices"
)

// The package sets, derived from the rows: a set is never listed by hand.
var (
	// logging holds the packages whose use makes a package worth
	// analysing: those of every row but the spawners' and the
	// standard library's exits (spawning alone, sync or time, or
	// calling os.Exit does not).
	logging = pkgSet(func(a *API) bool { return a.Role != Spawn && (a.Role != Exit || a.Lib.Style != nil) })
	// installing holds the packages of the libraries with a process-wide
	// default that a program installs.
	installing = pkgSet(func(a *API) bool { return a.Lib.Installable() })
	// defaulting holds the packages of the rows that reach or install a
	// library's process-wide default (its Global and Install rows): a
	// package can emit into a default or install one only if it depends
	// on one of them.
	defaulting = pkgSet(func(a *API) bool { return a.Lib.Installable() && (a.Global || a.Role == Install) })
)

func pkgSet(keep func(*API) bool) map[string]bool {
	m := make(map[string]bool)
	for _, r := range Rows() {
		if keep(r) {
			m[r.Pkg] = true
		}
	}
	return m
}

// Uses reports whether pkg, directly or through its imports, depends on
// a logging or tracing package of the table. Analyzers return early
// when it does not: no call in pkg can reach a known API.
func Uses(pkg *types.Package) bool {
	return UsesPath(pkg, func(path string) bool { return logging[path] })
}

// LoggingPkgs returns, sorted, the logging and tracing packages of the
// table (every row's but the spawners').
func LoggingPkgs() []string {
	var ps []string
	for p := range logging {
		ps = append(ps, p)
	}
	slices.Sort(ps)
	return ps
}

// UsesInstallable reports whether pkg depends on a package through
// which a program emits into a process-wide default or installs one
// (see [DefaultPkgs]).
func UsesInstallable(pkg *types.Package) bool {
	return UsesPath(pkg, func(path string) bool { return defaulting[path] })
}

// DefaultPkgs returns, sorted, the packages of the Global and Install
// rows of the installable libraries whose OwnModule is ownModule: the
// packages on which code must depend to emit into a library's default
// or to install one.
func DefaultPkgs(ownModule bool) []string {
	var ps []string
	for p := range defaulting {
		for _, r := range Rows() {
			if r.Pkg == p && r.Lib.Installable() && (r.Global || r.Role == Install) && r.Lib.OwnModule == ownModule {
				ps = append(ps, p)
				break
			}
		}
	}
	slices.Sort(ps)
	return ps
}

// Installables returns the libraries that a program installs, in table
// order.
func Installables() []*Library {
	var ls []*Library
	for _, l := range libraries {
		if l.Installable() {
			ls = append(ls, l)
		}
	}
	return ls
}

// IsInstallablePkg reports whether path is a package of a library that
// a program installs (the runtime itself, whose internals emit and
// install without saying anything about its users).
func IsInstallablePkg(path string) bool { return installing[path] }

// InstallablePkgs returns the packages of the installable libraries,
// sorted.
func InstallablePkgs() []string {
	var ps []string
	for p := range installing {
		ps = append(ps, p)
	}
	slices.Sort(ps)
	return ps
}

// UsesPath reports whether pkg or a package in its import closure
// satisfies match.
func UsesPath(pkg *types.Package, match func(path string) bool) bool {
	if pkg == nil {
		return false
	}
	seen := make(map[*types.Package]bool)
	var visit func(p *types.Package) bool
	visit = func(p *types.Package) bool {
		if seen[p] {
			return false
		}
		seen[p] = true
		if match(p.Path()) {
			return true
		}
		for _, imp := range p.Imports() {
			if visit(imp) {
				return true
			}
		}
		return false
	}
	return visit(pkg)
}
