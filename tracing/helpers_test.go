package tracing

import (
	"bytes"
	"context"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// fixedTime is the clock of the tests.
var fixedTime = time.Date(2026, 11, 25, 10, 0, 0, 123456789, time.UTC)

// newEvent returns an event with the given parts and no span.
func newEvent(t time.Time, level Level, msg string, fields ...Field) Event {
	e := Event{Time: t, Level: level, Message: msg}
	e.AddFields(fields...)
	return e
}

// install installs s with a fixed clock for the duration of the test.
func install(t testing.TB, s Subscriber) {
	t.Helper()
	oldNow := now
	now = func() time.Time { return fixedTime }
	SetDefault(s)
	t.Cleanup(func() {
		SetDefault(nil)
		now = oldNow
	})
}

// textLines installs a text subscriber with opts (Color forced off) and
// returns its output buffer.
func textOutput(t testing.TB, opts Options) *syncBuffer {
	t.Helper()
	var buf syncBuffer
	if opts.Color == ColorAuto {
		opts.Color = ColorNever
	}
	install(t, NewTextSubscriber(&buf, &opts))
	return &buf
}

func jsonOutput(t testing.TB, opts Options) *syncBuffer {
	t.Helper()
	var buf syncBuffer
	install(t, NewJSONSubscriber(&buf, &opts))
	return &buf
}

// syncBuffer is a bytes.Buffer safe for concurrent use.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

func (b *syncBuffer) Reset() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.b.Reset()
}

func (b *syncBuffer) Lines() []string {
	s := strings.TrimSuffix(b.String(), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// capture is a Subscriber that keeps what it receives.
type capture struct {
	filter *Filter
	mu     sync.Mutex
	events []Event
	starts []*Span
	ends   []*Span
	recs   [][]Field
}

func (c *capture) Filter() *Filter { return c.filter }

func (c *capture) Event(_ context.Context, e Event) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.events = append(c.events, e.Clone())
}

func (c *capture) StartSpan(s *Span) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.starts = append(c.starts, s)
}

func (c *capture) RecordSpan(s *Span, fs []Field) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.recs = append(c.recs, fs)
}

func (c *capture) EndSpan(s *Span) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ends = append(c.ends, s)
}

func (c *capture) messages() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var ms []string
	for _, e := range c.events {
		ms = append(ms, e.Message)
	}
	return ms
}

// stdout writes to os.Stdout as it is when Write is called, which
// examples replace.
type stdout struct{}

func (stdout) Write(p []byte) (int, error) { return os.Stdout.Write(p) }
