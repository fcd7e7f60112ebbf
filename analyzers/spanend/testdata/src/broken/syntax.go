package broken

// A file being typed: it does not parse. What parses is analysed.

import "context"

func halfTyped(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "half") // want `span started here is not ended on the path through line 10`
	if ctx != nil {
		return
