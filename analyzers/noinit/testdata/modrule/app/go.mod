module example.com/app

go 1.26.0

require (
	example.com/dep v0.0.0
	go.opentelemetry.io/otel v0.0.0
	go.uber.org/zap v0.0.0
)

replace (
	example.com/dep => ../dep
	go.opentelemetry.io/otel => ../otel
	go.uber.org/zap => ../zap
)
