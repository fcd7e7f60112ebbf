// Package generics holds messages built from values of type parameters.
package generics

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/tracelint/tracelint/tracing"
)

type ID interface{ ~string | ~int }

func lookup[T ID](ctx context.Context, id T) {
	slog.Info(fmt.Sprintf("lookup %v", id))         // want `id is formatted`
	tracing.Info(ctx, fmt.Sprintf("lookup %v", id)) // want `id is formatted`
}

type Box[T any] struct{ V T }

func (b Box[T]) Log(l *slog.Logger) {
	l.Info(fmt.Sprint("box ", b.V)) // want `b.V is formatted`
}

type Name = string

func alias(n Name) {
	slog.Info("name " + n) // want `n is formatted`
}

func shadowedFmt(id string) {
	fmt := struct{ Sprintf func(string, ...any) string }{fmt.Sprintf}
	slog.Info(fmt.Sprintf("user %s", id)) // not fmt.Sprintf: a field of a local
}
