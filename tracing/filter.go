package tracing

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// A Filter decides which spans and events a subscriber records, from
// directives in the syntax of Rust's RUST_LOG (tracing-subscriber's
// EnvFilter), which GO_LOG uses:
//
//	info                      the default level: info and above
//	acme/db=debug             target acme/db (and acme/db/...) at debug
//	acme/db                   target acme/db at every level (trace)
//	[fetch_data]=trace        inside spans named fetch_data, trace
//	acme/db[query]=off        inside acme/db's spans named query, nothing
//
// Directives are separated by commas; levels are trace, debug, info,
// warn, error and off, in any case. The most specific directive wins: a
// span directive over target directives (the innermost span with a
// directive decides for everything inside it, so "[noisy]=off" silences a
// span and its contents), a longer target over a shorter one, any target
// over the default level. Unlike RUST_LOG, a filter without a bare level
// keeps the default level info, as slog does, rather than error.
//
// A target directive matches the target of that name and the targets
// below it, where "below" means the name continues with '/', '.' or ':'.
//
// The zero Filter, like a nil *Filter, records LevelInfo and above.
// A Filter is immutable and safe for concurrent use.
type Filter struct {
	level   Level       // the default level
	targets []directive // target directives, longest target first
	spans   []directive // span directives, longest target first
}

type directive struct {
	target, span string
	level        Level
}

// NewFilter returns a filter that records level and above.
func NewFilter(level Level) *Filter { return &Filter{level: level} }

// A DirectiveError reports a directive that could not be parsed.
type DirectiveError struct {
	Directive string // the directive, as written
	Reason    string // why it is invalid
}

func (e *DirectiveError) Error() string {
	return fmt.Sprintf("invalid directive %q: %s", e.Directive, e.Reason)
}

// ParseFilter parses a comma-separated list of directives (see Filter).
// The empty string is the default filter (info). An invalid directive
// makes ParseFilter return a nil Filter and an error wrapping one
// *DirectiveError per invalid directive.
func ParseFilter(s string) (*Filter, error) {
	f, errs := parseFilter(s)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return f, nil
}

// ParseFilterLenient is ParseFilter for configuration that must not stop
// a program: it returns the filter made of the valid directives, never
// nil, and an error describing the invalid ones, which were ignored.
// Init reads GO_LOG with it. Use it for a filter that comes from a flag,
// a configuration file or a reload (see Rebuild), so that a typo costs
// one directive rather than the program's logs: report the error and go
// on with the filter.
func ParseFilterLenient(s string) (*Filter, error) {
	f, errs := parseFilter(s)
	return f, errors.Join(errs...)
}

func parseFilter(s string) (*Filter, []error) {
	f := &Filter{}
	var errs []error
	for _, raw := range strings.Split(s, ",") {
		d := strings.TrimSpace(raw)
		if d == "" {
			continue
		}
		if err := f.add(d); err != "" {
			errs = append(errs, &DirectiveError{Directive: d, Reason: err})
		}
	}
	f.sort()
	return f, errs
}

// sort orders the directives longest target first, ties in a fixed
// order (for String).
func (f *Filter) sort() {
	byTarget := func(a, b directive) int {
		return cmp.Or(cmp.Compare(len(b.target), len(a.target)), cmp.Compare(a.target, b.target), cmp.Compare(a.span, b.span))
	}
	slices.SortFunc(f.targets, byTarget)
	slices.SortFunc(f.spans, byTarget)
}

// add adds the directive d and returns why it is invalid, or "".
func (f *Filter) add(d string) string {
	lhs, rhs, hasLevel := d, "", false
	if i := strings.LastIndexByte(d, '='); i >= 0 {
		lhs, rhs, hasLevel = d[:i], d[i+1:], true
	}
	level := LevelTrace
	if hasLevel {
		l, err := ParseLevel(strings.TrimSpace(rhs))
		if err != nil {
			return err.Error()
		}
		level = l
	} else if l, err := ParseLevel(d); err == nil {
		f.level = l
		return ""
	} else if i := strings.IndexAny(d, "+-"); i > 0 {
		if _, err := ParseLevel(d[:i]); err == nil { // a level with a bad offset
			_, err = ParseLevel(d)
			return err.Error()
		}
	}
	lhs = strings.TrimSpace(lhs)
	target, span := lhs, ""
	if i := strings.IndexByte(lhs, '['); i >= 0 {
		if !strings.HasSuffix(lhs, "]") {
			return "a span directive needs a closing ']'"
		}
		target, span = strings.TrimSpace(lhs[:i]), strings.TrimSpace(lhs[i+1:len(lhs)-1])
		if strings.ContainsAny(span, "{}") {
			return "span field filters ([span{field=value}]) are not supported"
		}
		if span == "" {
			return "empty span name in []"
		}
		if strings.ContainsAny(span, "[]") {
			return "span name contains '[' or ']'"
		}
	} else if target == "" {
		return "missing target before '='"
	}
	if strings.ContainsAny(target, " \t[]=") {
		return fmt.Sprintf("invalid target name %q", target)
	}
	dir := directive{target: target, span: span, level: level}
	list := &f.targets
	if span != "" {
		list = &f.spans
	}
	*list = slices.DeleteFunc(*list, func(o directive) bool { return o.target == target && o.span == span })
	*list = append(*list, dir)
	return ""
}

// matchTarget reports whether directive target d applies to target t.
func matchTarget(d, t string) bool {
	if d == t {
		return true
	}
	if len(t) <= len(d) || !strings.HasPrefix(t, d) {
		return false
	}
	switch t[len(d)] {
	case '/', '.', ':':
		return true
	}
	return false
}

// Level returns the level of events of target that are outside spans
// with span directives.
func (f *Filter) Level(target string) Level {
	if f == nil {
		return LevelInfo
	}
	for _, d := range f.targets {
		if matchTarget(d.target, target) {
			return d.level
		}
	}
	return f.level
}

// SpanLevel returns the level a span directive sets for a span named
// name of target, and inside it; ok is false if no directive applies.
func (f *Filter) SpanLevel(target, name string) (level Level, ok bool) {
	if f == nil {
		return 0, false
	}
	for _, d := range f.spans {
		if d.span == name && (d.target == "" || matchTarget(d.target, target)) {
			return d.level, true
		}
	}
	return 0, false
}

// levels returns what a Target caches: levels below lo are disabled and
// levels from hi on enabled in every span; static is the level outside
// span directives; spans reports whether there are span directives.
// Span directives apply to the events of every target inside the span,
// so all of them bound lo and hi.
func (f *Filter) levels(target string) (lo, hi, static Level, spans bool) {
	static = f.Level(target)
	lo, hi = static, static
	if f == nil {
		return
	}
	for _, d := range f.spans {
		lo, hi = min(lo, d.level), max(hi, d.level)
	}
	return lo, hi, static, len(f.spans) > 0
}

// String returns the filter's directives in canonical form, which
// ParseFilter accepts.
func (f *Filter) String() string {
	if f == nil {
		return "info"
	}
	parts := []string{strings.ToLower(LevelString(f.level))}
	for _, d := range slices.Backward(f.targets) {
		parts = append(parts, d.target+"="+strings.ToLower(LevelString(d.level)))
	}
	for _, d := range slices.Backward(f.spans) {
		parts = append(parts, d.target+"["+d.span+"]="+strings.ToLower(LevelString(d.level)))
	}
	return strings.Join(parts, ",")
}

// eventLevel returns the level f sets for an event of target inside
// span sp (the innermost span of the event's context, hidden or not):
// that of the innermost span with a span directive of f, or else f's
// level for target.
func (f *Filter) eventLevel(target string, sp *Span) Level {
	if f != nil && len(f.spans) > 0 {
		for s := sp; s != nil; s = s.parent {
			if l, ok := f.SpanLevel(s.target, s.name); ok {
				return l
			}
		}
	}
	return f.Level(target)
}

// spanEnabled reports whether f records span s: by a span directive
// for s itself, or else as an event of s's target in s's parent.
func (f *Filter) spanEnabled(s *Span) bool {
	if l, ok := f.SpanLevel(s.target, s.name); ok {
		return s.level >= l
	}
	return s.level >= f.eventLevel(s.target, s.parent)
}

// minLevel returns the lowest level f records anywhere.
func (f *Filter) minLevel() Level {
	if f == nil {
		return LevelInfo
	}
	l := f.level
	for _, d := range f.targets {
		l = min(l, d.level)
	}
	for _, d := range f.spans {
		l = min(l, d.level)
	}
	return l
}

// union returns a filter that records whatever one of fs records: the
// same levels outside spans with span directives, and, inside such a
// span, the lowest level any of fs may record there.
func union(fs []*Filter) *Filter {
	u := &Filter{level: LevelOff}
	seen := map[directive]bool{}
	for _, f := range fs {
		if f == nil {
			u.level = min(u.level, LevelInfo)
			continue
		}
		u.level = min(u.level, f.level)
		for _, d := range f.targets {
			seen[directive{target: d.target}] = true
		}
		for _, d := range f.spans {
			seen[directive{target: d.target, span: d.span}] = true
		}
	}
	for k := range seen {
		k.level = LevelOff
		for _, f := range fs {
			switch l, ok := f.SpanLevel(k.target, k.span); {
			case k.span == "":
				k.level = min(k.level, f.Level(k.target))
			case ok:
				k.level = min(k.level, l)
			default:
				k.level = min(k.level, f.minLevel())
			}
		}
		if k.span == "" {
			u.targets = append(u.targets, k)
		} else {
			u.spans = append(u.spans, k)
		}
	}
	u.sort()
	return u
}
