package otelerrors

// A file that does not import codes yet: the fix adds it.

import (
	"context"
)

func withoutImport(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "import") // want `span started here does not record the error returned at line 13`
	defer span.End()
	if err := work(ctx); err != nil {
		return err
	}
	return nil
}
