package otelerrors

// Errors a return builds, and errors a return passes on, which may be nil.

import (
	"context"
	"errors"
	"fmt"

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
	ctx, span := tracer.Start(ctx, "wrapped") // want `span started here does not record the error returned at line 39; the trace shows the operation as successful`
	defer span.End()
	if err := work(ctx); err != nil {
		return rewrite(err)
	}
	return nil
}

func newNotFoundErr(name string) error { return errors.New(name) }

// named returns a call whose name says it builds an error.
func named(ctx context.Context, name string) error {
	_, span := tracer.Start(ctx, "named") // want `span started here does not record the error returned at line 51; the trace shows the operation as successful`
	defer span.End()
	if name == "" {
		return newNotFoundErr(name)
	}
	return nil
}

// ownErrors builds an error with a program's own errors package; its
// Join may return nil.
func ownErrors(ctx context.Context, n int, a, b error) error {
	_, span := tracer.Start(ctx, "own") // want `span started here does not record the error returned at line 62; the trace shows the operation as successful`
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

var ErrNotFound = errors.New("not found")

// sentinelReturned returns a package's Err… variable: an error.
func sentinelReturned(ctx context.Context, ok bool) error {
	_, span := tracer.Start(ctx, "sentinel") // want `span started here does not record the error returned at line 81; the trace shows the operation as successful`
	defer span.End()
	if !ok {
		return ErrNotFound
	}
	return nil
}

func note(span any, err error) error { return err }

// handedOnOnePath hands its span to a helper on one failing path, not
// on the other.
func handedOnOnePath(ctx context.Context, n int) error {
	ctx, span := tracer.Start(ctx, "handed once") // want `span started here does not record the error returned at line 97; the trace shows the operation as successful`
	defer span.End()
	if err := work(ctx); err != nil {
		return note(span, err)
	}
	if n < 0 {
		return fmt.Errorf("negative: %d", n)
	}
	return nil
}

// endedInLiteral ends its span in a deferred function literal that
// records nothing.
func endedInLiteral(ctx context.Context, n int) error {
	_, span := tracer.Start(ctx, "literal") // want `span started here does not record the error returned at line 110; the trace shows the operation as successful`
	defer func() {
		span.End()
	}()
	if n < 0 {
		return fmt.Errorf("negative: %d", n)
	}
	return nil
}
