package main

import (
	"context"
	"testing"

	"github.com/tracelint/tracelint/tracing"
)

func init() { tracing.Info(context.Background(), "test init") }

func TestMain(t *testing.T) { tracing.Info(context.Background(), "test") }
