// Package lib emits through the real tracing runtime.
package lib

import (
	"context"

	"github.com/tracelint/tracelint/tracing"
)

func Work(ctx context.Context) {
	ctx, span := tracing.Start(ctx, "work")
	defer span.End()
	tracing.Info(ctx, "working")
}
