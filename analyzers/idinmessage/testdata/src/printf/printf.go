// Package printf holds printf-style events of structured loggers: zap's
// sugared Infof, zerolog's Msgf, logrus's Infof (also on a WithField
// chain) and klog's Infof. The fix turns each into the library's
// structured form, the values into fields.
package printf

import (
	"fmt"
	"log"

	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"k8s.io/klog/v2"
)

type Job struct {
	ID    string
	Tries int
}

func zapSugar(s *zap.SugaredLogger, userID int, path string, j Job, progress int) {
	s.Infof("user %d logged in", userID)                   // want `^userID is formatted into the message; record it as a field so it can be queried$`
	s.Errorf("cannot open %s", path)                       // want `path is formatted into the message`
	s.Warnf("job %s failed after %d tries", j.ID, j.Tries) // want `j.ID and j.Tries are formatted into the message`
	s.Debugf("%d%% done", progress)                        // want `progress is formatted into the message`
	zap.S().Infof("user %d logged in", userID)             // want `userID is formatted into the message`
}

// A value the logger records already: the format becomes the message,
// the method its w form, no field is added.
func zapRecorded(s *zap.SugaredLogger, userID int) {
	s.With("user_id", userID).Infof("user %d logged in", userID) // want `^userID is already recorded as user_id; remove it from the message so that the message is constant$`
}

func zerologMsgf(l zerolog.Logger, userID int, path string) {
	l.Info().Msgf("user %d logged in", userID)                  // want `userID is formatted into the message`
	zlog.Error().Str("op", "open").Msgf("cannot open %s", path) // want `path is formatted into the message`
	l.Warn().Msgf("user %d: %s denied", userID, path)           // want `userID and path are formatted into the message`
}

func logrusf(l *logrus.Logger, e *logrus.Entry, userID int, path string) {
	logrus.Infof("user %d logged in", userID)                              // want `userID is formatted into the message`
	l.Errorf("cannot open %s", path)                                       // want `path is formatted into the message`
	e.WithField("op", "open").Warnf("cannot open %s", path)                // want `path is formatted into the message`
	logrus.WithField("user_id", userID).Infof("user %d logged in", userID) // want `userID is already recorded as user_id`
	e.Logf(logrus.InfoLevel, "user %d logged in", userID)                  // want `userID is formatted into the message`
}

func klogf(userID int, path string) {
	klog.Infof("user %d logged in", userID)              // want `userID is formatted into the message`
	klog.V(2).Infof("cannot open %s", path)              // want `path is formatted into the message`
	klog.Warningf("cannot open %s", path)                // want `path is formatted into the message`
	klog.Errorf("user %d: cannot open %s", userID, path) // want `userID and path are formatted into the message`
}

// A directive that formats the value its own way keeps its format
// through fmt (imported where the file does not). No fix: an operand
// spread from a slice.
func formats(s *zap.SugaredLogger, n float64, path string) {
	s.Infof("ratio %08.3f", n)      // want `n is formatted into the message`
	s.Warnf("cannot open %q", path) // want `path is formatted into the message`
	vals := []any{n}
	s.Infof("got %v", vals...) // want `vals is formatted into the message`
}

// The nearest correct code: a constant format without operands, constant
// operands, the structured forms, a printf-style wrapper passing its
// format on, a value alone (as in the Sprint-style s.Error(err)), and
// the standard library's log, which has no structured form.
func silent(s *zap.SugaredLogger, l zerolog.Logger, userID int, format string, err error, dump []byte, args ...any) {
	s.Infof("100%% done")
	s.Errorf("%v", err)
	logrus.Errorf("%s\n", dump)
	s.Infof("port %d", 8080)
	s.Infof(format, args...)
	s.Infof("[db] "+format, args...)
	s.Infof("[db] %v", args...)
	s.Infow("user logged in", "user_id", userID)
	l.Info().Int("user_id", userID).Msg("user logged in")
	l.Info().Msgf("done")
	logrus.WithField("user_id", userID).Info("user logged in")
	klog.InfoS("user logged in", "user_id", userID)
	log.Printf("user %d logged in", userID)
	_ = fmt.Sprintf("user %d", userID)
}
