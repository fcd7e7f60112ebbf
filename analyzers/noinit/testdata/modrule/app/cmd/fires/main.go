// Command fires logs through zap.L() in its own module and never calls
// zap.ReplaceGlobals: reported.
package main

import "example.com/app/internal/applog"

func main() {
	applog.Info("starting")
}
