// Package component holds messages prefixed with the name of the
// component that logs them, a field of the value whose logger emits the
// event: the logger's name, not a value of the event.
package component

import (
	"context"
	"log/slog"
)

// Base is embedded in services: a logger and the name that prefixes
// every line the service logs.
type Base struct {
	Logger *slog.Logger
	Name   string
}

const logPrefixStarted = ": Run loop started"

type Producer struct {
	Base
	queue string
}

// Not reported: the name of the component that logs, then constant
// text.
func (p *Producer) run(ctx context.Context, err error) {
	p.Logger.DebugContext(ctx, p.Name+": Stopping", slog.String("queue", p.queue))
	p.Logger.ErrorContext(ctx, p.Name+": Error fetching jobs", slog.String("err", err.Error()))
	p.Logger.DebugContext(ctx, p.Name+logPrefixStarted)
	p.Logger.With("queue", p.queue).InfoContext(ctx, p.Name+": Paused")
	msg := p.Name + ": Resumed"
	p.Logger.InfoContext(ctx, msg)
}

// The component's name and a value: only the value is reported, and the
// fix keeps the name in the message.
func (p *Producer) values(ctx context.Context, id string, message string) {
	p.Logger.InfoContext(ctx, p.Name+": Job "+id+" done", slog.String("queue", p.queue)) // want `^id is formatted into the message`
	p.Logger.InfoContext(ctx, p.Name+": "+message)                                       // want `^message is formatted into the message`
	p.Logger.InfoContext(ctx, p.Name+": Completed: "+id,                                 // want `^id is formatted into the message`
		slog.String("queue", p.queue),
	)
}

// A base held in a field, or passed as a parameter, with its logger.
type Client struct {
	base *Base
}

func (c *Client) stop(ctx context.Context) {
	c.base.Logger.DebugContext(ctx, c.base.Name+": Stopping producers")
}

func complete(ctx context.Context, b *Base) {
	b.Logger.ErrorContext(ctx, b.Name+": Too many errors; giving up")
}

// A component's name passed down to a function that logs it first: every
// call passes the name of a component (a string field of a value that
// holds a logger).
type Stats struct {
	Logger *slog.Logger
	jobs   int
}

func (s *Stats) logStats(ctx context.Context, svcName string) {
	s.Logger.DebugContext(ctx, svcName+": Job stats", "jobs", s.jobs)
}

func (c *Client) tick(ctx context.Context, st *Stats) {
	st.logStats(ctx, c.base.Name)
}

// A logger embedded in the component.
type Conn struct {
	*slog.Logger
	name string
}

func (c *Conn) close() {
	c.Info(c.name + ": closed")
}

type Session struct {
	Logger *slog.Logger
	ID     string
	User   *User
}

type User struct{ Name string }

// Not reported, a limit of the rule: a string field of the value whose
// logger logs, before ": text", is taken for the component's name even
// when it is set per instance.
func (s *Session) limit(ctx context.Context) {
	s.Logger.InfoContext(ctx, s.ID+": opened")
}

// Reported: a parameter that callers fill with other values, or a
// function used as a value (its callers are out of view).
func greet(l *slog.Logger, user string) {
	l.Info(user + ": welcome") // want `^user is formatted into the message`
}

func greetAll(l *slog.Logger, users []User) {
	for _, u := range users {
		greet(l, u.Name)
	}
}

func announce(l *slog.Logger, name string) {
	l.Info(name + ": here") // want `^name is formatted into the message`
}

func announceLater(c *Client) func(*slog.Logger, string) {
	announce(c.base.Logger, c.base.Name)
	return announce
}

// Reported: not the prefix of the value's own logger, or not followed by
// ": constant text".
func (s *Session) reported(ctx context.Context, p *Producer, other *slog.Logger) {
	other.InfoContext(ctx, s.ID+": opened")               // want `^s.ID is formatted into the message`
	slog.Info(p.Name + ": started")                       // want `^p.Name is formatted into the message`
	s.Logger.InfoContext(ctx, s.User.Name+": logged in")  // want `^s.User.Name is formatted into the message`
	s.Logger.InfoContext(ctx, s.ID+" opened")             // want `^s.ID is formatted into the message`
	s.Logger.InfoContext(ctx, "session "+s.ID+": opened") // want `^s.ID is formatted into the message`
	p.Logger.InfoContext(ctx, s.ID+": opened")            // want `^s.ID is formatted into the message`
}
