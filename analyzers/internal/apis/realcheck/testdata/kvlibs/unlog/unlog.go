// Package unlog logs values that render uselessly through the real
// hclog, logr, klog, go-kit log, zerolog and logrus (unloggable's wants).
package unlog

import (
	"context"
	"net/http"

	"github.com/go-kit/log"
	"github.com/go-kit/log/level"
	"github.com/go-logr/logr"
	"github.com/hashicorp/go-hclog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"k8s.io/klog/v2"
)

func Handle(ctx context.Context, h hclog.Logger, l logr.Logger, g log.Logger, r *http.Request, err error) {
	h.Info("handled", "req", r)                   // want `r is an HTTP request`
	h.With("ctx", ctx).Info("handled")            // want `ctx is a context.Context`
	l.Error(err, "failed", "ctx", ctx)            // want `ctx is a context.Context`
	l.WithValues("req", r).Info("handled")        // want `r is an HTTP request`
	klog.InfoS("handled", "req", r)               // want `r is an HTTP request`
	klog.V(2).ErrorS(err, "failed", "c", ctx)     // want `ctx is a context.Context`
	level.Info(g).Log("msg", "handled", "req", r) // want `r is an HTTP request`
	log.With(g, "ctx", ctx).Log("msg", "handled") // want `ctx is a context.Context`

	zlog.Info().Interface("req", r).Msg("handled")               // want `r is an HTTP request`
	zlog.With().Any("ctx", ctx).Logger().Info().Msg("handled")   // want `ctx is a context.Context`
	logrus.WithField("req", r).Info("handled")                   // want `r is an HTTP request`
	logrus.WithFields(logrus.Fields{"ctx": ctx}).Info("handled") // want `ctx is a context.Context`
	g = log.With(g, "ts", log.DefaultTimestampUTC, "caller", log.DefaultCaller)

	// The nearest correct code: klog's object references render
	// themselves (String, MarshalLog).
	h.Info("handled", "method", r.Method, "path", r.URL.Path)
	level.Info(g).Log("msg", "handled", "method", r.Method, "path", r.URL.Path)
	klog.InfoS("synced", "pod", klog.KRef("ns", "name"), "obj", klog.KObj(nil))
}
