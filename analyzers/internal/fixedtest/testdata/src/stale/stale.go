package stale

// A call of x has no fix: the golden file is never compared.

func f() {
	x() // want `call of x`
}

func x() {}
