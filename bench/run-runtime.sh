#!/bin/sh
# run-runtime.sh runs the runtime speed benchmarks of bench/runtime
# (tracing against zerolog, zap and log/slog, all writing JSON to
# io.Discard) and prints a benchstat table and the Markdown table of
# docs/speed-runtime.md with the goals met or missed.
#
# Usage: bench/run-runtime.sh [count]        (count defaults to 10)
#
# Environment: BENCH, a -bench regexp (default .); BENCHTIME, a
# -benchtime (default 1s); OUT, a directory to keep runtime.test and
# results.txt in (default a temporary directory).
#
# The test binary is built once and then run count times over all the
# benchmarks with -count=1, so that a noisy neighbour slows every
# library alike instead of whichever benchmark happened to be running.
# This equals go test -bench . -benchmem -count=<count>, interleaved.
set -eu
cd "$(dirname "$0")"
count=${1:-10}
out=${OUT:-$(mktemp -d)}
mkdir -p "$out"
go test -c -o "$out/runtime.test" ./runtime
: >"$out/results.txt"
i=0
while [ "$i" -lt "$count" ]; do
	i=$((i + 1))
	echo "run $i/$count" >&2
	(cd runtime && "$out/runtime.test" -test.run '^$' -test.bench "${BENCH:-.}" \
		-test.benchmem -test.benchtime "${BENCHTIME:-1s}" -test.count 1) >>"$out/results.txt"
done
echo "results: $out/results.txt" >&2
echo
go tool benchstat -col '/lib@(tracing zerolog zap slog)' -row .name "$out/results.txt"
echo
go run ./runtime/speedtable "$out/results.txt"
