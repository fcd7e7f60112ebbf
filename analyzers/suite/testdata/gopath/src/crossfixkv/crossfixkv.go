// Package crossfixkv is crossfix for the key-value libraries outside
// the main module (hclog, logr, klog, go-kit log) beside slog, loaded in GOPATH mode
// from the fakes that the analyzers' tests use: idinmessage's and
// unloggable's fixes meet on one call, and the result is analysed again.
package crossfixkv

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"

	"github.com/go-kit/log"
	"github.com/go-kit/log/level"
	"github.com/go-logr/logr"
	"github.com/hashicorp/go-hclog"
	"k8s.io/klog/v2"
)

func handle(ctx context.Context, h hclog.Logger, l logr.Logger, g log.Logger, r *http.Request, body io.Reader, id string, err error) {
	h.Info(fmt.Sprintf("request %s", id), "req", r)
	h.With("body", body).Warn("slow request " + id)
	l.Info("request "+id, "ctx", ctx)
	l.Error(err, fmt.Sprintf("request %s failed", id), "req", r)
	klog.InfoS("request "+id, "req", r)
	klog.V(2).ErrorS(err, "request "+id+" failed", "ctx", ctx)
	klog.Info("request ", id, " done")
	klog.Warning("request ", id, " slow")
	slog.InfoContext(ctx, "request "+id, "req", r)
	level.Info(g).Log("msg", fmt.Sprintf("request %s", id), "req", r)
	log.With(g, "body", body).Log("ctx", ctx, "msg", "request "+id)
}
