package broken

// The package does not type-check; the call of x still does.

func f() {
	undefined()
	x() // want `call of x`
}

func x() {}
