package chain

// The fix of c's call writes a call of a, which draws a fixable
// diagnostic of its own.

func f() {
	c() // want `call of c`
}

func a() {}
func c() {}
