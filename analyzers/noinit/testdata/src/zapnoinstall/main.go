package main // want package:"emits zap"

// main logs through zap's global loggers and never replaces them: both
// are no-ops. Choosing the logger is the program's: no fix.

import "go.uber.org/zap"

func main() { // want `^events from this program go nowhere: main never installs a zap global logger; zap.L\(\) and zap.S\(\) are no-ops until zap.ReplaceGlobals \(choosing the logger is yours, so there is no fix\)$`
	zap.L().Info("starting")
	zap.S().Infow("started", "port", 8080)
}
