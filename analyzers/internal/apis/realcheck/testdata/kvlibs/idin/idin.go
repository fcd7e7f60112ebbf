// Package idin logs messages built from values through the real hclog,
// logr, klog and go-kit log (idinmessage's wants).
package idin

import (
	"context"
	"fmt"
	"os"

	"github.com/go-kit/log"
	"github.com/go-kit/log/level"
	"github.com/go-logr/logr"
	"github.com/hashicorp/go-hclog"
	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"k8s.io/klog/v2"
)

func Handle(ctx context.Context, id string, err error) {
	h := hclog.New(&hclog.LoggerOptions{Name: "x"})
	h.Named("a").Info(fmt.Sprintf("user %s", id)) // want `id is formatted into the message`
	hclog.L().Log(hclog.Warn, "user "+id)         // want `id is formatted into the message`
	l := logr.FromContextOrDiscard(ctx)
	l.V(1).Error(err, "user "+id+" failed") // want `id is formatted into the message`
	l.WithValues("n", 1).Info("user " + id) // want `id is formatted into the message`
	klog.V(2).InfoS("user " + id)           // want `id is formatted into the message`
	klog.ErrorS(err, "user "+id)            // want `id is formatted into the message`
	klog.Info("user ", id, " done")         // want `id is formatted into the message`
	klog.V(3).Info("user ", id, " done")    // want `id is formatted into the message`
	klog.Warning("user ", id, " slow")      // want `id is formatted into the message`
	klog.Error("user ", id, " failed")      // want `id is formatted into the message`
	g := log.NewLogfmtLogger(log.NewSyncWriter(os.Stderr))
	level.Info(g).Log("msg", fmt.Sprintf("user %s", id))  // want `id is formatted into the message`
	log.With(g, "n", 1).Log("op", "x", "msg", "user "+id) // want `id is formatted into the message`

	zlog.Info().Str("a", "b").Msg(fmt.Sprintf("user %s", id))       // want `id is formatted into the message`
	zerolog.Ctx(ctx).Error().Err(err).Msg("user " + id + " failed") // want `id is formatted into the message`
	logrus.WithField("n", 1).Info("user ", id)                      // want `id is formatted into the message`
	logrus.StandardLogger().Warn(fmt.Sprintf("user %s", id))        // want `id is formatted into the message`

	// The nearest correct code.
	zlog.Info().Str("user_id", id).Msg("user logged in")
	logrus.WithField("user_id", id).Info("user logged in")
	h.Info("user logged in", "user_id", id)
	l.Info("user logged in", "user_id", id)
	klog.InfoS("user logged in", "user_id", id)
	level.Info(g).Log("msg", "user logged in", "user_id", id)
	g.Log("event", "user "+id) // no "msg" key: no message by convention
}
