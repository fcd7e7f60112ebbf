package keyaround

import "log/slog"

// This file's keys tell nothing: the package's (camelCase) decide.
func pkg(requestPath string) {
	slog.Info("serving " + requestPath) // want `requestPath is formatted into the message`
}

func more(ua string, n int) {
	slog.Info("x", slog.String("userAgent", ua), slog.Int("retryCount", n))
}
