// Package wrapped calls a service's own logging API: the wrappers of
// package applog (through facts), wrappers of this package, a declared
// interface method, and functions that are not wrappers.
package wrapped

import (
	"context"
	"fmt"
	"log/slog"

	"wrapped/applog"
)

// debug is a wrapper of this package.
func debug(msg string, args ...any) { slog.Debug(msg, args...) }

type store struct{ log *applog.Logger }

func calls(ctx context.Context, s *store, ev applog.Event, sink applog.Sink, id string, n int) {
	applog.Info(fmt.Sprintf("user %s logged in", id))    // want `^id is formatted into the message; record it as a field so it can be queried$`
	applog.InfoCtx(ctx, "user "+id+" logged in", "n", n) // want `id is formatted into the message`
	applog.Warn(fmt.Sprintf("disk %d%% full", n))        // want `n is formatted into the message`
	applog.Debugf("user %s logged in", id)               // want `id is formatted into the message`
	s.log.Error(fmt.Sprintf("cannot save user %s", id))  // want `id is formatted into the message`
	ev.Emit(fmt.Sprintf("user %s logged in", id))        // want `id is formatted into the message`
	sink.Info("user " + id + " logged in")               // want `id is formatted into the message`
	debug(fmt.Sprintf("user %s logged in", id))          // want `id is formatted into the message`
}

// The nearest correct code: constant messages, fields passed on, and
// functions that are not wrappers.
func silent(ctx context.Context, s *store, id string) {
	applog.Info("user logged in", "user_id", id)
	applog.InfoCtx(ctx, "user logged in", "user_id", id)
	applog.Debugf("done")
	debug("user logged in", "user_id", id)
	applog.Tagged(fmt.Sprintf("user %s", id))
	applog.Prefixed(fmt.Sprintf("user %s", id))
	applog.Count(3)
}
