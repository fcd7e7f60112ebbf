// Package bench holds tracelint's comparison benchmarks. It is a module of
// its own so that users of the runtime never download zap, zerolog or the
// linter-speed harness's dependencies.
package bench
