// Command app emits only through lib and never installs a subscriber.
package main

import (
	"context"

	"example.com/vetmod/lib"
)

func main() {
	lib.Work(context.Background())
}
