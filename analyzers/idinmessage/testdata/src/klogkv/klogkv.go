// Package klogkv holds messages of klog's structured events (InfoS,
// ErrorS, and the same through klog.V) and of its Sprint-style ones:
// Info becomes InfoS with key-value pairs; Warning and Error, which
// have no structured sibling of their shape, are reported without a
// fix.
package klogkv

import (
	"fmt"

	"k8s.io/klog/v2"
)

type Pod struct {
	Name string
}

func structured(id string, p Pod, err error) {
	klog.InfoS(fmt.Sprintf("user %s logged in", id))     // want `^id is formatted into the message; record it as a field so it can be queried$`
	klog.ErrorS(err, "failed to sync pod "+p.Name)       // want `p.Name is formatted into the message`
	klog.V(2).InfoS("user "+id, "n", 1)                  // want `id is formatted into the message`
	klog.V(4).ErrorS(err, fmt.Sprintf("no user %s", id)) // want `id is formatted into the message`
}

func sprint(id string, n int) {
	klog.Info("user ", id, " logged in")  // want `^id is formatted into the message; record it as a field so it can be queried$`
	klog.V(2).Info("synced ", n, " pods") // want `n is formatted into the message`
	klog.Warning("user ", id, " is slow") // want `id is formatted into the message`
	klog.Error("user ", id, " failed")    // want `id is formatted into the message`
}

// The nearest correct code: constant messages, values as pairs.
func silent(msg, id string, err error, args []any) {
	klog.InfoS("user logged in", "user_id", id)
	klog.ErrorS(err, "sync failed", "user_id", id)
	klog.V(2).InfoS("user logged in", "user_id", id)
	klog.Info("user ", "logged in")
	klog.Info(msg)
	klog.Warning(msg)
	klog.Error(err)
	klog.Info(args...)
}
