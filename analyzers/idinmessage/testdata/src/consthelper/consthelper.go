// Package consthelper holds messages that call a function of the package
// that only combines its constant arguments: the same text at every
// run, as a constant is.
package consthelper

import (
	"fmt"
	"log/slog"
	"strconv"
	"strings"
)

func docURL(page string) string { return "https://docs.example.com/" + page }

func flagDoc(name string, n int) string {
	return fmt.Sprintf("--%s (see %s)", name, docURL("flags")) + " #" + strconv.Itoa(n)
}

// Not reported: the helpers' results are constants.
func silent(old bool) {
	slog.Warn("deprecated setting; see " + docURL("config"))
	slog.Warn(fmt.Sprintf("deprecated setting; see %s", docURL("config")))
	slog.Info(flagDoc("verbose", 2))
	slog.Info(docURL("index"))

	page := docURL("new")
	if old {
		page = docURL("old")
	}
	slog.Info("moved to " + page)
}

// Reported: the helper's result sits beside a value, which the fix moves
// out, keeping the call of the helper.
func beside(id string) {
	slog.Warn("user "+id+" uses a deprecated setting; see "+docURL("config"), "n", 1) // want `id is formatted into the message`
	slog.Warn(fmt.Sprintf("user %s is deprecated; see %s", id, docURL("config")))     // want `id is formatted into the message`
}

var version = "1.2"

func currentVersion() string { return version }

func upper(s string) string { return strings.ToUpper(s) }

type T struct{}

func (T) doc(page string) string { return "https://docs.example.com/" + page }

// Reported: not the same text at every run, or not a combination the
// analyzer follows.
func reported(page string, t T) {
	slog.Info("see " + docURL(page))         // want `docURL\(page\) is formatted into the message`
	slog.Info("running " + currentVersion()) // want `currentVersion\(\) is formatted into the message`
	slog.Info("see " + upper("config"))      // want `upper\("config"\) is formatted into the message`
	slog.Info("see " + t.doc("config"))      // want `t.doc\("config"\) is formatted into the message`
}
