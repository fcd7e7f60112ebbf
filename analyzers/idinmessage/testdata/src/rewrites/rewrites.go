// Package rewrites holds the message rewrites of idinmessage's fixes:
// each value goes with the words that only served it, the words that
// carry meaning stay, and the new keys come from the expressions and
// the message's words. Where a rule would misfire, there is no fix.
package rewrites

import (
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"time"
)

type Order struct {
	ID    string
	Items []string
}

type Node struct{ Name string }

// The words that only served a value go with it: a preposition and the
// noun naming the value, a unit, a label, brackets left empty, the
// colon before an error.
func examples(files int, dest, node string, after time.Duration, path string, err error, n, max int) {
	slog.Info(fmt.Sprintf("syncing %d files to %s", files, dest))                       // want `files and dest are formatted into the message`
	slog.Warn(fmt.Sprintf("lease for node %s expired after %v", node, after))           // want `node and after are formatted into the message`
	slog.Error(fmt.Sprintf("failed to open %s: %v", path, err))                         // want `path and err are formatted into the message`
	slog.Info("got " + strconv.Itoa(n) + " rows (limit " + strconv.Itoa(max) + ")")     // want `n and max are formatted into the message`
	slog.Info(fmt.Sprintf("retrying request attempt=%d", n))                            // want `n is formatted into the message`
	slog.Info(fmt.Sprintf("wrote %d bytes in %d ms", n, max))                           // want `n and max are formatted into the message`
	slog.Info(fmt.Sprintf("successfully deleted hook with ID %d for repo %s", n, path)) // want `n and path are formatted into the message`
	slog.Info(fmt.Sprintf("will retry joining cluster every %v", after))                // want `after is formatted into the message`
	slog.Info(fmt.Sprintf("deletion is unblocked by %s hook", dest))                    // want `dest is formatted into the message`
	slog.Debug(fmt.Sprintf("Request:\n%s", path))                                       // want `path is formatted into the message`
}

// Keys: from the expression (o.ID → order_id, len(items) → items,
// time.Since(start) → elapsed, r.URL.Path → path), from the message's
// word where the expression's name says nothing (n → rows), or both
// (user + id → user_id).
func keys(o Order, start time.Time, r *http.Request, n int, id string, a, b Node) {
	slog.Info(fmt.Sprintf("placed order %s with %d items", o.ID, len(o.Items))) // want `o.ID and len\(o.Items\) are formatted into the message`
	slog.Info(fmt.Sprintf("done in %v", time.Since(start)))                     // want `time.Since\(start\) is formatted into the message`
	slog.Info("serving " + r.URL.Path)                                          // want `r.URL.Path is formatted into the message`
	slog.Info(fmt.Sprintf("got %d rows", n))                                    // want `n is formatted into the message`
	slog.Info(fmt.Sprintf("user %s logged in", id))                             // want `id is formatted into the message`
	slog.Info(fmt.Sprintf("moved %s to %s", a.Name, b.Name))                    // want `a.Name and b.Name are formatted into the message`
}

// Method calls without side effects move into fields, also past the
// call's other arguments.
func moves(r *http.Request, start time.Time, ratio float64) {
	slog.Info("request "+r.URL.String()+" from "+r.Header.Get("X-Forwarded-For"), "status", 200) // want `r.URL.String\(\) and r.Header.Get\("X-Forwarded-For"\) are formatted into the message`
	slog.Info(fmt.Sprintf("took %v", time.Since(start).Round(time.Millisecond)), "n", 1)         // want `time.Since\(start\).Round\(time.Millisec... is formatted into the message`
	slog.Info(fmt.Sprintf("cache hit ratio %.2f", ratio))                                        // want `ratio is formatted into the message`
	slog.Info(fmt.Sprintf("cpu at %.1f%%", ratio))                                               // want `ratio is formatted into the message`
}

// The value is the subject: written as its name.
func subject(node Node) {
	slog.Warn(fmt.Sprintf("%s is unhealthy", node.Name)) // want `node.Name is formatted into the message`
}

// Nothing but the value: the event is named after the function, for an
// error.
func handleRequest(err error, peers []string) {
	slog.Error(err.Error())                          // want `err is formatted into the message`
	slog.Debug(fmt.Sprintf("%v", peers), "err", err) // want `peers is formatted into the message`
}

func newPage() (string, error) { return "", nil }

// Named after the call whose error the if statement checks.
func serve(srv *http.Server) {
	if err := srv.ListenAndServe(); err != nil {
		slog.Error(err.Error()) // want `err is formatted into the message`
	}
	page, err := newPage()
	if err != nil {
		slog.Error(err.Error()) // want `err is formatted into the message`
	}
	_ = page
}

// An error of a type of the package's own counts as an error.
type cmdError struct{ args string }

func (e *cmdError) Error() string { return "command failed: " + e.args }

func newCmdError(args string) *cmdError { return &cmdError{args} }

func runCommand(args string, failed bool) {
	if failed {
		err := newCmdError(args)
		slog.Error(err.Error()) // want `err is formatted into the message`
	}
}

// A recovered panic's value is keyed panic, whatever word the message
// put before it.
func recovering() {
	if r := recover(); r != nil {
		slog.Error(fmt.Sprintf("Observed a panic when applying patch: %v", r)) // want `r is formatted into the message`
	}
}

type item struct{ UID string }

// A key the call has already: the field's owner tells the new one apart.
func taken(l *slog.Logger, requestItem item) {
	log := l.With("uid", "abc")
	log.Info(fmt.Sprintf("Failed to apply patch with uid %q: error decoding json patch", requestItem.UID)) // want `requestItem.UID is formatted into the message`
}

// In main, with no call to name it: no fix.
func main() {
	var err error
	slog.Error(err.Error()) // want `err is formatted into the message`
}

func next() int  { return 0 }
func other() int { return 0 }

// No fix: the rewrite would misfire.
func declines(l *slog.Logger, min, n int, kind, host, s string, list []string) {
	l.Warn(fmt.Sprintf("shard count is less than %d", min))        // want `min is formatted into the message`
	l.Warn(fmt.Sprintf("got an empty %s instead", kind))           // want `kind is formatted into the message`
	l.Warn(fmt.Sprintf("expected one of %v", list))                // want `list is formatted into the message`
	l.Warn(fmt.Sprintf("%s is unhealthy", s))                      // want `s is formatted into the message`
	l.Info(fmt.Sprintf("fetching http://%s/metrics", host))        // want `host is formatted into the message`
	l.Info(fmt.Sprintf("value must be between %d and %d", min, n)) // want `min and n are formatted into the message`
	l.Info(fmt.Sprintf("next %d", next()), "k", other())           // want `next\(\) is formatted into the message`
	l.Info(fmt.Sprint(n))                                          // want `n is formatted into the message`
	l.Info(fmt.Sprintf("%*d items", n, min))                       // want `n and min are formatted into the message`
	l.Info(fmt.Sprintf("waiting, iteration %d out of 20", n))      // want `n is formatted into the message`
	l.Info(fmt.Sprintf("sent %d%% of the batch", n))               // want `n is formatted into the message`
}
