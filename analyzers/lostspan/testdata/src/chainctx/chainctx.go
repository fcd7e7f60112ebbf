// Package chainctx: lostspan's rules where zerolog and logrus take a
// context (Event.Ctx, WithContext), which their hooks read the span
// from.
package chainctx

import (
	"context"

	"github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
)

func handle(ctx context.Context, entry *logrus.Entry) {
	logrus.WithContext(context.Background()).Info("start") // want `logrus.WithContext gets context.Background\(\), so its events leave the span carried by ctx`
	log.Info().Ctx(context.TODO()).Msg("start")            // want `Event.Ctx gets context.TODO\(\), so its events leave the span carried by ctx`
	go func() {
		entry.WithContext(context.Background()).Info("done") // want `Entry.WithContext gets context.Background\(\), so its events leave the span carried by ctx`
	}()

	// Nearest correct code: the caller's context.
	logrus.WithContext(ctx).Info("start")
	log.Info().Ctx(ctx).Msg("start")
	go func() {
		entry.WithContext(ctx).Info("done")
	}()
}

// Without a context in scope there is no span to lose.
func main() {
	logrus.WithContext(context.Background()).Info("start")
}
