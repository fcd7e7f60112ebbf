// Package zapsprint holds messages of zap's Sprint-style sugared events
// (sugar.Info(args...), whose message is fmt.Sprint(args...)): the fix
// rewrites them to the w form, a constant message and key-value pairs,
// and zap *Logger events reached through L, With and Named.
package zapsprint

import (
	"fmt"
	"time"

	"go.uber.org/zap"
)

type Order struct {
	ID    string
	Items int
}

func sprint(s *zap.SugaredLogger, id string, n int, d time.Duration, o Order) {
	s.Info("user ", id, " logged in")               // want `^id is formatted into the message; record it as a field so it can be queried$`
	s.Error(n, " jobs failed")                      // want `n is formatted into the message`
	s.Debug("took ", d)                             // want `d is formatted into the message`
	s.Warn("order ", o.ID, ": ", o.Items, " items") // want `o.ID and o.Items are formatted into the message`

	// Sprint puts a space between operands when neither is a string:
	// "shard3 5" is "shard", n, a space and o.Items.
	s.Info("shard", n, o.Items) // want `n and o.Items are formatted into the message`

	// One argument, built: the w form too.
	s.Info(fmt.Sprintf("user %s", id)) // want `id is formatted into the message`

	// Through zap's global sugared logger, and as a method expression.
	zap.S().Info("user ", id)                 // want `id is formatted into the message`
	(*zap.SugaredLogger).Info(s, "user ", id) // want `id is formatted into the message`
}

// A value the logger records already: only removed from the message.
func recorded(s *zap.SugaredLogger, id string) {
	s.With("user_id", id).Info("user ", id, " logged in") // want `^id is already recorded as user_id; remove it from the message so that the message is constant$`
}

// No fix: an operand of interface type (Sprint's spaces depend on its
// dynamic type), a method held in a variable.
func noFix(s *zap.SugaredLogger, v any, n int, id string) {
	s.Info("user ", v, n) // want `v and n are formatted into the message`
	info := s.Info
	info("user ", id) // want `id is formatted into the message`
}

// The nearest correct code: constants only, a message passed in, a
// whole value, the w form.
func silent(s *zap.SugaredLogger, msg string, err error, id string, args []any) {
	s.Info("user ", "logged in")
	s.Info("count ", 3, " of ", 5)
	s.Info(msg)
	s.Error(err)
	s.Info(args...)
	s.Infow("user logged in", "user_id", id)
}

// *zap.Logger events, however the logger is reached.
func loggers(l *zap.Logger, o Order) {
	zap.L().Info("placing order " + o.ID)                                           // want `o.ID is formatted into the message`
	l.With(zap.Int("items", o.Items)).Named("orders").Info("placing order " + o.ID) // want `o.ID is formatted into the message`
	l.With(zap.String("order_id", o.ID)).Named("orders").Warn("order " + o.ID)      // want `^o.ID is already recorded as order_id;`
}
