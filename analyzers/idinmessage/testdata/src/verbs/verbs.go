// Package verbs holds Sprintf messages whose verbs format differently
// from a field, and those that a fix cannot rewrite exactly.
package verbs

import (
	"fmt"
	"log/slog"
	"time"
)

type Kind int

func (k Kind) String() string { return "kind" }

func keep(digest []byte, name string, ratio float64, n int, k Kind, v any, d time.Duration, body []byte) {
	slog.Info(fmt.Sprintf("blob %x stored", digest))       // want `digest is formatted into the message`
	slog.Info(fmt.Sprintf("file %q opened", name))         // want `name is formatted`
	slog.Info(fmt.Sprintf("ratio %.2f", ratio))            // want `ratio is formatted`
	slog.Info(fmt.Sprintf("seq %08d", n))                  // want `n is formatted`
	slog.Info(fmt.Sprintf("kind %d", k))                   // want `k is formatted`
	slog.Info(fmt.Sprintf("value %T", v))                  // a type's name: one of the program's few
	slog.Info(fmt.Sprintf("value %+v", v))                 // want `v is formatted`
	slog.Info(fmt.Sprintf("took %d", d))                   // want `d is formatted`
	slog.Info(fmt.Sprintf("body %s", body))                // want `body is formatted`
	slog.Info(fmt.Sprint("raw ", body))                    // want `body is formatted`
	slog.Info(fmt.Sprintf("hex %x and %x", n, n))          // want `n is formatted`
	slog.Info(fmt.Sprintf("hex %x, again %x", n, n))       // want `n is formatted`
	slog.Info(fmt.Sprintf("plain %v, %s, %d", v, name, n)) // want `v, name and n are formatted`
}

// Reported without a fix: the rewrite could change what is printed.
func noFix(n, width int, name string, args []any) {
	slog.Info(fmt.Sprintf("indexed %[1]d", n))         // want `n is formatted`
	slog.Info(fmt.Sprintf("star %*d", width, n))       // want `width and n are formatted`
	slog.Info(fmt.Sprintf("prec %.*f", width, 1.5))    // want `width is formatted`
	slog.Info(fmt.Sprintf("missing %d %d", n))         // want `n is formatted`
	slog.Info(fmt.Sprintf("extra %d", n, name))        // want `n is formatted`
	slog.Info(fmt.Sprintf("bad %z", n))                // want `n is formatted`
	slog.Info(fmt.Sprintf("wrap %w", fmt.Errorf("x"))) // want `fmt.Errorf\("x"\) is formatted`
	slog.Info(fmt.Sprintf("spread %v %v", args...))    // want `args is formatted`
	vals := append(args, n)
	slog.Info(fmt.Sprint(vals...)) // want `vals is formatted`
	slog.Info(fmt.Sprint(args...)) // the caller's message: args is all of it
}

// The kind of an object (a string field Kind, a GetKind method), like a
// type printed with %T, names one of a few types: not a value to record.
type objRef struct{ Kind, Name string }

type object struct{ kind string }

func (o object) GetKind() string { return o.kind }

func kinds(r objRef, o object) {
	slog.Info("Deleting " + r.Kind)
	slog.Info(fmt.Sprintf("Patching %s", o.GetKind()))
	slog.Info(fmt.Sprintf("Deleting %s %s", r.Kind, r.Name)) // want `^r.Name is formatted into the message`
}

// A fix keeps a kind or a type in the message, as the message printed
// it: a string as itself, anything else with its directive, in a
// Sprintf of its own.
func keptKinds(o object, v any, name string, next func() string, count *int) {
	slog.Info(fmt.Sprintf("Rotating %s, new name %s", o.GetKind(), name)) // want `^name is formatted into the message`
	slog.Info(fmt.Sprintf("Creating watch %s for %T", name, v))           // want `^name is formatted into the message`
	slog.Info(fmt.Sprintf("Sent %d%% of %T", *count, v))                  // want `count is formatted into the message`
	slog.Info(fmt.Sprintf("Watch %s for %T at 100%%", name, v))           // want `^name is formatted into the message`

	// No fix: the kind's method would now run before a value with
	// effects of its own, which ran first.
	slog.Info(fmt.Sprintf("Moved %s to %s", next(), o.GetKind())) // want `next\(\) is formatted into the message`
}
