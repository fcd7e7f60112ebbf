package tracing

import (
	"context"
	"math"
	"sync/atomic"
)

// A Target names the origin of spans and events, like a Rust target (by
// default a module path). Filters select targets by name: "acme/db=debug"
// enables debug events of the target "acme/db" and of targets below it
// ("acme/db/pool").
//
// Create a target once, as a package-level variable, and use its methods
// where you would use the package functions:
//
//	var tr = tracing.NewTarget("acme/db")
//
//	func query(ctx context.Context) {
//		ctx, span := tr.Start(ctx, "query")
//		defer span.End()
//		tr.Debug(ctx, "Connecting", tracing.String("host", host))
//	}
//
// A target caches which levels its installed subscriber's filter
// enables, so that an event checks its level with one atomic load and a
// comparison, inlined into the caller, and no lookup or runtime.Caller;
// SetDefault and Rebuild recompute the caches of all targets (a global
// generation counter also retires the span-directive levels cached in
// spans started before).
// Targets are never freed: do not create them per request.
//
// The zero Target is the default target, with the empty name: the
// package-level functions (Info, Start, ...) use it. Only directives
// without a target name (and span directives without one) apply to it.
type Target struct {
	name string
	// state packs the cached levels; see pack.
	state atomic.Uint64
	// lox is stateLo(state)+bias, by itself for the inlined check of
	// the event methods: levels l with uint32(l+bias) < lox are
	// disabled. Zero, in an unregistered zero Target, means no bound.
	lox atomic.Uint32
}

// NewTarget returns a target named name.
func NewTarget(name string) *Target {
	t := &Target{name: name}
	t.register()
	return t
}

// std is the default target of the package-level functions.
var std Target

// Name returns the target's name.
func (t *Target) Name() string { return t.name }

// A target's state is a uint64:
//
//	bits  0-15  lo: levels below lo are disabled, whatever the span
//	bits 16-31  hi: levels at or above hi are enabled, whatever the span
//	bits 32-47  static: the level for events outside overriding spans
//	bit  62     spans: span directives may apply to this target's spans
//	bit  63     init: the state has been computed
//
// lo is stored XOR MinInt16 and hi XOR MaxInt16, so that the zero state
// (an unregistered zero Target) means lo=MinInt16 and hi=MaxInt16: it
// decides nothing on the fast path and falls through to the slow path,
// which registers the target.
const (
	spansBit = 1 << 62
	initBit  = 1 << 63
)

func pack(lo, hi, static Level, spans bool) uint64 {
	lo, hi, static = clampLevel(lo), clampLevel(hi), clampLevel(static)
	s := uint64(uint16(int16(lo)^math.MinInt16)) |
		uint64(uint16(int16(hi)^math.MaxInt16))<<16 |
		uint64(uint16(int16(static)))<<32 |
		initBit
	if spans {
		s |= spansBit
	}
	return s
}

func stateLo(s uint64) Level     { return Level(int16(uint16(s)) ^ math.MinInt16) }
func stateHi(s uint64) Level     { return Level(int16(uint16(s>>16)) ^ math.MaxInt16) }
func stateStatic(s uint64) Level { return Level(int16(uint16(s >> 32))) }

// maybe is the inlined first half of the enabled check of every event:
// one atomic load and a comparison reject the levels that no directive
// enables. The rest is done by log.
func (t *Target) maybe(l Level) bool { return l >= Level(t.lox.Load())-bias }

// bias maps levels to lox's unsigned scale.
const bias = 1 << 31

// log completes the enabled check and emits the event.
func (t *Target) log(ctx context.Context, l Level, msg string, fields []Field) {
	if t.enabled(ctx, min(l, LevelOff-1)) {
		t.emit(ctx, l, msg, fields)
	}
}

func (t *Target) register() {
	installMu.Lock()
	defer installMu.Unlock()
	if t.state.Load()&initBit != 0 {
		return
	}
	targets = append(targets, t)
	t.update(current.Load())
}

// update recomputes t's state for d. installMu is held.
func (t *Target) update(d *dispatch) {
	if d == nil {
		t.store(pack(LevelOff, LevelOff, LevelOff, false))
		return
	}
	lo, hi, static, spans := d.filter.levels(t.name)
	t.store(pack(lo, hi, static, spans))
}

func (t *Target) store(s uint64) {
	t.state.Store(s)
	t.lox.Store(uint32(stateLo(s) + bias))
}

// enabled is the full check, after maybe: one atomic load and two
// comparisons decide all but events whose enablement depends on the
// span they are in.
func (t *Target) enabled(ctx context.Context, l Level) bool {
	s := t.state.Load()
	if l < stateLo(s) {
		return false
	}
	if l >= stateHi(s) {
		return true
	}
	return t.enabledSlow(ctx, l)
}

func (t *Target) enabledSlow(ctx context.Context, l Level) bool {
	s := t.state.Load()
	if s&initBit == 0 {
		t.register()
		return t.enabled(ctx, l)
	}
	if s&spansBit != 0 {
		if sp := rawSpanFromContext(ctx); sp != nil && sp.overrides() {
			return l >= sp.override
		}
	}
	return l >= stateStatic(s)
}

// Enabled reports whether an event of level l in ctx would be recorded.
// Use it to skip expensive work done only for an event's fields.
func (t *Target) Enabled(ctx context.Context, l Level) bool {
	return t.maybe(l) && t.enabledInstalled(ctx, l)
}

// enabledInstalled is the rest of Enabled once maybe has passed: a level
// that no directive enables costs only maybe's load and comparison.
func (t *Target) enabledInstalled(ctx context.Context, l Level) bool {
	return t.enabled(ctx, min(l, LevelOff-1)) && current.Load() != nil
}

// Trace records an event at LevelTrace.
func (t *Target) Trace(ctx context.Context, msg string, fields ...Field) {
	if t.lox.Load() <= uint32(bias+LevelTrace) { // t.maybe(LevelTrace), inlined
		t.log(ctx, LevelTrace, msg, fields)
	}
}

// Debug records an event at LevelDebug.
func (t *Target) Debug(ctx context.Context, msg string, fields ...Field) {
	if t.lox.Load() <= uint32(bias+LevelDebug) { // t.maybe(LevelDebug), inlined
		t.log(ctx, LevelDebug, msg, fields)
	}
}

// Info records an event at LevelInfo.
func (t *Target) Info(ctx context.Context, msg string, fields ...Field) {
	if t.lox.Load() <= uint32(bias+LevelInfo) { // t.maybe(LevelInfo), inlined
		t.log(ctx, LevelInfo, msg, fields)
	}
}

// Warn records an event at LevelWarn.
func (t *Target) Warn(ctx context.Context, msg string, fields ...Field) {
	if t.lox.Load() <= uint32(bias+LevelWarn) { // t.maybe(LevelWarn), inlined
		t.log(ctx, LevelWarn, msg, fields)
	}
}

// Error records an event at LevelError.
func (t *Target) Error(ctx context.Context, msg string, fields ...Field) {
	if t.lox.Load() <= uint32(bias+LevelError) { // t.maybe(LevelError), inlined
		t.log(ctx, LevelError, msg, fields)
	}
}

// Log records an event at level.
func (t *Target) Log(ctx context.Context, level Level, msg string, fields ...Field) {
	if t.maybe(level) {
		t.log(ctx, level, msg, fields)
	}
}
