module example.com/dep

go 1.26.0

require (
	go.opentelemetry.io/otel v0.0.0
	go.uber.org/zap v0.0.0
)
