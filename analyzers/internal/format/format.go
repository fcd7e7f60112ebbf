// Package format parses the format strings of fmt's printf family the
// way fmt itself reads them: flags, width, precision, explicit argument
// indexes and verbs, and which operand each verb formats.
//
// It exists so that analyzers can take a format apart (to turn its
// operands into fields) without guessing; its behaviour is tested
// against fmt.Sprintf.
package format

import "unicode/utf8"

// A Directive is one conversion of a format: a '%' up to and
// including its verb.
type Directive struct {
	Pos, End int // byte range of the directive in the format

	Flags string // of "+-# 0", in the order written
	Width int    // -1 when absent or given by '*'
	Prec  int    // -1 when absent or given by '*'; "%.f" has Prec 0

	WidthStar bool // width comes from an operand ('*')
	PrecStar  bool // precision comes from an operand ('.*')

	// Indexed reports an explicit argument index ([n]) anywhere in
	// the directive; BadIndex reports one that fmt cannot read
	// ("[x]", "[0]", a missing ']'). fmt prints %!v(BADINDEX) for it.
	Indexed, BadIndex bool

	// Verb is the verb, or 0 when the format ends before it
	// ("%-" prints %!(NOVERB)). '%' is the literal percent sign.
	Verb rune

	// Arg is the index (from 0) of the operand the verb formats, or -1
	// when it formats none (a literal "%%", a missing verb, a bad
	// index). Operands consumed by '*' are in Stars.
	Arg   int
	Stars []int
}

// Literal reports whether d is "%%" (with or without flags): it prints
// a percent sign and formats no operand.
func (d *Directive) Literal() bool { return d.Verb == '%' }

// Plain reports whether d is a verb with neither flags, width,
// precision nor argument index: "%d", not "%5d", "%+v" or "%[1]d".
func (d *Directive) Plain() bool {
	return d.Flags == "" && d.Width < 0 && d.Prec < 0 && !d.WidthStar && !d.PrecStar && !d.Indexed
}

// Valid reports whether fmt knows the verb. An unknown verb ("%z") still
// formats its operand, but as an error: %!z(int=1).
func (d *Directive) Valid() bool {
	switch d.Verb {
	case 'b', 'c', 'd', 'e', 'E', 'f', 'F', 'g', 'G', 'o', 'O', 'p', 'q', 's', 't', 'T', 'U', 'v', 'x', 'X', '%':
		return true
	}
	return false
}

// Parse returns the directives of format in order. It never fails: a
// malformed directive is returned with its Verb, Arg or BadIndex saying
// how fmt would treat it.
func Parse(format string) []Directive {
	var ds []Directive
	argNum := 0 // the next operand, as fmt counts
	for i := 0; i < len(format); {
		if format[i] != '%' {
			i++
			continue
		}
		d := Directive{Pos: i, Width: -1, Prec: -1, Arg: -1}
		i++

		// Flags.
		for i < len(format) && isFlag(format[i]) {
			d.Flags += format[i : i+1]
			i++
		}

		// An argument index before the width.
		afterIndex := false
		argNum, i, afterIndex = d.argIndex(format, i, argNum)

		// Width: '*' or a number.
		if i < len(format) && format[i] == '*' {
			i++
			d.WidthStar = true
			d.Stars = append(d.Stars, argNum)
			argNum++
			afterIndex = false
		} else {
			var present bool
			d.Width, i, present = number(format, i)
			if afterIndex && present {
				d.BadIndex = true // "%[1]5d": an index must come right before a verb or '*'
			}
		}

		// Precision: '.' then '*' or a number (possibly empty, meaning 0).
		if i+1 < len(format) && format[i] == '.' { // a final '.' is the verb
			i++
			if afterIndex {
				d.BadIndex = true // "%[1].2d"
			}
			argNum, i, afterIndex = d.argIndex(format, i, argNum)
			if i < len(format) && format[i] == '*' {
				i++
				d.PrecStar = true
				d.Stars = append(d.Stars, argNum)
				argNum++
				afterIndex = false
			} else {
				var present bool
				d.Prec, i, present = number(format, i)
				if !present {
					d.Prec = 0
				}
			}
		}

		// An argument index right before the verb.
		if !afterIndex {
			argNum, i, _ = d.argIndex(format, i, argNum)
		}

		if i >= len(format) {
			d.End = len(format) // %!(NOVERB)
			ds = append(ds, d)
			break
		}
		verb, size := utf8.DecodeRuneInString(format[i:])
		i += size
		d.Verb = verb
		d.End = i
		switch {
		case verb == '%':
			// Prints '%', formats nothing.
		case d.BadIndex:
			// %!v(BADINDEX), formats nothing.
		default:
			d.Arg = argNum
			argNum++
		}
		ds = append(ds, d)
	}
	return ds
}

func isFlag(c byte) bool {
	switch c {
	case '#', '0', '+', '-', ' ':
		return true
	}
	return false
}

// number reads a decimal number at format[i:], as fmt's parsenum does:
// an absurdly long number (over a million) makes fmt give up on the
// rest of the format, so next is then len(format).
func number(format string, i int) (n, next int, present bool) {
	return numberUpTo(format, i, len(format))
}

func numberUpTo(format string, i, end int) (n, next int, present bool) {
	n = -1
	for ; i < end && '0' <= format[i] && format[i] <= '9'; i++ {
		if n < 0 {
			n = 0
		}
		if n > 1e6 {
			return -1, end, false
		}
		n = n*10 + int(format[i]-'0')
		present = true
	}
	return n, i, present
}

// argIndex reads an explicit argument index "[n]" at format[i:], as
// fmt's argNumber does. It returns the operand the next verb or '*'
// formats, the position after the index, and whether an index in
// brackets was read (even one out of range, such as "[0]").
func (d *Directive) argIndex(format string, i, argNum int) (int, int, bool) {
	if i >= len(format) || format[i] != '[' {
		return argNum, i, false
	}
	d.Indexed = true
	if len(format)-i < 3 { // "[n]" takes three bytes at least
		d.BadIndex = true
		return argNum, i + 1, false
	}
	for j := i + 1; j < len(format); j++ {
		if format[j] != ']' {
			continue
		}
		n, next, present := numberUpTo(format, i+1, j)
		if !present || next != j {
			d.BadIndex = true
			return argNum, j + 1, false
		}
		if n < 1 {
			d.BadIndex = true // "[0]"
			return argNum, j + 1, true
		}
		return n - 1, j + 1, true
	}
	d.BadIndex = true // no ']': fmt skips the '[' alone
	return argNum, i + 1, false
}

// Operands returns how many operands the directives consume, as fmt
// counts them: one more than the highest operand index used (by a verb
// or a '*'), so that "%d %d" uses 2 and "%[3]d" uses 3.
func Operands(ds []Directive) int {
	n := 0
	for i := range ds {
		d := &ds[i]
		if d.Arg >= n {
			n = d.Arg + 1
		}
		for _, s := range d.Stars {
			if s >= n {
				n = s + 1
			}
		}
	}
	return n
}
