// Package logrkv holds messages of logr events (Info, and Error with
// its error first, however the Logger is reached): the fix appends
// key-value pairs.
package logrkv

import (
	"context"
	"fmt"

	"github.com/go-logr/logr"
	"k8s.io/klog/v2"
)

func events(ctx context.Context, logger logr.Logger, id, p string, err error) {
	logger.Info(fmt.Sprintf("user %s logged in", id))         // want `^id is formatted into the message; record it as a field so it can be queried$`
	logger.Error(err, "failed to open "+p)                    // want `p is formatted into the message`
	logger.V(2).Info("user " + id)                            // want `id is formatted into the message`
	logger.WithName("auth").Error(err, "no user "+id, "n", 1) // want `id is formatted into the message`
	l, _ := logr.FromContext(ctx)
	l.Info(fmt.Sprintf("user %s", id))                // want `id is formatted into the message`
	logr.FromContextOrDiscard(ctx).Info("user " + id) // want `id is formatted into the message`
}

// A value the logger records already: only removed from the message.
func recorded(logger logr.Logger, id string) {
	logger.WithValues("user_id", id).Info("user " + id + " logged in") // want `^id is already recorded as user_id; remove it from the message so that the message is constant$`
}

// The nearest correct code: a constant message and the values as pairs.
func silent(logger logr.Logger, msg, id, p string, err error) {
	logger.Info("user logged in", "user_id", id)
	logger.Error(err, "failed", "path", p)
	logger.Info(msg)
	logger.Error(err, msg)
}

type Machine struct{ Name, Namespace string }

func (m *Machine) GetName() string      { return m.Name }
func (m *Machine) GetNamespace() string { return m.Namespace }

// An object reference (klog.KObj, klog.KRef: no effect) in the message
// and as a field is one value, already recorded.
func objectRefs(logger logr.Logger, m *Machine) {
	logger.Info(fmt.Sprintf("Deleting Machine %s", klog.KObj(m)), "Machine", klog.KObj(m))           // want `^klog.KObj\(m\) is already recorded as Machine; remove it from the message so that the message is constant$`
	logger.WithValues("Machine", klog.KObj(m)).Info(fmt.Sprintf("Machine %s created", klog.KObj(m))) // want `klog.KObj\(m\) is already recorded as Machine`
	logger.Info(fmt.Sprintf("Machine %s created", klog.KObj(m)))                                     // want `klog.KObj\(m\) is formatted into the message`
}
