package nocompile

// The fix of a's call writes a call of b, which is not declared.

func f() {
	a() // want `call of a`
}

func a() {}
