package suite

import (
	"flag"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/keys"
	"github.com/tracelint/tracelint/analyzers/internal/wrappers"
)

// fakes returns three analyzers shaped like the real ones: alpha has a
// keycase flag, beta keycase and ctxless, gamma none.
func fakes() []*analysis.Analyzer {
	mk := func(name string, flags func(fs *flag.FlagSet)) *analysis.Analyzer {
		a := &analysis.Analyzer{Name: name, Doc: name + ": fake", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
		flags(&a.Flags)
		return a
	}
	return []*analysis.Analyzer{
		mk("alpha", func(fs *flag.FlagSet) { fs.Var(new(keys.Case), "keycase", "") }),
		mk("beta", func(fs *flag.FlagSet) {
			fs.Var(new(keys.Case), "keycase", "")
			fs.Bool("ctxless", false, "")
		}),
		mk("gamma", func(fs *flag.FlagSet) {}),
	}
}

func names(as []*analysis.Analyzer) string {
	var s []string
	for _, a := range as {
		s = append(s, a.Name)
	}
	return strings.Join(s, ",")
}

func flagValue(as []*analysis.Analyzer, name, f string) string {
	for _, a := range as {
		if a.Name == name {
			return a.Flags.Lookup(f).Value.String()
		}
	}
	panic("no analyzer " + name)
}

func ptr[T any](v T) *T { return &v }

func TestApplySelects(t *testing.T) {
	for _, tc := range []struct {
		opts Options
		want string
	}{
		{Options{}, "alpha,beta,gamma"},
		{Options{Enable: []string{"gamma", "alpha"}}, "alpha,gamma"},
		{Options{Disable: []string{"beta"}}, "alpha,gamma"},
		{Options{Enable: []string{"alpha", "beta"}, Disable: []string{"beta"}}, ""},
	} {
		got, err := tc.opts.apply(fakes())
		if tc.want == "" {
			if err == nil || !strings.Contains(err.Error(), `"beta" is both enabled and disabled`) {
				t.Errorf("%+v: err = %v, want both enabled and disabled", tc.opts, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%+v: %v", tc.opts, err)
			continue
		}
		if names(got) != tc.want {
			t.Errorf("%+v: enabled %s, want %s", tc.opts, names(got), tc.want)
		}
	}
}

func TestApplyErrors(t *testing.T) {
	for _, tc := range []struct {
		opts Options
		want string // substring of the error
	}{
		{Options{Enable: []string{"alpha", "delta"}}, `enable: unknown analyzer "delta" (known: alpha, beta, gamma)`},
		{Options{Disable: []string{"Alpha"}}, `disable: unknown analyzer "Alpha"`},
		{Options{Disable: []string{"alpha", "beta", "gamma"}}, "no analyzer left to run"},
		{Options{KeyCase: "shouty"}, `key-case: `},
		{Options{KeyCase: "shouty"}, `shouty`},
		{Options{Flags: map[string]map[string]any{"delta": {"x": "y"}}}, `flags: unknown analyzer "delta"`},
		{Options{Flags: map[string]map[string]any{"alpha": {"ctxless": true}}}, `flags.alpha.ctxless: analyzer alpha has no flag "ctxless" (flags: keycase)`},
		{Options{Flags: map[string]map[string]any{"gamma": {"x": true}}}, `analyzer gamma has no flag "x" (flags: none)`},
		{Options{Flags: map[string]map[string]any{"alpha": {"keycase": []any{"a"}}}}, `flags.alpha.keycase: value [a] is a []interface {}`},
		{Options{Flags: map[string]map[string]any{"alpha": {"keycase": "loud"}}}, `flags.alpha.keycase: invalid value "loud" for alpha.keycase`},
		{Options{Flags: map[string]map[string]any{"beta": {"ctxless": "maybe"}}}, `invalid value "maybe" for beta.ctxless`},
		{Options{KeyCase: "camel", Flags: map[string]map[string]any{"beta": {"keycase": "kebab"}}}, `key-case: beta.keycase is already set by flags.beta.keycase`},
		{Options{Wrappers: []string{"example.com/log.Info"}}, `wrappers: "example.com/log.Info": want NAME=LIBRARY`},
		{Options{Wrappers: []string{"example.com/log.Info=log4j"}}, `wrappers: "example.com/log.Info=log4j": unknown library`},
		{Options{Wrappers: []string{"example.com/log.Info=slog", " "}}, `wrappers: an empty entry`},
	} {
		_, err := tc.opts.apply(fakes())
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: err = %v, want it to contain %q", tc.opts, err, tc.want)
		}
	}
}

func TestApplyTypedOptionWithoutFlag(t *testing.T) {
	as := fakes()[2:] // gamma only: no keycase, no ctxless
	if _, err := (Options{KeyCase: "camel"}).apply(as); err == nil || !strings.Contains(err.Error(), "no analyzer has a keycase flag") {
		t.Errorf("err = %v", err)
	}
	if _, err := (Options{Ctxless: ptr(false)}).apply(as); err == nil || !strings.Contains(err.Error(), "no analyzer has a ctxless flag") {
		t.Errorf("err = %v", err)
	}
}

func TestApplySetsFlags(t *testing.T) {
	as := fakes()
	opts := Options{
		KeyCase: "camel",
		Ctxless: ptr(true),
		Flags:   map[string]map[string]any{"alpha": {"keycase": "kebab"}},
	}
	// key-case conflicts with flags.alpha.keycase: leave alpha to flags.
	if _, err := opts.apply(as); err == nil {
		t.Fatal("conflicting key-case and flags.alpha.keycase accepted")
	}

	opts = Options{KeyCase: "pascal", Ctxless: ptr(true)}
	if _, err := opts.apply(as); err != nil {
		t.Fatal(err)
	}
	for _, c := range [][3]string{{"alpha", "keycase", "pascal"}, {"beta", "keycase", "pascal"}, {"beta", "ctxless", "true"}} {
		if got := flagValue(as, c[0], c[1]); got != c[2] {
			t.Errorf("%s.%s = %s, want %s", c[0], c[1], got, c[2])
		}
	}

	// Numbers and booleans from the configuration become flag text.
	opts = Options{Flags: map[string]map[string]any{"beta": {"ctxless": false, "keycase": "kebab"}}}
	if _, err := opts.apply(as); err != nil {
		t.Fatal(err)
	}
	for _, c := range [][3]string{{"alpha", "keycase", "auto"}, {"beta", "keycase", "kebab"}, {"beta", "ctxless", "false"}} {
		if got := flagValue(as, c[0], c[1]); got != c[2] {
			t.Errorf("after flags: %s.%s = %s, want %s", c[0], c[1], got, c[2])
		}
	}

	// Apply depends only on its options: the zero value puts every flag
	// back to its default.
	if _, err := (Options{KeyCase: "camel", Ctxless: ptr(true)}).apply(as); err != nil {
		t.Fatal(err)
	}
	if _, err := (Options{}).apply(as); err != nil {
		t.Fatal(err)
	}
	for _, a := range as {
		a.Flags.VisitAll(func(f *flag.Flag) {
			if f.Value.String() != f.DefValue {
				t.Errorf("after zero Options: %s.%s = %s, want default %s", a.Name, f.Name, f.Value, f.DefValue)
			}
		})
	}
}

func TestFlagText(t *testing.T) {
	for _, tc := range []struct {
		in   any
		want string
	}{{"x", "x"}, {true, "true"}, {float64(3), "3"}, {1.5, "1.5"}, {7, "7"}} {
		got, err := flagText(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("flagText(%v) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	if _, err := flagText(nil); err == nil {
		t.Error("flagText(nil) succeeded")
	}
}

// TestAnalyzers checks the real list: distinct names, and every typed
// option reaching a real flag.
func TestAnalyzers(t *testing.T) {
	all := Analyzers()
	seen := map[string]bool{}
	for _, a := range all {
		if seen[a.Name] {
			t.Errorf("analyzer %s listed twice", a.Name)
		}
		seen[a.Name] = true
		if err := a.Flags.Parse(nil); err != nil { // flags are well-formed
			t.Errorf("%s flags: %v", a.Name, err)
		}
	}
	got, err := (Options{KeyCase: "camel", Ctxless: ptr(true)}).Apply()
	if err != nil {
		t.Fatal(err)
	}
	if names(got) != names(all) {
		t.Errorf("enabled %s, want %s", names(got), names(all))
	}
	set := 0
	for _, a := range all {
		for f, v := range map[string]string{"keycase": "camel", "ctxless": "true"} {
			if fl := a.Flags.Lookup(f); fl != nil {
				set++
				if fl.Value.String() != v {
					t.Errorf("%s.%s = %s, want %s", a.Name, f, fl.Value, v)
				}
			}
		}
	}
	if set < 2 {
		t.Errorf("key-case and ctxless reached %d flags, want at least one each", set)
	}
	// Back to the defaults, so that other tests see them.
	if _, err := (Options{}).Apply(); err != nil {
		t.Fatal(err)
	}
	for _, a := range all {
		a.Flags.VisitAll(func(f *flag.Flag) {
			if f.Value.String() != f.DefValue {
				t.Errorf("%s.%s = %s after Options{}.Apply, want default %s", a.Name, f.Name, f.Value, f.DefValue)
			}
		})
	}
}

// TestApplyPrintf checks that the printf option reaches idinmessage's
// printf flag, and that the zero Options put it back on.
func TestApplyPrintf(t *testing.T) {
	as, err := Options{Printf: ptr(false)}.Apply()
	if err != nil {
		t.Fatal(err)
	}
	if got := flagValue(as, "idinmessage", "printf"); got != "false" {
		t.Errorf("idinmessage.printf = %s, want false", got)
	}
	if as, err = (Options{}).Apply(); err != nil {
		t.Fatal(err)
	}
	if got := flagValue(as, "idinmessage", "printf"); got != "true" {
		t.Errorf("after zero Options: idinmessage.printf = %s, want true", got)
	}
}

func TestApplyWrappers(t *testing.T) {
	t.Cleanup(func() { wrappers.Declared.Set("") })
	if _, err := (Options{Wrappers: []string{"example.com/log.{Info,Warn}=slog", "example.com/log.Logger.Info=zap"}}).Apply(); err != nil {
		t.Fatal(err)
	}
	want := "example.com/log.{Info,Warn}=slog,example.com/log.Logger.Info=zap"
	if got := wrappers.Declared.String(); got != want {
		t.Errorf("-wrappers = %q, want %q", got, want)
	}
	if _, err := (Options{}).Apply(); err != nil {
		t.Fatal(err)
	}
	if got := wrappers.Declared.String(); got != "" {
		t.Errorf("after zero Options: -wrappers = %q, want empty", got)
	}
}
