// Package klogkv holds values that render uselessly in klog's
// structured calls (InfoS, ErrorS, through klog.V too), and the nearest
// correct code.
package klogkv

import (
	"context"
	"net/http"
	"os"

	"k8s.io/klog/v2"
)

func values(ctx context.Context, r *http.Request, f *os.File, err error, h func()) {
	klog.InfoS("handled", "req", r)             // want `r is an HTTP request`
	klog.ErrorS(err, "open failed", "file", f)  // want `f is an open file`
	klog.V(2).InfoS("done", "ctx", ctx, "n", 1) // want `ctx is a context.Context`
	klog.V(2).ErrorS(err, "called", "h", h)     // want `h is a func`

	// Nearest correct code: a value with a String method, klog's object
	// references, the Sprint-style Info (no fields).
	klog.InfoS("handled", "method", r.Method, "path", r.URL.Path)
	klog.ErrorS(err, "open failed", "file", f.Name())
	klog.InfoS("synced", "pod", klog.KRef("ns", "name"))
	klog.Info("handled ", r.Method)
}
