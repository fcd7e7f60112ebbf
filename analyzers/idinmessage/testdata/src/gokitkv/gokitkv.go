// Package gokitkv holds messages of go-kit log events: the message is
// the value after the "msg" key of Log's key-value pairs, and the fix
// writes the values as pairs after it.
package gokitkv

import (
	"fmt"
	"strconv"

	"github.com/go-kit/log"
	"github.com/go-kit/log/level"
)

func events(logger log.Logger, id, name, room string, n int, err error) {
	level.Info(logger).Log("msg", fmt.Sprintf("user %s logged in", id))       // want `^id is formatted into the message; record it as a field so it can be queried$`
	logger.Log("msg", "user "+name+" joined", "room", room)                   // want `^name is formatted into the message; record it as a field so it can be queried$`
	level.Warn(logger).Log("msg", "retrying after "+strconv.Itoa(n)+" tries") // want `n is formatted into the message`
	level.Error(logger).Log("op", "sync", "msg", "sync failed: "+err.Error()) // want `err is formatted into the message`
	log.With(logger, "n", n).Log("msg", fmt.Sprintf("user %s", id))           // want `id is formatted into the message`
	log.LoggerFunc(nil).Log("msg", fmt.Sprintf("user %s", id))                // want `id is formatted into the message`
}

// A key before "msg" is taken: the new field gets another.
func keyBefore(logger log.Logger, userID string) {
	logger.Log("user_id", "admin", "msg", fmt.Sprintf("user %s logged in", userID)) // want `userID is formatted into the message`
}

// A value the call or its logger records already: only removed from the
// message.
func recorded(logger log.Logger, id string) {
	logger.Log("user_id", id, "msg", "user "+id+" logged in")           // want `^id is already recorded as user_id; remove it from the message so that the message is constant$`
	log.With(logger, "user_id", id).Log("msg", "user "+id+" logged in") // want `^id is already recorded as user_id; remove it from the message so that the message is constant$`
}

// No fix: the pairs after "msg" end in a key without a value.
func noFix(logger log.Logger, id string) {
	logger.Log("msg", fmt.Sprintf("user %s", id), "k") // want `id is formatted into the message`
}

// The nearest correct code, and calls whose message is not known.
func silent(logger log.Logger, msg, key, id string, kvs []interface{}, err error) {
	level.Info(logger).Log("msg", "user logged in")
	logger.Log("msg", "user logged in", "user_id", id)
	logger.Log("msg", msg)
	logger.Log("event", fmt.Sprintf("user %s", id)) // no "msg" key: no message by convention
	logger.Log(key, fmt.Sprintf("user %s", id))     // a key that is not a constant
	logger.Log(kvs...)
	logger.Log("msg", err) // not a string: no message to rewrite
	logger.Log("user_id", id, "msg", "user logged in")
}
