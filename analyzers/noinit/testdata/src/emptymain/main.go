package main // want package:"emits tracing"

// An imported package emits in its init; main is empty.

import _ "wrapper"

func main() {} // want `events from this program go nowhere`
