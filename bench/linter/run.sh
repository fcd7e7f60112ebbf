#!/bin/sh
# run.sh times tracelint against the no-op floor on real modules.
#
#	bench/linter/run.sh [-n 5] [-modes standalone,vet-warm,vet-cold] [-lintflags "-wrappers=..."] MODULEDIR...
#
# Each MODULEDIR is a module checked out outside this repository (see
# docs/validation.md for the ones used and how to fetch them); it must
# `go build ./...`. Output: a markdown table, one row per module and mode.
set -e
cd "$(dirname "$0")/.."    # the bench module
exec go run ./linter/linterbench -main .. -bench . "$@"
