package keycase

import (
	"fmt"
	"log/slog"
)

// The flag set explicitly wins over the keys around.
func flagWins(userID int, orderID string) {
	slog.Info(fmt.Sprintf("order %s", orderID), "user_id", userID) // want `orderID is formatted into the message`
}
