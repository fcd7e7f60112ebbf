package constlocal

import "log/slog"

func start(l *slog.Logger, agent bool) {
	app := "Prometheus Server"
	if agent {
		app = "Prometheus Agent"
	}
	l.Info("Starting "+app, "agent", agent) // silent: every assignment is a constant
}

func startNamed(l *slog.Logger, name string) {
	app := "server"
	if name != "" {
		app = name
	}
	l.Info("Starting " + app) // want `app is formatted into the message`
}
