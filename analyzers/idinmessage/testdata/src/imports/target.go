package imports

import "github.com/tracelint/tracelint/tracing"

var tr = tracing.NewTarget("imports")
