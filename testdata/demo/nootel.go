//go:build !otel

package main

import "errors"

// installOTel needs the OpenTelemetry SDK, which only the otel module
// has.
func installOTel() (func(), error) {
	return nil, errors.New("-otel needs the OpenTelemetry SDK: cd otel && go run -tags otel github.com/tracelint/tracelint/testdata/demo -otel")
}
