// Package crossfixchain is crossfix for the chain libraries (zerolog,
// logrus) beside slog, loaded in GOPATH mode from the fakes that the
// analyzers' tests use: idinmessage's fixes insert fields into a chain
// whose field methods unloggable rewrites or removes, lostspan's replace
// a context in the same chain, and the result is analysed again.
package crossfixchain

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"

	"github.com/rs/zerolog"
	"github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
)

func handle(ctx context.Context, z zerolog.Logger, e *logrus.Entry, r *http.Request, rd io.Reader, id string, n int, err error) {
	body, _ := io.ReadAll(rd)
	log.Info().Interface("req", r).Msg(fmt.Sprintf("request %s", id))
	z.Warn().Ctx(context.Background()).Interface("body", body).Msg("slow request " + id)
	z.Error().Interface("ctx", ctx).Err(err).Msg(fmt.Sprintf("request %s failed after %d tries", id, n))
	logrus.WithField("req", r).Info("request ", id)
	e.WithContext(context.TODO()).WithField("body", body).Warn("slow request ", id)
	e.WithFields(logrus.Fields{"ctx": ctx, "tries": n}).Error(fmt.Sprintf("request %s failed", id))
	logrus.WithError(err).Error("request ", id, " failed")
	slog.InfoContext(ctx, "request "+id, "req", r)
}
