// Package printfimport formats a value its own way in a printf-style
// event, in a file that does not import fmt: the fix imports it.
package printfimport

import "github.com/sirupsen/logrus"

func open(l *logrus.Entry, path string) {
	l.Warnf("cannot open %q", path) // want `path is formatted into the message`
}

// G returns the entry of the context, as a service's log.G does.
func G() *logrus.Entry { return logrus.NewEntry(nil) }
