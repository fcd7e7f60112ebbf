package imports

import (
	"context"
	"strconv"
)

// The name tracing is taken here: no fix can name the package.
func shadowed(ctx context.Context, tracing string, n int) {
	tr.Info(ctx, tracing+" "+strconv.Itoa(n)) // want `tracing and n are formatted`
}
