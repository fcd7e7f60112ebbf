// Package applog is the module's own logging function over slog: a
// wrapper, whose calls in other packages tracelint reads through a fact
// (under go vet, from the vetx file of this package).
package applog

import "log/slog"

// Info passes its message and pairs on to slog.
func Info(msg string, args ...any) { slog.Info(msg, args...) }
