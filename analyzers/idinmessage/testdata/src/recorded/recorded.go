// Package recorded holds messages that format a value which the same
// call records as a field already: through its own fields, a slice of
// fields built in the function, or a logger variable made by With. The
// fix only removes the value from the message.
package recorded

import (
	"context"
	"fmt"
	"log/slog"
)

type Info struct{ Version, Commit string }

// A slice of slog.Attr built in the function, spread into LogAttrs.
func attrSlice(ctx context.Context, l *slog.Logger, info Info, uuid string, hide bool) {
	fields := []slog.Attr{
		slog.String("version", info.Version),
		slog.String("commit", info.Commit),
	}
	if !hide {
		fields = append(fields, slog.String("uuid", uuid))
	}
	l.LogAttrs(ctx, slog.LevelInfo, "Starting app "+info.Version, fields...) // want `^info.Version is already recorded as version; remove it from the message so that the message is constant$`

	// uuid is appended in a branch only: not recorded on every path, and
	// no field can join a spread slice: no fix.
	l.LogAttrs(ctx, slog.LevelInfo, "instance "+uuid, fields...) // want `^uuid is formatted into the message`
}

// A key-value slice, appended to in the block of the call.
func kvSlice(id, name string, n int) {
	attrs := []any{"id", id}
	attrs = append(attrs, "name", name)
	slog.Info(fmt.Sprintf("user %s renamed to %s", id, name), attrs...) // want `^id and name are already recorded as id and name; remove them`
	slog.Info("count: "+fmt.Sprint(n), attrs...)                        // want `^n is formatted into the message`
}

// A logger variable made by With, extended in the same block.
func withVar(logger *slog.Logger, repo, action string, retries int) {
	log := logger.With("source", "backfill", "repo", repo)
	if retries > 0 {
		log = log.With("retry_count", retries)
	}
	log.Info(fmt.Sprintf("processing backfill: %s", repo)) // want `^repo is already recorded as repo;`

	l2 := log.With("action", action)
	l2.Info(fmt.Sprintf("repo %s: action %s finished", repo, action)) // want `^repo and action are already recorded as repo and action;`

	// retries is added in a branch only: the fix records it.
	log.Warn(fmt.Sprintf("retrying %s: %d", repo, retries)) // want `^retries is formatted into the message; record it as a field so it can be queried \(repo is already recorded as repo\)$`
}

// Not recorded on every path: no claim of a field.
func notRecorded(logger *slog.Logger, ok bool, id string) {
	var l *slog.Logger
	if ok {
		l = logger.With("id", id)
	} else {
		l = logger
	}
	l.Info("user " + id) // want `^id is formatted into the message`

	attrs := []any{"id", id}
	attrs = []any{"other", 1}
	slog.Info("user "+id, attrs...) // want `^id is formatted into the message`
}

// Not reported: the nearest correct calls.
func silent(logger *slog.Logger, id string) {
	l := logger.With("id", id)
	l.Info("user logged in")
	attrs := []any{"id", id}
	slog.Info("user logged in", attrs...)
}
