package fixed

func f() {
	a() // want `call of a`
	x() // want `call of x`
}

func a() {}
func b() {}
func x() {}
