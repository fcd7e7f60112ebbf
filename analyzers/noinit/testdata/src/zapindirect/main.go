package main // want package:"emits zap"

// main logs only through a package that uses zap's globals. Without
// module information (as here) every package counts; in module mode
// only those of main's module do (see the end-to-end test).

import "zaplib"

func main() { // want `events from this program go nowhere: main never installs a zap global logger`
	zaplib.Log("starting")
}
