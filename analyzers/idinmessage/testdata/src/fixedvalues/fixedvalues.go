// Package fixedvalues holds values that look like values but hold a
// fixed text, and the nearest ones that do vary.
package fixedvalues

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"fixedvalues/wire"
	pkgerrors "github.com/pkg/errors"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
	"go.uber.org/zap"
)

// An adapter of a Println-style interface over a structured logger: its
// callers' message, not its own. A format of its own (Notef) makes the
// message its own.
type printer struct{ l *zap.Logger }

func (p printer) Println(args ...any)          { p.l.Info(fmt.Sprint(args...)) }
func (p printer) Printf(f string, args ...any) { p.l.Info(fmt.Sprintf(f, args...)) }
func (p printer) Notef(a ...any)               { p.l.Warn(fmt.Sprintf("note %v", a...)) } // want `a is formatted into the message`

func spreadLocal(l *zap.Logger, id string) {
	args := []any{id}
	l.Info(fmt.Sprint(args...)) // want `args is formatted into the message`
}

// Errors made from a constant text.
func constErrors(l *zap.Logger, n int, retry bool) {
	err := errors.New("failed to obtain replacer from request")
	l.Error(err.Error())
	l.Error(fmt.Sprintf("giving up: %v", err))

	err2 := errors.New("no route")
	if retry {
		err2 = fmt.Errorf("no route after %d tries", n)
	}
	l.Error(err2.Error()) // want `err2 is formatted into the message`

	// Sentinels: package-level errors made from a constant text, which
	// the package never assigns.
	l.Debug(ErrBusy.Error())
	l.Debug(fmt.Sprintf("transfer: %v", ErrBusy))
	l.Debug(errMoved.Error()) // want `errMoved is formatted into the message`

	// github.com/pkg/errors' New adds a stack, not text; in a goroutine
	// that declares it too.
	go func() {
		err := pkgerrors.New("got SIGTERM")
		l.Info(err.Error())
		err = pkgerrors.New("got 2 SIGTERMs")
		l.Fatal(err.Error())
	}()
}

var (
	ErrBusy  = errors.New("leadership transfer in progress")
	errMoved = fmt.Errorf("moved")
)

func move(n int) { errMoved = fmt.Errorf("moved %d", n) }

// Constants of named types.
type level int

const (
	minTimeout       = 5 * time.Second
	lv         level = 3
)

func namedConsts(n int) {
	slog.Info(fmt.Sprintf("timeout increased to minimum value: %v", minTimeout))
	slog.Info(fmt.Sprintf("level %d", lv))
	slog.Info(fmt.Sprintf("timeout %v for %d peers", minTimeout, n)) // want `n is formatted into the message`
}

// Package-level variables that the package never changes.
var (
	confStateName = []byte("confState")
	appName       = "etcd"
	generation    = 0
	scratch       = []byte("scratch")
)

func bump() {
	generation++
	copy(scratch, "x")
}

func globals(l *zap.Logger, n int) {
	l.Panic("unexpected number of key: " + string(confStateName) + " in backend")
	l.Info(appName + " started")
	l.Info(fmt.Sprintf("generation %d", generation)) // want `generation is formatted into the message`
	l.Info("key " + string(scratch))                 // want `string\(scratch\) is formatted into the message`
}

// Package-level structs whose fields a literal sets to constants: a
// command-line flag's name. Only the fields never assigned are fixed.
type flagDef struct {
	Name  string
	Value string
}

var (
	portFlag = &flagDef{Name: "metrics.port", Value: "6060"}
	hostFlag = flagDef{Name: "metrics.host"}
)

func setHost(v string) { hostFlag.Name = v }

func flagFields(l *zap.Logger) {
	l.Warn(fmt.Sprintf("--%s given without --metrics, the server will not start", portFlag.Name))
	l.Warn("--" + portFlag.Name + " is deprecated")
	l.Warn(fmt.Sprintf("--%s is ignored", hostFlag.Name)) // want `hostFlag.Name is formatted into the message`
}

// The kind of a protocol message, named by a method that every message
// type of the protocol's package answers with a constant: one of a few
// texts, as %T would print; also when a helper takes it as a parameter.
// A peer's name is computed by one of its types: a value.
func packets(l *zap.Logger, p wire.Packet, peer wire.Peer) {
	l.Debug("<< " + p.Name())
	l.Debug(fmt.Sprintf("unsolicited %s response", p.Name()))
	write(l, p.Name())
	var ping wire.Ping
	l.Debug("invalid " + ping.Name())
	h := handler{p}
	l.Debug("<< " + h.Name())
	l.Info("hello " + peer.Name()) // want `peer.Name\(\) is formatted into the message`
}

func write(l *zap.Logger, what string) { l.Debug(">> " + what) }

// handler embeds the packet it handles.
type handler struct{ wire.Packet }

// A helper that names spans, each caller passing a constant: one span
// name per call site.
func startTrace(ctx context.Context, name string) (context.Context, trace.Span) {
	return tracer.Start(ctx, "mysql."+name)
}

// An exported one may be called from anywhere with anything.
func StartTrace(ctx context.Context, name string) (context.Context, trace.Span) {
	return tracer.Start(ctx, "mysql."+name) // want `name is formatted into the span name`
}

// Every caller of logFor passes a constant but one.
func logFor(l *zap.Logger, op string) { l.Info("running " + op) } // want `op is formatted into the message`

var tracer = otel.Tracer("fixedvalues")

func read(ctx context.Context, l *zap.Logger, op string) {
	ctx, span := startTrace(ctx, "Read")
	defer span.End()
	_, span2 := startTrace(ctx, "Read"+"Page")
	defer span2.End()
	StartTrace(ctx, "Write")
	logFor(l, "read")
	logFor(l, op)
}
