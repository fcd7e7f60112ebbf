package main // want package:"emits tracing" package:"installers"

import (
	"context"

	"github.com/tracelint/tracelint/tracing"
	"installer"
)

func main() { // want `events from this program go nowhere: main never installs a tracing subscriber`
	ctx, span := tracing.Start(context.Background(), "main")
	defer span.End()
	tracing.Info(ctx, "starting", tracing.String("k", installer.NotInstalling()))
}
