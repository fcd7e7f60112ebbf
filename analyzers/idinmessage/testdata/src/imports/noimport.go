package imports

import (
	"context"
	"strconv"
)

// tr is a *tracing.Target, but this file does not import tracing: the
// fix adds the import, and removes strconv, used only here.
func noImport(ctx context.Context, n int) {
	tr.Info(ctx, "count "+strconv.Itoa(n)) // want `n is formatted`
}
