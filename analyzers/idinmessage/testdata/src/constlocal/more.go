package constlocal

import (
	"fmt"
	"log/slog"
)

// Silent: locals that hold one of a few constants.
func constants(l *slog.Logger, verbose, agent bool) {
	var mode string // the zero value, "", is a constant too
	if verbose {
		mode = "verbose"
	}
	l.Info(fmt.Sprintf("starting in %s mode", mode))

	const server = "Server"
	name := "Prometheus " + server
	if agent {
		name += " (agent)"
	}
	l.Info("Starting " + name)
	func() {
		l.Info("Stopping " + name) // used, not assigned, in a function literal
	}()
}

// Reported: a local that can hold another value, next to a constant one.
func mixed(l *slog.Logger, agent bool, id string) {
	app := "server"
	if agent {
		app = "agent"
	}
	l.Info("Starting "+app+" for "+id, "agent", agent) // want `id is formatted into the message`
}

// Reported: locals the analyzer cannot prove constant.
func notConstant(l *slog.Logger, agent bool, set func(*string)) {
	byAddr := "server"
	set(&byAddr)
	l.Info("Starting " + byAddr) // want `byAddr is formatted into the message`

	inClosure := "server"
	func() {
		inClosure = "agent"
	}()
	l.Info("Starting " + inClosure) // want `inClosure is formatted into the message`

	fromCall := "server"
	if agent {
		fromCall = fmt.Sprint(agent)
	}
	l.Info("Starting " + fromCall) // want `fromCall is formatted into the message`
}
