// Package logruschain holds messages of logrus's Sprint-style events
// (logrus.Info(args...), whose message is fmt.Sprint(args...)) and
// their fields in the chain: the fix inserts WithField (WithFields for
// several values) before the event, or adds to a WithFields literal
// the chain ends in. A package imported under another name is logrus.
package logruschain

import (
	"fmt"

	log "github.com/sirupsen/logrus"
)

type Order struct {
	ID    string
	Items int
}

func events(logger *log.Logger, entry *log.Entry, id int, name string, o Order, err error) {
	log.Info("user ", id, " logged in")                            // want `^id is formatted into the message; record it as a field so it can be queried$`
	logger.Warn(fmt.Sprintf("cannot open %s", name))               // want `name is formatted into the message`
	entry.Error("order ", o.ID, " has ", o.Items, " items")        // want `o.ID and o.Items are formatted into the message`
	log.WithField("region", "eu").Info("user " + name)             // want `name is formatted into the message`
	log.WithFields(log.Fields{"region": "eu"}).Info("user ", name) // want `name is formatted into the message`
	logger.Log(log.InfoLevel, "user ", id)                         // want `id is formatted into the message`
	log.Error(fmt.Sprintf("sync failed: %v", err))                 // want `err is formatted into the message`

	log.WithFields(log.Fields{
		"region": "eu",
	}).Info(fmt.Sprintf("user %d, order %s", id, o.ID)) // want `id and o.ID are formatted into the message`
}

// A value the chain records already: only removed from the message.
func recorded(id int, name string) {
	log.WithField("user_id", id).WithContext(nil).Info("user ", id, " in")           // want `id is already recorded as user_id`
	log.WithField("id", name).WithContext(nil).Info("user ", id)                     // want `^id is formatted into the message`
	log.WithField("user_id", id).Info("user ", id, " logged in")                     // want `^id is already recorded as user_id; remove it from the message so that the message is constant$`
	log.WithFields(log.Fields{"user": name}).Warn(fmt.Sprintf("user %s left", name)) // want `name is already recorded as user`
}

// No fix: a method expression, a method held in a variable.
func noFix(entry *log.Entry, id int) {
	(*log.Entry).Info(entry, "user ", id) // want `id is formatted into the message`
	info := entry.Info
	info("user ", id) // want `id is formatted into the message`
}

// The nearest correct code: constants, fields, an error or a message
// passed in, Infoln (not read yet).
func silent(logger *log.Logger, msg string, id int, err error) {
	log.WithField("user_id", id).Info("user logged in")
	logger.WithError(err).Error("sync failed")
	log.Info(msg)
	log.Error(err)
	log.Info("count ", 3, " of ", 5)
	log.Infoln("user", id)
}

// logr's key-value pairs on a Sprint-style event: Sprint glues them into
// one word ("controllercontrollerApplicationSet"), which a fix would
// write into the message. No fix.
func logrStyle(err error) {
	log.Error(err, "unable to create controller", "controller", "ApplicationSet") // want `err is formatted into the message`
}

// An error of the package's own type goes in WithError too.
type cmdError struct{ args string }

func (e *cmdError) Error() string { return "command failed: " + e.args }

func runCommand(entry *log.Entry, args string) {
	err := &cmdError{args}
	entry.Error("run: " + err.Error()) // want `err is formatted into the message`
}
