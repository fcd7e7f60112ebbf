// A program that only uses log/slog: its default handler prints.
package main

import "log/slog"

func main() { slog.Info("starting", "pid", 1) }
