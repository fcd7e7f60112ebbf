// Package keycase is checked with -idinmessage.keycase=camel.
package keycase

import (
	"fmt"
	"log/slog"
)

type Order struct{ ID string }

func camel(userID int, o Order) {
	slog.Info(fmt.Sprintf("user %d placed %s", userID, o.ID), "userId", 1) // want `userID and o.ID are formatted`
}
