package phrase

// The word lists of the rewrite. They are small on purpose: each word
// is one that log messages use around their values, and a word missing
// here only makes the rewrite keep it.

// prepositions lead a value ("for %s", "after %v") and go with it.
var prepositions = set("about", "above", "across", "after", "against", "at", "before", "behind", "below",
	"beneath", "beside", "beyond", "by", "during", "every", "for", "from", "in", "inside", "into",
	"near", "of", "off", "on", "onto", "out", "over", "past", "per", "since", "through", "to", "toward",
	"towards", "under", "until", "upon", "via", "with", "within", "without")

var articles = set("a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "another",
	"all", "no", "both", "many", "several", "few", "its", "their", "our", "my", "your", "his", "her")

var conjunctions = set("and", "or", "nor", "but", "vs", "versus", "because", "due", "while", "when", "whereas",
	"if", "unless", "whether", "so")

var copulas = set("is", "was", "are", "were", "be", "been", "being", "am", "becomes", "became", "remains", "seems")

// auxiliaries and negations start a predicate: "%s has no peers", "%s
// cannot start".
var auxiliaries = set("has", "have", "had", "does", "did", "do", "will", "would", "can", "cannot", "could",
	"should", "must", "may", "might", "not", "isn't", "wasn't", "doesn't", "didn't", "won't", "can't", "failed", "exists")

// comparatives need the value that follows them: "less than %d".
var comparatives = set("than", "between", "least", "most", "exceeds", "exceeded", "equal", "equals", "only", "just", "exactly")

// verbs are common verbs of log messages that name no value: "open
// %s", "got %d", "using %s".
var verbs = set("got", "get", "gets", "set", "sets", "use", "using", "uses", "open", "opens", "read", "reads",
	"write", "writes", "load", "loads", "start", "starts", "stop", "stops", "run", "runs", "send", "sends",
	"sent", "receive", "received", "find", "found", "make", "made", "create", "delete", "update", "add",
	"remove", "parse", "handle", "fetch", "close", "connect", "call", "serve", "listen", "listening",
	"dial", "expected", "expect", "want", "wanted", "saw", "see", "took", "take", "takes", "took",
	"done", "begin", "began", "end", "ended", "new", "old", "invalid", "unknown", "unexpected", "bad",
	"missing", "empty", "wrong", "unsupported", "duplicate", "skip", "skipping", "skipped", "ignore",
	"ignoring", "ignored", "retry", "retrying", "try", "trying", "wait", "waiting", "process",
	"accept", "reject", "resolve", "check", "apply", "sync", "lost", "left", "gone", "built", "build",
	"put", "keep", "kept", "became", "become", "allow", "deny", "denied", "allowed", "failed", "fail",
	"succeeded", "success", "successfully", "now", "already", "still", "also", "just", "only", "then",
	"wrote", "written", "saw", "seen", "gave", "given", "knew", "chose", "reading", "writing", "sending",
	"lookup", "debug", "log", "info", "warn", "hello", "hi", "welcome", "bye", "ok")

// toNouns are nouns that "to" introduces as a preposition, not as the
// mark of an infinitive: "upgrade to version %s", "scaled to size %d".
var toNouns = set("version", "state", "phase", "status", "mode", "level", "size", "value", "revision",
	"replicas", "namespace", "node", "host", "address", "port", "endpoint", "url", "path", "file",
	"directory", "dir", "bucket", "queue", "topic", "channel", "cluster", "peer", "leader", "term")

// operators compare the values on either side of them: "%s != %s".
var operators = []string{" != ", " == ", " <= ", " >= ", " < ", " > "}

// modifiers may open a label before its noun: "new name %s".
var modifiers = set("new", "old", "current", "previous", "next", "last", "first", "max", "min", "total")

// quantifiers before "of" need the value that follows: "one of %v".
var quantifiers = set("one", "any", "all", "none", "each", "some", "both", "either", "neither", "most", "part", "out")

// nounsLikeVerbs end in -ing or -ed but are nouns that name values.
var nounsLikeVerbs = set("string", "thing", "ring", "ping", "string", "setting", "settings", "mapping",
	"binding", "listing", "recording", "building", "heading", "padding", "encoding", "routing", "logging",
	"tracing", "seed", "speed", "feed", "need", "bed", "shed", "embedding", "timing", "pairing", "offering",
	"meeting", "rating", "pending", "thread", "shared", "red", "bred")

// units follow a number and go into its key: "took %d ms" → elapsed_ms.
var units = map[string]string{
	"ns": "ns", "us": "us", "µs": "us", "ms": "ms", "millis": "ms", "milliseconds": "ms", "millisecond": "ms",
	"s": "seconds", "sec": "seconds", "secs": "seconds", "second": "seconds", "seconds": "seconds",
	"m": "minutes", "min": "minutes", "mins": "minutes", "minute": "minutes", "minutes": "minutes",
	"h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours", "hours": "hours",
	"d": "days", "day": "days", "days": "days",
	"b": "bytes", "byte": "bytes", "bytes": "bytes", "kb": "kb", "kib": "kib", "mb": "mb", "mib": "mib",
	"gb": "gb", "gib": "gib", "tb": "tb", "tib": "tib",
	"percent": "percent", "pct": "percent", "x": "times", "times": "times",
}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
