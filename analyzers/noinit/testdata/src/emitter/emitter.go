package emitter // want package:"emits tracing"

import (
	"context"

	"github.com/tracelint/tracelint/tracing"
)

var tr = tracing.NewTarget("emitter")

func Do(ctx context.Context) { tr.Info(ctx, "doing") }
