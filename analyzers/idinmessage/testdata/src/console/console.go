// Package console holds functions that print a report for a terminal
// through the logger: they log blank lines, and their messages built at
// run time are lines of that report, not events.
package console

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
)

// Not reported: a report laid out with blank lines.
func unfinished(ctx context.Context, l *slog.Logger, tests []string, outputs map[string][]string) {
	l.ErrorContext(ctx, "")
	l.ErrorContext(ctx, "Some tests did not finish:")
	for _, t := range tests {
		l.ErrorContext(ctx, fmt.Sprintf("  %s", t))
	}
	l.ErrorContext(ctx, "")
	for _, t := range tests {
		l.ErrorContext(ctx, fmt.Sprintf("%s:", t))
		for _, line := range outputs[t] {
			l.ErrorContext(ctx, line)
		}
		l.ErrorContext(ctx, " ")
	}
}

// Not reported: the blank line goes through a variable that holds one
// of the logger's event methods.
func results(ctx context.Context, l *slog.Logger, action, pkg, test string, skip bool) {
	if test == "" {
		l.InfoContext(ctx, strings.ToTitle(action)+" "+pkg)
		return
	}
	msg := strings.ToTitle(action) + " " + test
	logOutput := l.ErrorContext
	if skip {
		logOutput = l.WarnContext
	}
	l.InfoContext(ctx, msg)
	logOutput(ctx, "")
}

// Reported: an empty message with fields is an event, not a blank line.
func emptyEvent(l *slog.Logger, id string) {
	l.Info("", "id", id)
	l.Info("user " + id + " gone") // want `id is formatted into the message`
}

// Reported: the blank line is logged by another function.
func nested(l *slog.Logger, id string) {
	defer func() { l.Info("") }()
	l.Info("user " + id + " gone") // want `id is formatted into the message`
}

// Reported: no blank line at all.
func plain(l *slog.Logger, id string) {
	l.Info("Report:")
	l.Info("  user " + id) // want `id is formatted into the message`
}
