package clean

func f() {
	x() // want `call of x`
}

func x() {}
