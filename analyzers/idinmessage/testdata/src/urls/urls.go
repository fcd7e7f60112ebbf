// Package urls holds messages whose values sit inside a URL: the fix
// would cut the URL apart, so there is none, unless the URL is only a
// scheme and the value (http://%s/), which goes whole.
package urls

import (
	"fmt"
	"log/slog"
)

// Reported without a fix, but the first: its URL is the value's host.
func inside(addr, scheme, host string) {
	slog.Info(fmt.Sprintf("Starting server on http://%s/", addr))         // want `^addr is formatted into the message`
	slog.Info(fmt.Sprintf("http://%s/openapi.json - OpenAPI spec", addr)) // want `^addr is formatted into the message`
	slog.Info("fetching " + scheme + "://example.com/index")              // want `^scheme is formatted into the message`
	slog.Info(fmt.Sprintf("redirect to https://%s:%d/login", host, 8443)) // want `^host is formatted into the message`
}

// Reported with a fix: the value is not inside a URL.
func outside(addr, id string) {
	slog.Info(fmt.Sprintf("listening: %s", addr))                      // want `^addr is formatted into the message`
	slog.Info(fmt.Sprintf("GET /users/%s", id))                        // want `^id is formatted into the message`
	slog.Info(fmt.Sprintf("see https://example.com/docs; got %s", id)) // want `^id is formatted into the message`
}
