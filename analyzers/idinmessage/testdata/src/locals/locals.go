// Package locals holds messages kept in a local variable before they
// are logged.
package locals

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/tracelint/tracelint/tracing"
)

func once(ctx context.Context, userID int, path string, err error) {
	msg := fmt.Sprintf("User %d logged in", userID)
	slog.Info(msg) // want `userID is formatted into the message; record it as a field so it can be queried`

	var text = "failed: " + err.Error()
	tracing.Error(ctx, text, tracing.String("path", path)) // want `err is formatted into the message`

	name := "GET " + path
	ctx, span := tracing.Start(ctx, name) // want `path is formatted into the span name`
	defer span.End()

	if userID > 0 {
		m := fmt.Sprint("user ", userID)
		slog.InfoContext(ctx, m) // want `userID is formatted`
	}
}

// Reported without a fix.
func noFix(ctx context.Context, id string, items []string, err error) error {
	// Used twice: the declaration stays for the error, and the call gets
	// the constant message and the value again (a fix, the one here).
	msg := "lookup " + id
	slog.Warn(msg) // want `id is formatted into the message`
	if err != nil {
		return errors.New(msg)
	}

	// Built in a loop.
	list := "items:"
	for _, it := range items {
		list += " " + it
	}
	slog.Info(list) // want `it is formatted into the message`

	// Assigned in two places.
	status := "ok"
	if err != nil {
		status = "failed: " + err.Error()
	}
	slog.Info(status) // want `err is formatted into the message`

	// Not right before the call.
	late := "late " + id
	id = "changed"
	slog.Info(late) // want `id is formatted into the message`

	// A comment in between would be lost.
	c := "commented " + id
	// the comment
	slog.Info(c) // want `id is formatted into the message`

	// Not a statement of its own.
	s := "in if " + id
	if slog.Default().Enabled(ctx, slog.LevelInfo) {
		slog.Info(s) // want `id is formatted into the message`
	}
	return nil
}

func next() int { return 1 }

func logger() *slog.Logger { return slog.Default() }

// An operand with effects moves out of its declaration into the call
// right after it only past a function and arguments without effects of
// their own; never where the declaration stays for another use (the
// value would run twice).
func effects(l *slog.Logger) error {
	msg := fmt.Sprintf("next %d", next())
	slog.Info(msg) // want `next\(\) is formatted`

	m2 := fmt.Sprintf("next %d", next())
	l.Info(m2) // want `next\(\) is formatted`

	m3 := fmt.Sprintf("next %d", next())
	logger().Info(m3) // want `next\(\) is formatted`

	m4 := fmt.Sprintf("next %d", next())
	slog.Info(m4) // want `next\(\) is formatted`
	return errors.New(m4)
}

// Never reported.
func negatives(ctx context.Context, msg string, id string) {
	slog.Info(msg) // a parameter

	constant := "a " + "b"
	slog.Info(constant)

	choice := "one"
	if id != "" {
		choice = "two"
	}
	slog.Info(choice)

	var zero string
	slog.Info(zero)

	fromCall := fmt.Sprint // not a message
	_ = fromCall

	built := "outer " + id
	func() {
		slog.Info(built) // declared in another function
	}()

	var p *string = &msg
	slog.Info(*p)

	taken := "taken " + id
	ptr := &taken
	_ = ptr
	slog.Info(taken)

	other := id
	slog.Info(other)

	captured := "x"
	func() { captured = "y " + id }()
	slog.Info(captured)

	switch v := any(id).(type) {
	case string:
		slog.Info(v)
	}
}
