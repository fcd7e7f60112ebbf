package main

// main logs through a logger it builds and holds: no global is
// involved.

import "go.uber.org/zap"

func main() {
	logger := zap.NewExample()
	logger.Info("starting")
	logger.Sugar().Infow("started", "port", 8080)
	logger.With(zap.String("component", "main")).Info("ready")
}
