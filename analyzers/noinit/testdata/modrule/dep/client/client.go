// Package client is a dependency of another module that logs through
// zap.L() and starts spans through otel.Tracer, as otelhttp or a gRPC
// interceptor does: no-ops until the program opts in, which is the
// program's business only where its own code uses them.
package client

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.uber.org/zap"
)

func Call(ctx context.Context) {
	ctx, span := otel.Tracer("client").Start(ctx, "call")
	defer span.End()
	zap.L().Info("calling")
}
