// Command golangci-lint is golangci-lint v2 with tracelint's module plugin
// linked in: the same program as the upstream cmd/golangci-lint (it calls
// the same pkg/commands entry point), plus a custom linter named
// "tracelint" that a .golangci.yml enables with type: module.
//
// Build it from the repository root, with nothing but the Go module proxy:
//
//	go build -C golangci -o ./bin/golangci-lint .
//
// Release builds set the version information:
//
//	go build -C golangci -ldflags "-X main.version=v2.15.0-tracelint -X main.commit=$(git rev-parse HEAD) -X main.date=$(date -u +%FT%TZ)" -o ./bin/golangci-lint .
package main

import (
	"cmp"
	"fmt"
	"os"
	"runtime/debug"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/tracelint/tracelint/plugin" // registers the "tracelint" module plugin
)

// Version information, overridable with -ldflags "-X main.version=...".
// Left empty, they come from the build information.
var (
	version = ""
	commit  = ""
	date    = ""
)

func main() {
	if err := commands.Execute(buildInfo()); err != nil {
		_, _ = fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}

// buildInfo reports the -X values where set, otherwise the version of the
// golangci-lint module linked in (with "+tracelint": this is not the
// upstream binary) and the VCS stamp of the build.
func buildInfo() commands.BuildInfo {
	info := commands.BuildInfo{GoVersion: "unknown", Version: version, Commit: commit, Date: date}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		info.Version = cmp.Or(info.Version, "unknown")
		info.Commit = cmp.Or(info.Commit, "?")
		info.Date = cmp.Or(info.Date, "(unknown)")
		return info
	}
	info.GoVersion = bi.GoVersion
	if info.Version == "" {
		info.Version = "(devel)+tracelint"
		for _, dep := range bi.Deps {
			if dep.Path == "github.com/golangci/golangci-lint/v2" {
				info.Version = dep.Version + "+tracelint"
			}
		}
	}
	var revision, modified, vcsTime string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			modified = s.Value
		case "vcs.time":
			vcsTime = s.Value
		}
	}
	if info.Commit == "" {
		info.Commit = fmt.Sprintf("(%s, modified: %s)", cmp.Or(revision, "unknown"), cmp.Or(modified, "?"))
	}
	info.Date = cmp.Or(info.Date, vcsTime, "(unknown)")
	return info
}
