// Package hclogkv holds messages of hclog events (the Logger interface's
// methods, however the logger is reached): the fix appends key-value
// pairs.
package hclogkv

import (
	"fmt"
	"strconv"

	"github.com/hashicorp/go-hclog"
)

func events(logger hclog.Logger, id string, n int, err error) {
	logger.Info(fmt.Sprintf("user %s logged in", id))                        // want `^id is formatted into the message; record it as a field so it can be queried$`
	logger.Warn("retrying after "+strconv.Itoa(n)+" attempts", "op", "sync") // want `n is formatted into the message`
	logger.Error("sync failed: " + err.Error())                              // want `err is formatted into the message`
	logger.Log(hclog.Debug, fmt.Sprintf("user %s", id))                      // want `id is formatted into the message`
	hclog.L().Named("auth").Trace(fmt.Sprintf("user %s", id))                // want `id is formatted into the message`
	logger.With("n", n).Debug(fmt.Sprintf("user %s", id))                    // want `id is formatted into the message`
}

// A value the logger records already: only removed from the message.
func recorded(logger hclog.Logger, id string) {
	logger.With("user_id", id).Info("user " + id + " logged in") // want `^id is already recorded as user_id; remove it from the message so that the message is constant$`
}

// No fix: the pairs end in a key without a value, or are spread from a
// slice; a field appended there would be paired wrongly or not seen.
func noFix(logger hclog.Logger, id string, args []any) {
	logger.Info(fmt.Sprintf("user %s", id), "k")     // want `id is formatted into the message`
	logger.Info(fmt.Sprintf("user %s", id), args...) // want `id is formatted into the message`
}

// The nearest correct code: a constant message and the value as a pair.
func silent(logger hclog.Logger, msg, id string, args []any) {
	logger.Info("user logged in", "user_id", id)
	logger.Info(msg)
	logger.Info("user logged in", args...)
	hclog.Default().Error("sync failed", "error", fmt.Errorf("no %s", "disk"))
}
