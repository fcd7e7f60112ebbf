package tracing

import "os"

// stdout writes to os.Stdout as it is when Write is called, which
// examples replace.
type stdout struct{}

func (stdout) Write(p []byte) (int, error) { return os.Stdout.Write(p) }
