package phrase

import (
	"strings"
	"testing"
)

// split turns a message written with %N placeholders (%n: a number, %v:
// anything else) into the pieces and values of Rewrite.
func split(msg string) ([]string, []Value) {
	var ps []string
	var vs []Value
	var cur string
	for i := 0; i < len(msg); i++ {
		if msg[i] == '%' && i+1 < len(msg) && (msg[i+1] == 'n' || msg[i+1] == 'v') {
			ps = append(ps, cur)
			cur = ""
			vs = append(vs, Value{Number: msg[i+1] == 'n'})
			i++
			continue
		}
		cur += msg[i : i+1]
	}
	return append(ps, cur), vs
}

func TestRewrite(t *testing.T) {
	for _, tc := range []struct {
		msg, want string
		hints     []string // per value, words joined by '_'; "" for none
		units     []string
	}{
		// The examples.
		{"syncing %n files to %v", "syncing files", []string{"files", "dest"}, nil},
		{"lease for node %v expired after %v", "lease expired", []string{"node", "after"}, nil},
		{"failed to open %v: %v", "failed to open", nil, nil},
		{"got %n rows (limit %n)", "got rows", []string{"rows", "limit"}, nil},
		// Punctuation and paths, as before.
		{"User %n logged in", "User logged in", []string{"user"}, nil},
		{"placing order %v", "placing order", []string{"order"}, nil},
		{"failed: %v", "failed", nil, nil},
		{"%v: connection refused", "connection refused", nil, nil},
		{"GET /users/%v", "GET /users", nil, nil},
		{"GET /users/%v/orders", "GET /users/orders", nil, nil},
		{"step %n - done", "step done", []string{"step"}, nil},
		{"request (%v) done", "request done", nil, nil},
		{`user "%v" not found`, "user not found", []string{"user"}, nil},
		{"'%v' missing", "missing", nil, nil},
		{"%n%% done", "done", nil, []string{"percent"}},
		{"took %nms", "took", nil, []string{"ms"}},
		{"took %n ms", "took", nil, []string{"ms"}},
		{"order #%n shipped.", "order shipped.", []string{"order"}, nil},
		{"%v", "", nil, nil},
		{"[%v] %v", "", nil, nil},
		// Labels.
		{"user=%v status=%n", "", []string{"user", "status"}, nil},
		{"request done user_id=%v", "request done", []string{"user_id"}, nil},
		{"retrying request, attempt: %n", "retrying request", []string{"attempt"}, nil},
		// Prepositions, articles, conjunctions, copulas.
		{"will retry joining cluster every %v", "will retry joining cluster", []string{"interval"}, nil},
		{"connected to: %v", "connected", nil, nil},
		{"successfully deleted hook with ID %n for repo %v", "successfully deleted hook", []string{"id", "repo"}, nil},
		{"read %v and %v", "read", nil, nil},
		{"current leader is %v", "current leader", []string{"leader"}, nil},
		{"connecting to the %v", "connecting", nil, nil},
		{"sending request to peer %v", "sending request", []string{"peer"}, nil},
		{"sending request to %v", "sending request", nil, nil},
		{"Cluster upgrade from version %v to version %v is blocked", "Cluster upgrade is blocked", []string{"version", "version"}, nil},
		{"got an empty \uE000 instead for series: %n", "got an empty \uE000 instead", []string{"series"}, nil},
		{"failed to reconcile %v", "failed to reconcile", []string{""}, nil},
		{"For node %v, the lease expired", "The lease expired", []string{"node"}, nil},
		{"processed %n of %n items", "processed", []string{"", "items"}, nil},
		{"synced (%n nodes)", "synced", []string{"nodes"}, nil},
		{"Starting Data API server on http://%v/", "Starting Data API server", nil, nil},
		{"listening on https://%v", "listening", nil, nil},
		{"Version: %v (git commit: %v)", "Version", []string{"version", "git_commit"}, nil},
		{"Unknown failure domain %v for Machine %v (known failure domains: %v)", "Unknown failure domain", []string{"domain", "machine", "known_failure_domains"}, nil},
		{"Health probe failed (unauthorized error occurred): %v", "Health probe failed (unauthorized error occurred)", nil, nil},
		{"Cannot delete Machine %v, the operation can lead to quorum loss", "Cannot delete Machine, the operation can lead to quorum loss", nil, nil},
		{"needs remediation, but the operation already failed in the latest %v. Skipping remediation", "needs remediation, but the operation already failed. Skipping remediation", nil, nil},
		{"Ignoring error because of FailurePolicy %v", "Ignoring error", []string{"failure_policy"}, nil},
		{"stable state reached, highestTerm is %n", "stable state reached", []string{"highest_term"}, nil},
		{"Rotating \uE000, new name %v", "Rotating \uE000", []string{"new_name"}, nil},
		{"Cluster deletion is unblocked by %v hook", "Cluster deletion is unblocked", []string{"hook"}, nil},
		{"next steps are blocked by %v hook, retry after %n", "next steps are blocked, retry", []string{"hook", "after"}, nil},
		{"started in %v mode for %v", "started", []string{"mode", ""}, nil},
		{"connecting to %v server", "connecting", []string{"server"}, nil},
		{"Request:\n%v", "Request", []string{"request"}, nil},
		{"Failed to apply patch with uid %v: error decoding json patch", "Failed to apply patch: error decoding json patch", []string{"uid"}, nil},
		{"supported at the moment, '%v' defaulting to probabilistic", "supported at the moment, defaulting to probabilistic", nil, nil},
		{"Telemetry is disabled by %v executable name", "Telemetry is disabled", []string{"executable_name"}, nil},
		{"Header diff:\n%v\nBody diff:\n%v", "Header diff", []string{"diff", "body_diff"}, nil},
		// Kept text (a private-use rune) is never cut with a value.
		{"Cache stale, requeueing after \uE000 (%v)", "Cache stale, requeueing after \uE000", []string{""}, nil},
		{"Getting all extensions of hook %v for \uE000 %v", "Getting all extensions for \uE000", []string{"hook", ""}, nil},
	} {
		ps, vs := split(tc.msg)
		r := Rewrite(ps, vs)
		if r.Reason != "" {
			t.Errorf("Rewrite(%q): no rewrite: %s", tc.msg, r.Reason)
			continue
		}
		if r.Text != tc.want {
			t.Errorf("Rewrite(%q) = %q, want %q", tc.msg, r.Text, tc.want)
		}
		for i, h := range tc.hints {
			if got := strings.Join(r.Hints[i], "_"); got != h {
				t.Errorf("Rewrite(%q): hint %d = %q, want %q", tc.msg, i, got, h)
			}
		}
		for i, u := range tc.units {
			if r.Units[i] != u {
				t.Errorf("Rewrite(%q): unit %d = %q, want %q", tc.msg, i, r.Units[i], u)
			}
		}
	}
}

// Messages where a rule would misfire: the rewrite declines.
func TestDeclines(t *testing.T) {
	for _, tc := range []struct{ msg, reason string }{
		{"The shard count is less than %v. Setting it to %v", Comparison},
		{"got an empty %v instead for series %v", Noun},
		{"value must be between %n and %n", Comparison},
		{"%v is unhealthy", Subject},
		{"fetching http://%v/metrics", URL},
		{"http://%v/openapi.json - OpenAPI spec", URL},
		{"state is %v and rising", Noun},
		{"Invalid API version %v, expected one of %v", Object},
		{"%v and %v failed", Noun},
		{"upgrade to version %v and %v hook completed", Noun},
		{"index is out of bounds, only %n argument(s) exist", Comparison},
		{"Failed to flush all %v on shutdown", Noun},
		{"no %v found", Noun},
		{"sent %n% of the batch", Quantity},
		{"gen numbers %v (GEN-FROM-RESPONSE) != %v (GEN-FROM-STORE), not caching", Comparison},
		{"got %n > %n", Comparison},
		{"Sent %n of X", Quantity},
		{"Waiting for probabilities, iteration %n out of 20", Quantity},
		{"a %v b %v c %v d %v e %v", Many},
	} {
		ps, vs := split(tc.msg)
		if r := Rewrite(ps, vs); r.Reason != tc.reason {
			t.Errorf("Rewrite(%q) = %q (reason %q), want reason %q", tc.msg, r.Text, r.Reason, tc.reason)
		}
	}
}

// A value that is the subject is written as its name.
func TestSubject(t *testing.T) {
	ps, _ := split("%v is unhealthy")
	r := Rewrite(ps, []Value{{Name: []string{"node"}}})
	if r.Text != "node is unhealthy" {
		t.Errorf("got %q (%s)", r.Text, r.Reason)
	}
}

func TestNoValuesNoChange(t *testing.T) {
	for _, s := range []string{"plain", "  spaced: ", "(open"} {
		if got := Rewrite([]string{s}, nil); got.Text != strings.TrimSpace(s) {
			t.Errorf("Rewrite(%q) = %q", s, got.Text)
		}
	}
}

// FuzzRewrite checks that a rewrite never leaves an empty message, a
// double space, a space at either end, or punctuation dangling at
// either end or before a comma.
func FuzzRewrite(f *testing.F) {
	for _, s := range []string{"syncing %n files to %v", "lease for node %v expired after %v",
		"failed to open %v: %v", "got %n rows (limit %n)", "user=%v status=%n", "[%v] %v",
		"took %nms", "%n%% done", "a, %v, b", "x (%v) - %v: y", "the %v", "(%v", "%v) ok", "'%v' \"%v\"",
		"for %v, with %v", "GET /a/%v/b?c=%v", "%v - %v", "Done: %v; %v left"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, msg string) {
		ps, vs := split(msg)
		r := Rewrite(ps, vs)
		if r.Reason != "" || len(ps) == 1 {
			return
		}
		s := r.Text
		if s == "" {
			return // no word left: the caller decides
		}
		switch {
		case !hasWord(s):
			t.Fatalf("Rewrite(%q) = %q: no word", msg, s)
		case strings.Contains(s, "  "):
			t.Fatalf("Rewrite(%q) = %q: double space", msg, s)
		case strings.TrimSpace(s) != s:
			t.Fatalf("Rewrite(%q) = %q: space at an end", msg, s)
		case strings.ContainsAny(s[:1], ",;:.-|/=)]}") || strings.ContainsAny(s[len(s)-1:], ",;:-|/=([{"):
			t.Fatalf("Rewrite(%q) = %q: dangling punctuation", msg, s)
		case strings.Contains(s, " ,") || strings.Contains(s, ",,") || strings.Contains(s, "()") || strings.Contains(s, "[]"):
			t.Fatalf("Rewrite(%q) = %q: dangling punctuation", msg, s)
		}
	})
}

func TestInURL(t *testing.T) {
	for _, tc := range []struct {
		pieces []string
		want   bool
	}{
		{[]string{"on http://", "/"}, true},
		{[]string{"", "/openapi.json - spec"}, true}, // the root of a path
		{[]string{"Starting debug server on ", "/debug"}, true},
		{[]string{"http://", "/openapi.json - spec"}, true},
		{[]string{"fetching ", "://example.com"}, true},
		{[]string{"see https://example.com/docs; got ", ""}, false},
		{[]string{"GET /users/", ""}, false},
		{[]string{"listening: ", ""}, false},
	} {
		if got := inURL(tc.pieces); got != tc.want {
			t.Errorf("inURL(%q) = %v, want %v", tc.pieces, got, tc.want)
		}
	}
}
