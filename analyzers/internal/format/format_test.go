package format

import (
	"fmt"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	type want struct {
		verb              rune
		arg               int
		flags             string
		width, prec       int
		wstar, pstar      bool
		indexed, badIndex bool
		text              string // format[Pos:End]
	}
	for _, tc := range []struct {
		format string
		want   []want
	}{
		{"hello", nil},
		{"%d", []want{{verb: 'd', arg: 0, width: -1, prec: -1, text: "%d"}}},
		{"a %s b %v", []want{
			{verb: 's', arg: 0, width: -1, prec: -1, text: "%s"},
			{verb: 'v', arg: 1, width: -1, prec: -1, text: "%v"},
		}},
		{"100%%", []want{{verb: '%', arg: -1, width: -1, prec: -1, text: "%%"}}},
		{"%-08.3f", []want{{verb: 'f', arg: 0, flags: "-0", width: 8, prec: 3, text: "%-08.3f"}}},
		{"%+#v", []want{{verb: 'v', arg: 0, flags: "+#", width: -1, prec: -1, text: "%+#v"}}},
		{"%.f", []want{{verb: 'f', arg: 0, width: -1, prec: 0, text: "%.f"}}},
		{"%*d", []want{{verb: 'd', arg: 1, width: -1, prec: -1, wstar: true, text: "%*d"}}},
		{"%.*f", []want{{verb: 'f', arg: 1, width: -1, prec: -1, pstar: true, text: "%.*f"}}},
		{"%[2]d %[1]d", []want{
			{verb: 'd', arg: 1, width: -1, prec: -1, indexed: true, text: "%[2]d"},
			{verb: 'd', arg: 0, width: -1, prec: -1, indexed: true, text: "%[1]d"},
		}},
		{"%[2]d %d", []want{
			{verb: 'd', arg: 1, width: -1, prec: -1, indexed: true, text: "%[2]d"},
			{verb: 'd', arg: 2, width: -1, prec: -1, text: "%d"},
		}},
		{"%[x]d", []want{{verb: 'd', arg: -1, width: -1, prec: -1, indexed: true, badIndex: true, text: "%[x]d"}}},
		{"%[0]d", []want{{verb: 'd', arg: -1, width: -1, prec: -1, indexed: true, badIndex: true, text: "%[0]d"}}},
		{"%[1]5d", []want{{verb: 'd', arg: -1, width: 5, prec: -1, indexed: true, badIndex: true, text: "%[1]5d"}}},
		{"%[]d", []want{{verb: 'd', arg: -1, width: -1, prec: -1, indexed: true, badIndex: true, text: "%[]d"}}},
		{"%[0][1]d", []want{{verb: '[', arg: -1, width: -1, prec: -1, indexed: true, badIndex: true, text: "%[0]["}}},
		{"%[1", []want{{verb: 0, arg: -1, width: 1, prec: -1, indexed: true, badIndex: true, text: "%[1"}}},
		{"%-", []want{{verb: 0, arg: -1, flags: "-", width: -1, prec: -1, text: "%-"}}},
		{"%", []want{{verb: 0, arg: -1, width: -1, prec: -1, text: "%"}}},
		{"%.", []want{{verb: '.', arg: 0, width: -1, prec: -1, text: "%."}}},
		{"%z", []want{{verb: 'z', arg: 0, width: -1, prec: -1, text: "%z"}}},
		{"%é", []want{{verb: 'é', arg: 0, width: -1, prec: -1, text: "%é"}}},
		{"%12345678d", []want{{verb: 0, arg: -1, width: -1, prec: -1, text: "%12345678d"}}},
	} {
		ds := Parse(tc.format)
		if len(ds) != len(tc.want) {
			t.Errorf("Parse(%q): %d directives, want %d: %+v", tc.format, len(ds), len(tc.want), ds)
			continue
		}
		for i, d := range ds {
			got := want{d.Verb, d.Arg, d.Flags, d.Width, d.Prec, d.WidthStar, d.PrecStar, d.Indexed, d.BadIndex, tc.format[d.Pos:d.End]}
			if got != tc.want[i] {
				t.Errorf("Parse(%q)[%d] = %+v, want %+v", tc.format, i, got, tc.want[i])
			}
		}
	}
}

func TestOperands(t *testing.T) {
	for format, want := range map[string]int{
		"":            0,
		"%%":          0,
		"%d %s":       2,
		"%*d":         2,
		"%*.*f":       3,
		"%[3]d":       3,
		"%[2]d %[1]d": 2,
		"%[x]d":       0,
	} {
		if got := Operands(Parse(format)); got != want {
			t.Errorf("Operands(%q) = %d, want %d", format, got, want)
		}
	}
}

func TestPredicates(t *testing.T) {
	for format, want := range map[string][3]bool{ // Plain, Literal, Valid
		"%d":    {true, false, true},
		"%5d":   {false, false, true},
		"%.2f":  {false, false, true},
		"%+v":   {false, false, true},
		"%[1]d": {false, false, true},
		"%%":    {true, true, true},
		"%z":    {true, false, false},
		"%w":    {true, false, false},
	} {
		d := Parse(format)[0]
		if got := [3]bool{d.Plain(), d.Literal(), d.Valid()}; got != want {
			t.Errorf("%q: Plain, Literal, Valid = %v, want %v", format, got, want)
		}
	}
}

// checkAgainstFmt checks Parse against fmt itself: given exactly the
// operands Parse says a format uses, fmt reports neither a missing nor
// an extra operand; given one fewer, it reports a missing one.
func checkAgainstFmt(t *testing.T, format string) {
	ds := Parse(format)
	// Directives are in order, disjoint, and start with '%'.
	prev := 0
	for _, d := range ds {
		if d.Pos < prev || d.End <= d.Pos || d.End > len(format) || format[d.Pos] != '%' {
			t.Fatalf("Parse(%q): bad range %d:%d after %d", format, d.Pos, d.End, prev)
		}
		prev = d.End
	}
	if strings.Contains(format, "[") || strings.Contains(format, "MISSING") || strings.Contains(format, "EXTRA") {
		return // indexes make fmt's counting depend on the operands' number
	}
	n := Operands(ds)
	args := make([]any, n)
	for i := range args {
		args[i] = 1
	}
	out := fmt.Sprintf(format, args...)
	if strings.Contains(out, "%!(EXTRA") || strings.Contains(out, "(MISSING)") {
		t.Errorf("Sprintf(%q) with %d operands = %q", format, n, out)
	}
	if n > 0 {
		out := fmt.Sprintf(format, args[:n-1]...)
		if !strings.Contains(out, "(MISSING)") && !strings.Contains(out, "%!(BADWIDTH)") && !strings.Contains(out, "%!(BADPREC)") {
			t.Errorf("Sprintf(%q) with %d operands = %q, want a missing operand", format, n-1, out)
		}
	}
}

func TestAgainstFmt(t *testing.T) {
	for _, f := range []string{"", "%", "%%", "%d", "%5.2f %s", "%*d", "%.*d", "%*.*x", "%-", "%.", "%z", "a%", "%+ #0-5.3v", "%12345678d %d", "%\xff"} {
		checkAgainstFmt(t, f)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"%d", "%[2]*.[1]*d", "%-08.3f%%", "%.", "%[1", "100%% %s", "%*d"} {
		f.Add(s)
	}
	f.Fuzz(checkAgainstFmt)
}
