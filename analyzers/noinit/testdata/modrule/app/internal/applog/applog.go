// Package applog is the program's own logging helper, through zap's
// global logger.
package applog

import "go.uber.org/zap"

func Info(msg string) { zap.L().Info(msg) }
