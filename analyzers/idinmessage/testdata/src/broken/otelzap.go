package broken

import (
	"context"
	"fmt"

	"go.opentelemetry.io/otel/trace"
	"go.uber.org/zap"
)

func otelzap(ctx context.Context, tracer trace.Tracer, s *zap.SugaredLogger, id string) {
	_, span := tracer.Start(ctx, "GET /users/"+id, trace.WithAttributes(undefinedAttr)) // want `id is formatted into the span name`
	defer span.End()
	tracer.Start(ctx, "x "+undefinedID)
	undefinedSpan.SetName("op " + id)
	span.SetName(fmt.Sprintf("op %s", undefinedName)) // want `undefinedName is formatted into the span name`
	span.AddEvent("e "+id, undefinedOption)           // want `id is formatted into the span event name`
	s.Info("user ", undefinedUser, " in")
	s.Info("user ", id, missing())
	s.Info("user ", id) // want `id is formatted into the message`
}
