// Package sentence holds messages whose values complete a sentence:
// removing them would leave it broken (validation.md item 4), so they
// are reported without a fix.
package sentence

import (
	"fmt"
	"log/slog"
	"time"
)

// No fix: a value follows a preposition, an article, a conjunction or
// a copula, which would be left dangling.
func broken(l *slog.Logger, s, v string, list []string, d time.Duration, ok bool) {
	l.Warn("The shard count is less than " + s + ". Setting it to " + s + " to avoid overload.") // want `s is formatted into the message`
	l.Warn(fmt.Sprintf("Invalid API version '%v', expected one of '%v'", v, list))               // want `v and list are formatted into the message`
	l.Info(fmt.Sprintf("will retry joining cluster every %v", d))                                // want `d is formatted into the message`
	l.Info(fmt.Sprintf("retry every %v", d))                                                     // want `d is formatted into the message`
	l.Info("connected to: " + s)                                                                 // want `s is formatted into the message`
	l.Info(fmt.Sprintf("The %s failed", s))                                                      // want `s is formatted into the message`
	l.Info(fmt.Sprintf("flag is %t", ok))                                                        // want `ok is formatted into the message`
}

// A fix: each value follows a word that stands without it, or only
// punctuation.
func fixed(l *slog.Logger, userID int, id, v string, d time.Duration) {
	l.Info(fmt.Sprintf("User %d got their data", userID)) // want `userID is formatted into the message`
	l.Info("request done: " + id)                         // want `id is formatted into the message`
	l.Warn(fmt.Sprintf("Invalid API version '%v'", v))    // want `v is formatted into the message`
	l.Info(fmt.Sprintf("joined cluster (took %v)", d))    // want `d is formatted into the message`
	l.Info(fmt.Sprintf("%v: retrying", d))                // want `d is formatted into the message`
}
