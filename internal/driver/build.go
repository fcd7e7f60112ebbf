package driver

import (
	"encoding/json"
	"go/version"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/mod/modfile"
)

// goEnv is what the driver reads of go env: enough to tell the main
// module and whether go.mod alone shows what the build can import.
type goEnv struct {
	GOMOD, GOWORK, GOFLAGS, GO111MODULE string
	ok                                  bool // go env ran
}

// readEnv runs go env once.
func readEnv() goEnv {
	var env goEnv
	out, err := exec.Command("go", "env", "-json", "GOMOD", "GOWORK", "GOFLAGS", "GO111MODULE").Output()
	if err != nil || json.Unmarshal(out, &env) != nil {
		return goEnv{}
	}
	env.ok = true
	return env
}

// singleModule reports whether the build is in module mode with one
// main module, the go.mod file GOMOD, and no workspace.
func (env goEnv) singleModule() bool {
	return env.ok && env.GO111MODULE != "off" && (env.GOWORK == "" || env.GOWORK == "off") &&
		env.GOMOD != "" && env.GOMOD != os.DevNull && filepath.Base(env.GOMOD) == "go.mod"
}

// outOfReach reports whether, as far as the main module's go.mod
// shows without running go list, no package the patterns build can
// import a package of scope: then the graph pass of load has nothing to
// find. It errs on the side of false.
//
// The test rests on the pruned module graphs of Go 1.17: the go.mod of
// a module at go 1.17 or later requires (directly or // indirect) every
// module that provides a package imported, directly or not, by a
// package or test of the module, and go list refuses a go.mod that
// misses one (-mod=readonly, the default). So when the patterns name
// only packages of the main module, none of them can import a package
// of scope unless the main module or one of its requirements (or
// replacements) is a module that could contain it.
//
// It is false in a workspace, outside module mode, with -modfile or
// -mod=mod (which would add missing requirements during the load), for
// a go.mod older than go 1.17, and for any pattern that is not a
// directory pattern inside the module ("./...", ".", "./x/..."; not
// import paths, "all", "std" or .go files).
func outOfReach(patterns, scope []string, env goEnv) bool {
	if !inModule(patterns) || !env.singleModule() {
		return false
	}
	for _, f := range strings.Fields(env.GOFLAGS) {
		f = strings.TrimPrefix(strings.TrimPrefix(f, "-"), "-")
		if strings.HasPrefix(f, "modfile") || f == "mod=mod" {
			return false
		}
	}
	data, err := os.ReadFile(env.GOMOD)
	if err != nil {
		return false
	}
	return !mayProvide(env.GOMOD, data, scope)
}

// inModule reports whether every pattern is a directory pattern
// relative to the current directory that does not leave it.
func inModule(patterns []string) bool {
	for _, p := range patterns {
		if p != "." && !strings.HasPrefix(p, "./") || strings.HasSuffix(p, ".go") {
			return false
		}
		for _, elem := range strings.Split(p, "/") {
			if elem == ".." {
				return false
			}
		}
	}
	return true
}

// coversMainModule reports whether the patterns name every package of
// the main module: one of them is "./..." and the current directory is
// the module's root, in a build with one main module. Then no package
// of the main module is a dependency the patterns leave out (packages
// under testdata, or excluded by build constraints, which ./... leaves
// out, are not imported either, but for oddities). It errs on the side
// of false.
func coversMainModule(patterns []string, env goEnv) bool {
	if !slices.Contains(patterns, "./...") || !env.singleModule() {
		return false
	}
	wd, err := os.Getwd()
	return err == nil && wd == filepath.Dir(env.GOMOD)
}

// mayProvide reports whether the go.mod file data may let the main
// module's packages import a package of scope; true when in doubt.
// A package of the standard library (log/slog) is always within reach.
func mayProvide(name string, data []byte, scope []string) bool {
	for _, pkg := range scope {
		if first, _, _ := strings.Cut(pkg, "/"); !strings.Contains(first, ".") {
			return true
		}
	}
	f, err := modfile.Parse(name, data, nil)
	if err != nil || f.Module == nil || f.Go == nil ||
		version.Compare("go"+f.Go.Version, "go1.17") < 0 {
		return true
	}
	paths := []string{f.Module.Mod.Path}
	for _, r := range f.Require {
		paths = append(paths, r.Mod.Path)
	}
	for _, r := range f.Replace {
		paths = append(paths, r.Old.Path)
	}
	for _, mod := range paths {
		for _, pkg := range scope {
			if pkg == mod || strings.HasPrefix(pkg, mod+"/") {
				return true
			}
		}
	}
	return false
}
