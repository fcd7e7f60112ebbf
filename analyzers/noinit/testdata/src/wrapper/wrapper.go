package wrapper // want package:"emits tracing"

// Package wrapper emits only through the package it imports.

import (
	"context"

	"emitter"
)

func Do(ctx context.Context) { emitter.Do(ctx) }
