// Package logruschain holds values that render uselessly in logrus's
// fields (WithField, and the entries of WithFields' logrus.Fields), and
// the nearest correct code.
package logruschain

import (
	"context"
	"io"
	"net/http"
	"os"

	"github.com/sirupsen/logrus"
)

func values(ctx context.Context, logger *logrus.Logger, r *http.Request, f *os.File, rd io.Reader, h func()) {
	body, _ := io.ReadAll(rd)
	logrus.WithField("req", r).Info("handled")                                      // want `r is an HTTP request`
	logger.WithField("file", f).Error("open failed")                                // want `f is an open file`
	logrus.WithFields(logrus.Fields{"ctx": ctx}).Debug("done")                      // want `ctx is a context.Context`
	logrus.WithField("body", body).Info("received")                                 // want `body is a \[\]byte payload from io.ReadAll`
	logrus.WithFields(logrus.Fields{"body": string(body), "n": 1}).Info("received") // want `string\(body\) is the text of a payload`
	logrus.WithFields(logrus.Fields{"ctx": ctx, "n": 1}).Info("done")               // want `ctx is a context.Context`
	logger.WithField("h", h).WithField("n", 1).Info("called")                       // want `h is a func`

	// Nearest correct code.
	logrus.WithFields(logrus.Fields{"method": r.Method, "path": r.URL.Path}).Info("handled")
	logger.WithField("file", f.Name()).Error("open failed")
	logrus.WithContext(ctx).Info("done")
	logrus.WithField("body_len", len(body)).Info("received")
}
