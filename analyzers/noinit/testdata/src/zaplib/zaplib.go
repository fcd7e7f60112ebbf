package zaplib // want package:"emits zap"

// Package zaplib logs through zap's sugared global logger.

import "go.uber.org/zap"

func Log(msg string) { zap.S().Info(msg) }
