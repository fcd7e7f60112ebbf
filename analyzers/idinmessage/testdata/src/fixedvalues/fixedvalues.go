// Package fixedvalues holds values that look like values but hold a
// fixed text, and the nearest ones that do vary.
package fixedvalues

import (
	"errors"
	"fmt"
	"log/slog"
	"time"

	"go.uber.org/zap"
)

// An adapter of a Println-style interface over a structured logger: its
// callers' message, not its own. A format of its own (Notef) makes the
// message its own.
type printer struct{ l *zap.Logger }

func (p printer) Println(args ...any)          { p.l.Info(fmt.Sprint(args...)) }
func (p printer) Printf(f string, args ...any) { p.l.Info(fmt.Sprintf(f, args...)) }
func (p printer) Notef(a ...any)               { p.l.Warn(fmt.Sprintf("note %v", a...)) } // want `a is formatted into the message`

func spreadLocal(l *zap.Logger, id string) {
	args := []any{id}
	l.Info(fmt.Sprint(args...)) // want `args is formatted into the message`
}

// Errors made from a constant text.
func constErrors(l *zap.Logger, n int, retry bool) {
	err := errors.New("failed to obtain replacer from request")
	l.Error(err.Error())
	l.Error(fmt.Sprintf("giving up: %v", err))

	err2 := errors.New("no route")
	if retry {
		err2 = fmt.Errorf("no route after %d tries", n)
	}
	l.Error(err2.Error()) // want `err2 is formatted into the message`
}

// Constants of named types.
type level int

const (
	minTimeout       = 5 * time.Second
	lv         level = 3
)

func namedConsts(n int) {
	slog.Info(fmt.Sprintf("timeout increased to minimum value: %v", minTimeout))
	slog.Info(fmt.Sprintf("level %d", lv))
	slog.Info(fmt.Sprintf("timeout %v for %d peers", minTimeout, n)) // want `n is formatted into the message`
}

// Package-level variables that the package never changes.
var (
	confStateName = []byte("confState")
	appName       = "etcd"
	generation    = 0
	scratch       = []byte("scratch")
)

func bump() {
	generation++
	copy(scratch, "x")
}

func globals(l *zap.Logger, n int) {
	l.Panic("unexpected number of key: " + string(confStateName) + " in backend")
	l.Info(appName + " started")
	l.Info(fmt.Sprintf("generation %d", generation)) // want `generation is formatted into the message`
	l.Info("key " + string(scratch))                 // want `string\(scratch\) is formatted into the message`
}
