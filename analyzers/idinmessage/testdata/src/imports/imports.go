// Package imports checks that fixes add and remove imports: fmt goes
// when its last use was the Sprintf of a message.
package imports

import (
	"fmt"
	"log/slog"
)

func lastUse(userID int) {
	slog.Info(fmt.Sprintf("user %d", userID)) // want `userID is formatted`
}
