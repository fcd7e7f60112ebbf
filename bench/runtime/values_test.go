package runtimebench

import (
	"errors"
	"time"
)

// The values every library logs. They are variables, not constants, so
// that no library's calls can be folded at compile time.
var (
	msgDisabled = "cache lookup"
	msg3        = "request served"
	msg10       = "request failed"
	msgStatic   = "request served"

	// the 3 fields of Disabled3, Msg3 and Nested3
	vPath   = "/api/v1/users/42"
	vStatus = 200
	vCached = true

	// the 10 fields of Msg10 and Ctx10, in this order:
	// method, path, status, bytes, cached, ratio, elapsed, started, error, user
	vMethod  = "GET"
	vBytes   = 5120
	vRatio   = 0.875
	vElapsed = 1500 * time.Microsecond
	vStarted = time.Date(2026, 11, 25, 10, 0, 0, 123456789, time.UTC)
	vErr     = errors.New("connection reset by peer")
	vUser    = "alice@example.com"

	// the span chain of Nested3
	vRequestID = "req-7f3a2c"
	vShard     = 3
)

// nFields is the number of keys each case adds to the record besides the
// library's own time, level and message keys (checked by TestOutput).
const (
	nFields3  = 3
	nFields10 = 10
)
