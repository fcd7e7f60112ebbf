package kv

import (
	"context"
	"io"
	"log/slog"

	"github.com/tracelint/tracelint/tracing"
)

var tr = tracing.NewTarget("kv")

func keyOf() string { return "h" }

func pairs(ctx context.Context, logger *slog.Logger, h func(), r io.Reader, k string, args []any) {
	body, _ := io.ReadAll(r)
	// Pairing follows slog: Attrs stand alone, a string is a key.
	slog.Info("m", slog.Int("n", 1), "h", h)                                             // want `h is a func`
	logger.Info("m", "h", h, slog.Int("n", 1))                                           // want `h is a func`
	slog.Log(ctx, slog.LevelWarn, "m", "n", 1, "h", h)                                   // want `h is a func`
	logger.With("n", 1, "h", h).Info("m")                                                // want `h is a func`
	tr.Info(ctx, "m", tracing.Any("h", h))                                               // want `h is a func`
	tracing.Info(ctx, "m", tracing.Group("g", tracing.Any("h", h), tracing.Int("n", 1))) // want `h is a func`

	// Reported without a fix: the call would be left with nothing to
	// do, or a side effect would be dropped.
	slog.Info("m", slog.Group("g", "h", h)) // want `h is a func`
	_, span := tracing.Start(ctx, "s")
	span.Record(tracing.Any("h", h)) // want `h is a func`
	span.End()
	slog.Info("m", keyOf(), h) // want `h is a func`
	// A computed key: a derived constant key would be a guess.
	slog.Info("m", k, body)           // want `body is a \[\]byte payload`
	slog.Info("m", slog.Any(k, body)) // want `body is a \[\]byte payload`

	// Not paired, not reported: a lone value is slog's !BADKEY, a key
	// of interface type makes the pairing unknown, a spread slice is
	// not visible.
	slog.Info("m", h)
	slog.Info("m", 42, h)
	var ak any = "h"
	slog.Info("m", ak, h, "h2", h)
	slog.Info("m", args...)
	slog.Info("m", "k") // a key without a value
}
