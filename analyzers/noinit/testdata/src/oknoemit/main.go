// A program that uses tracing but emits nothing.
package main

import (
	"fmt"

	"github.com/tracelint/tracelint/tracing"
)

func main() { fmt.Println(tracing.String("k", "v")) }
