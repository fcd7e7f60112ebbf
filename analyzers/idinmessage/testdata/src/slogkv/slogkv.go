// Package slogkv holds messages of log/slog calls that take key-value
// pairs: slog's functions and *Logger methods, also through chains.
package slogkv

import (
	"context"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"strconv"
)

type Order struct {
	ID    string
	Total int
}

type Request struct {
	URL struct{ Path string }
}

func sprintf(userID int, o Order, req *Request) {
	slog.Info(fmt.Sprintf("User %d logged in", userID))                   // want `userID is formatted into the message; record it as a field so it can be queried`
	slog.Warn(fmt.Sprintf("order %s: total %d", o.ID, o.Total))           // want `o.ID and o.Total are formatted into the message; record them as fields so they can be queried`
	slog.Error(fmt.Sprintf("GET %s failed", req.URL.Path), "status", 500) // want `req.URL.Path is formatted into the message`
	slog.Debug(fmt.Sprintf("user=%v", userID), "user_id", 1)              // want `userID is formatted`
	slog.Info(fmt.Sprintf("%d/%d done", userID, userID))                  // want `userID is formatted`
	slog.Info(fmt.Sprintf("retry %d of %d (%s)", userID, 3, "backoff"))   // want `userID is formatted`
	slog.Info(fmt.Sprint("user ", userID, " logged in"))                  // want `userID is formatted`
	slog.Info(fmt.Sprintln("user", userID, "logged out"))                 // want `userID is formatted`
	slog.Info(fmt.Sprintf("request %q (%s) done", req.URL.Path, o.ID))    // want `req.URL.Path and o.ID are formatted`
}

func concat(ctx context.Context, name string, n int, err error) {
	slog.Info("hello " + name)                                                 // want `name is formatted into the message`
	slog.InfoContext(ctx, "processed "+strconv.Itoa(n)+" items")               // want `n is formatted into the message`
	slog.Error("failed: " + err.Error())                                       // want `err is formatted into the message`
	slog.Error("load config: " + fmt.Errorf("read %s: %w", name, err).Error()) // want `fmt.Errorf\("read %s: %w", name, err\) is formatted`
	slog.Warn("flag is " + strconv.FormatBool(n > 0))                          // want `n > 0 is formatted`
	slog.Warn("flag " + strconv.FormatBool(n > 0))                             // want `n > 0 is formatted`
	slog.Warn("count " + strconv.FormatInt(int64(n), 10))                      // want `int64\(n\) is formatted`
	slog.Warn("quoted " + strconv.Quote(name))                                 // want `strconv.Quote\(name\) is formatted`
}

func logger(ctx context.Context, l *slog.Logger, id string) {
	l.Info("user " + id)                                                       // want `id is formatted`
	l.With("id", id).Warn("lookup " + id)                                      // want `^id is already recorded as id; remove it from the message so that the message is constant$`
	l.WithGroup("g").With("a", 1).Error(fmt.Sprintf("bad %s", id))             // want `id is formatted`
	l.Log(ctx, slog.LevelInfo, "level log "+id, "k", 1)                        // want `id is formatted`
	l.DebugContext(ctx, "debug "+id)                                           // want `id is formatted`
	slog.Info("user "+id, "id", id)                                            // want `^id is already recorded as id;`
	slog.Info("user "+id+" in "+l.Handler().(fmt.Stringer).String(), "id", id) // want `^l.Handler\(\).\(fmt.Stringer\).String\(\) is formatted into the message; record it as a field so it can be queried \(id is already recorded as id\)$`
}

// Whole-message values: reported, but no words would be left.
func noWords(err error, n int, id string) {
	slog.Error(err.Error())                 // want `err is formatted into the message`
	slog.Info(strconv.Itoa(n))              // want `n is formatted into the message`
	slog.Info(fmt.Sprintf("%s: %d", id, n)) // want `id and n are formatted`
	slog.Info(fmt.Sprint(n))                // want `n is formatted`
}

// Fields cannot be appended to these calls.
func notAppendable(id string, attrs []any) {
	slog.Info("spread "+id, attrs...) // want `id is formatted`
	slog.Info("dangling "+id, "key")  // want `id is formatted`
}

func getMessage() string { return "m" }

type service struct{ msg string }

// Never reported.
func negatives(ctx context.Context, msg string, s service, id string, err error) {
	slog.Info("constant")
	slog.Info("a " + "b")
	const prefix = "service: "
	slog.Info(prefix + "started")
	slog.Info(fmt.Sprintf("100%% done"))
	slog.Info(fmt.Sprintf("%d items", 3))
	slog.Info(fmt.Sprint("a", 1))
	slog.Info(strconv.Itoa(5))
	slog.Info(msg)
	slog.Info(s.msg)
	slog.Info(getMessage())
	slog.Info(fmt.Sprintf(msg, id)) // a printf-style wrapper: its callers are to blame
	slog.Info("ok", "id", id)
	log.Printf("user %s logged in", id)
	_ = fmt.Errorf("lookup %s: %w", id, err)
	_ = errors.New("x " + id)
	fmt.Println("user " + id)
}

func wrapper(format string, args ...any) {
	slog.Info(fmt.Sprintf(format, args...))
}

// Where Sprint puts a space beside an operand of interface type depends
// on its dynamic type (a string or not): no fix can write the text.
func sprintInterface(v any, n int) {
	slog.Info(fmt.Sprint("shard ", v, n)) // want `v and n are formatted into the message`
	slog.Info(fmt.Sprint(n, v, " done"))  // want `n and v are formatted into the message`
}
