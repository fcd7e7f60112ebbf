// Package zapfields holds messages of zap calls: *zap.Logger events with
// typed fields, the sugared logger's key-value events, and Check.
package zapfields

import (
	"fmt"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

type Order struct {
	ID   string
	Took time.Duration
}

func logger(l *zap.Logger, userID int, o Order, err error, n int32) {
	l.Info(fmt.Sprintf("user %d logged in", userID))                     // want `userID is formatted into the message; record it as a field so it can be queried`
	l.Error("failed: " + err.Error())                                    // want `err is formatted into the message`
	l.Warn(fmt.Sprintf("took %s", o.Took), zap.String("order_id", o.ID)) // want `o.Took is formatted`
	l.With(zap.String("order_id", o.ID)).Info("placing order " + o.ID)   // want `^o.ID is already recorded as order_id;`
	l.Log(zapcore.InfoLevel, fmt.Sprintf("shard %d", n))                 // want `n is formatted`
	if ce := l.Check(zapcore.DebugLevel, "order "+o.ID); ce != nil {     // want `o.ID is formatted`
		ce.Write()
	}
}

func sugared(s *zap.SugaredLogger, userID int, o Order) {
	s.Infow(fmt.Sprintf("user %d logged in", userID), "attempt", 1) // want `userID is formatted`
	s.With("order_id", o.ID).Warnw("placing order " + o.ID)         // want `^o.ID is already recorded as order_id;`
	s.Errorw("order " + o.ID + " failed")                           // want `o.ID is formatted`
}

func silent(l *zap.Logger, s *zap.SugaredLogger, userID int) {
	l.Info("user logged in", zap.Int("user_id", userID))
	s.Infow("user logged in", "user_id", userID)
	l.Info("a " + "constant")
}
