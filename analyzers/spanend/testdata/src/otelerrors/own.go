package otelerrors

// Errors a return builds, and errors a return passes on, which may be nil.

import (
	"context"
	"errors"

	"bugerrors"
)

// passThrough returns its callee's error, which may be nil: not
// reported (the rule is about paths that surely fail).
func passThrough(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "pass")
	defer span.End()
	return work(ctx)
}

type rows struct{}

func (rows) Err() error { return nil }

// getter returns rows.Err(), which may be nil: not reported.
func getter(ctx context.Context, r rows) error {
	_, span := tracer.Start(ctx, "getter")
	defer span.End()
	return r.Err()
}

func rewrite(err error) error { return err }

// wrapped returns a call that wraps the error checked not nil.
func wrapped(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "wrapped") // want `span started here does not record the error returned at line 38; the trace shows the operation as successful`
	defer span.End()
	if err := work(ctx); err != nil {
		return rewrite(err)
	}
	return nil
}

func newNotFoundErr(name string) error { return errors.New(name) }

// named returns a call whose name says it builds an error.
func named(ctx context.Context, name string) error {
	_, span := tracer.Start(ctx, "named") // want `span started here does not record the error returned at line 50; the trace shows the operation as successful`
	defer span.End()
	if name == "" {
		return newNotFoundErr(name)
	}
	return nil
}

// ownErrors builds an error with a program's own errors package; its
// Join may return nil.
func ownErrors(ctx context.Context, n int, a, b error) error {
	_, span := tracer.Start(ctx, "own") // want `span started here does not record the error returned at line 61; the trace shows the operation as successful`
	defer span.End()
	if n < 0 {
		return bugerrors.Bugf("negative")
	}
	return bugerrors.Join(a, b)
}

// joined may return nil: not reported.
func joined(ctx context.Context, a, b error) error {
	_, span := tracer.Start(ctx, "joined")
	defer span.End()
	return bugerrors.Join(a, b)
}
