// Package keyaround holds fixes whose new keys follow the case of the
// keys around them: the call's, else the file's, else the package's
// (without -idinmessage.keycase).
package keyaround

import (
	"fmt"
	"log/slog"
	"time"
)

// The call's own keys are camelCase.
func call(userAgent string, execTime time.Duration) {
	slog.Info(fmt.Sprintf("request took %v", execTime), "userAgent", userAgent) // want `execTime is formatted into the message`
}

// The call's keys tell nothing ("id"); the file's are camelCase.
func file(id, remoteAddr string) {
	slog.Info("connected: "+remoteAddr, "id", id) // want `remoteAddr is formatted into the message`
	slog.Info("closed", "remoteAddr", remoteAddr, "bytesRead", 1)
}

// The call says snake_case: the call wins over the file.
func callWins(userID int, orderID string) {
	slog.Info(fmt.Sprintf("order %s", orderID), "user_id", userID) // want `orderID is formatted into the message`
}
