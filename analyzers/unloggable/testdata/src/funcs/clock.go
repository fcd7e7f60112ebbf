package funcs

import (
	"log/slog"
	"time"
)

// Not removable: the import of time would be unused.
func clock() {
	slog.Info("clock", "now", time.Now) // want `time.Now is a func`
}
