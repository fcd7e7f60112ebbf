// Package branches holds messages kept in a variable assigned in
// several branches: each call names the values of the assignments that
// reach it, and points at them.
package branches

import (
	"errors"
	"fmt"
	"log/slog"
)

// Each branch logs its own message.
func own(ok bool, id string, n int) {
	var msg string
	if ok {
		msg = "user " + id
		slog.Info(msg) // want `^id is formatted into the message`
	} else {
		msg = fmt.Sprintf("count %d", n)
		slog.Info(msg) // want `^n is formatted into the message`
	}
}

func cases(kind int, id string, err error) {
	var msg string
	switch kind {
	case 0:
		msg = "user " + id
		slog.Warn(msg) // want `^id is formatted into the message`
	case 1:
		msg = "failed: " + err.Error()
		slog.Error(msg) // want `^err is formatted into the message`
	default:
		msg = "unknown kind"
		slog.Info(msg) // not reported: the constant reaches the call
	}
}

// The branches join before the call: both reach it.
func join(ok bool, id string, n int) {
	msg := "start"
	if ok {
		msg = "user " + id
	} else {
		msg = fmt.Sprintf("count %d", n)
	}
	slog.Info(msg) // want `^id and n are formatted into the message`
}

// Built up in a branch: the additions and what they add to reach it.
func builtUp(ok bool, id, name string) {
	msg := "hello"
	if ok {
		msg += " " + id
	}
	slog.Info(msg) // want `^id is formatted into the message`

	msg = "bye " + name
	slog.Info(msg) // want `^name is formatted into the message`
}

// Reassigned a constant after a report: not reported.
func reassigned(id string) error {
	msg := "lookup " + id
	slog.Info(msg) // want `^id is formatted into the message`
	msg = "done"
	slog.Info(msg)
	return errors.New(msg)
}

// In a loop: the assignment of the previous iteration reaches it too.
func loop(items []string) {
	msg := "none"
	for _, it := range items {
		slog.Info(msg) // want `^it is formatted into the message`
		msg = "after " + it
	}
}
