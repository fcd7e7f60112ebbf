// Package suite is the one list of tracelint's analyzers and the one set of
// options that configures them.
//
// Every driver that runs tracelint as a whole (cmd/tracelint, the
// golangci-lint plugin) takes its analyzers from [Analyzers]. Drivers that
// receive configuration as data rather than command-line flags (the
// golangci-lint plugin) decode it into [Options] and call [Options.Apply],
// which maps each option onto the analyzers' own flags with
// [flag.FlagSet.Set]: an option and the flag it stands for are the same
// setting, set through the same code path.
package suite

import (
	"errors"
	"flag"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/idinmessage"
	"github.com/tracelint/tracelint/analyzers/internal/analysisutil"
	"github.com/tracelint/tracelint/analyzers/internal/keys"
	"github.com/tracelint/tracelint/analyzers/internal/wrappers"
	"github.com/tracelint/tracelint/analyzers/lostspan"
	"github.com/tracelint/tracelint/analyzers/noinit"
	"github.com/tracelint/tracelint/analyzers/spanend"
	"github.com/tracelint/tracelint/analyzers/unloggable"
)

// RegisterFlags registers on fs the settings of the suite as a whole,
// which belong to no one analyzer: -wrappers, the functions of code the
// user cannot annotate that behave as an event or a span start of a
// library (see [Options.Wrappers]). Drivers that parse command-line
// flags call it on flag.CommandLine before they start.
func RegisterFlags(fs *flag.FlagSet) {
	fs.Var(wrappers.Declared, "wrappers", "comma-separated NAME=LIBRARY: functions that behave as an event or span start of LIBRARY (slog, zap, otel, ...), NAME a package path and .Func or .Type.Method, {A,B} for alternatives: github.com/ethereum/go-ethereum/log.{Info,Warn}=slog")
}

// Analyzers returns tracelint's analyzers in a fixed order. The slice is
// new on every call; the analyzers are the packages' own values.
func Analyzers() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		idinmessage.Analyzer,
		lostspan.Analyzer,
		unloggable.Analyzer,
		noinit.Analyzer,
		spanend.Analyzer,
	}
}

// A FactScope is a fact-using analyzer's contract with a driver that
// loads dependencies from export data where it can (internal/driver):
// the dependencies outside which it computes no fact that matters.
type FactScope struct {
	// All lists the packages every dependent of which may carry facts.
	All []string
	// Module lists the packages whose dependents carry facts only in
	// the main modules, or when they may install: when they, or a
	// package they import, name one of Installs (a package path →
	// names).
	Module   []string
	Installs map[string][]string
	// Unsure reports a diagnostic that those installers might take
	// back, when the driver did not analyse them.
	Unsure func(analysis.Diagnostic) bool
}

// FactScopes returns the scope of every analyzer of [Analyzers], or
// required by one, that uses facts: noinit, and the call resolver that
// all of them require, whose wrapper facts only the analysed modules'
// packages compute (see package wrappers).
func FactScopes() map[*analysis.Analyzer]FactScope {
	return map[*analysis.Analyzer]FactScope{
		noinit.Analyzer:    {All: noinit.FactScope, Module: noinit.ModuleScope, Installs: noinit.ModuleInstalls, Unsure: noinit.Unsure},
		analysisutil.Calls: {Module: analysisutil.WrapperScope},
	}
}

// Options configures the suite. Its zero value runs every analyzer with its
// default settings.
//
// In a golangci-lint configuration the options are the keys under
// linters.settings.custom.tracelint.settings:
//
//	enable: [idinmessage, lostspan]   # run only these (default: all)
//	disable: [noinit]                 # run all but these
//	key-case: camel                   # -idinmessage.keycase, -unloggable.keycase
//	ctxless: true                     # -lostspan.ctxless
//	printf: false                     # -idinmessage.printf
//	wrappers:                         # -wrappers
//	  - github.com/ethereum/go-ethereum/log.{Trace,Debug,Info,Warn,Error,Crit}=slog
//	flags:                            # any other analyzer flag, by analyzer and flag name
//	  idinmessage: {keycase: kebab}
type Options struct {
	// Enable lists the analyzers to run; empty means all of them.
	Enable []string `json:"enable,omitempty" mapstructure:"enable"`
	// Disable lists analyzers not to run.
	Disable []string `json:"disable,omitempty" mapstructure:"disable"`
	// KeyCase is the naming convention of the field keys that fixes
	// introduce: snake, camel, kebab or pascal; unset (auto), that of the
	// keys around, else snake. It sets the keycase flag of every analyzer
	// that has one.
	KeyCase string `json:"key-case,omitempty" mapstructure:"key-case"`
	// Ctxless, when set, sets the ctxless flag of every analyzer that has
	// one (lostspan: also report context-less slog calls outside
	// goroutines). Unset leaves the analyzers' default.
	Ctxless *bool `json:"ctxless,omitempty" mapstructure:"ctxless"`
	// Printf, when set, sets the printf flag of every analyzer that has
	// one (idinmessage: report the printf-style events of structured
	// loggers, sugar.Infof and the like; on by default).
	Printf *bool `json:"printf,omitempty" mapstructure:"printf"`
	// Wrappers declares the functions of code the user cannot annotate
	// (a dependency's logging package) that behave as an event or a
	// span start of a library, each NAME=LIBRARY as -wrappers takes them
	// (a package path and .Func or .Type.Method, {A,B} for
	// alternatives). The analysed modules' own wrappers need no
	// declaration: they are inferred, or declared by a
	// //tracelint:event or //tracelint:span directive.
	Wrappers []string `json:"wrappers,omitempty" mapstructure:"wrappers"`
	// Flags sets any analyzer flag by analyzer name and flag name (without
	// the "NAME." prefix the command-line drivers add). Values may be
	// strings, booleans or numbers.
	Flags map[string]map[string]any `json:"flags,omitempty" mapstructure:"flags"`
}

// Apply validates o and configures the analyzers of [Analyzers]
// accordingly, returning the enabled ones in the order of [Analyzers].
//
// Apply sets the analyzers' flags, which are package state: every flag that
// o does not set is put back to its default, so the result depends only on
// o, but Apply must not run concurrently with the analyzers or with another
// Apply.
func (o Options) Apply() ([]*analysis.Analyzer, error) {
	return o.apply(Analyzers())
}

// typedFlags are the options that stand for a flag of the same name on
// every analyzer that has it.
var typedFlags = []struct{ option, flag string }{
	{"key-case", "keycase"},
	{"ctxless", "ctxless"},
	{"printf", "printf"},
}

func (o Options) apply(all []*analysis.Analyzer) ([]*analysis.Analyzer, error) {
	byName := make(map[string]*analysis.Analyzer, len(all))
	var names []string
	for _, a := range all {
		byName[a.Name] = a
		names = append(names, a.Name)
	}
	known := strings.Join(names, ", ")
	check := func(option, name string) error {
		if _, ok := byName[name]; !ok {
			return fmt.Errorf("%s: unknown analyzer %q (known: %s)", option, name, known)
		}
		return nil
	}

	// Which analyzers run.
	for _, n := range o.Enable {
		if err := check("enable", n); err != nil {
			return nil, err
		}
	}
	for _, n := range o.Disable {
		if err := check("disable", n); err != nil {
			return nil, err
		}
		if slices.Contains(o.Enable, n) {
			return nil, fmt.Errorf("analyzer %q is both enabled and disabled", n)
		}
	}
	var enabled []*analysis.Analyzer
	for _, a := range all {
		if (len(o.Enable) == 0 || slices.Contains(o.Enable, a.Name)) && !slices.Contains(o.Disable, a.Name) {
			enabled = append(enabled, a)
		}
	}
	if len(enabled) == 0 {
		return nil, errors.New("no analyzer left to run")
	}

	// The flag values: analyzer name → flag name → value, and where each
	// came from, for error messages.
	values := make(map[string]map[string]string)
	origin := make(map[string]string)
	set := func(a *analysis.Analyzer, flagName, value, from string) error {
		if prev, ok := origin[a.Name+"."+flagName]; ok {
			return fmt.Errorf("%s: %s.%s is already set by %s", from, a.Name, flagName, prev)
		}
		if values[a.Name] == nil {
			values[a.Name] = make(map[string]string)
		}
		values[a.Name][flagName] = value
		origin[a.Name+"."+flagName] = from
		return nil
	}

	for _, aname := range sortedKeys(o.Flags) {
		if err := check("flags", aname); err != nil {
			return nil, err
		}
		a := byName[aname]
		for _, fname := range sortedKeys(o.Flags[aname]) {
			from := "flags." + aname + "." + fname
			if a.Flags.Lookup(fname) == nil {
				return nil, fmt.Errorf("%s: analyzer %s has no flag %q (flags: %s)", from, aname, fname, flagNames(a))
			}
			v, err := flagText(o.Flags[aname][fname])
			if err != nil {
				return nil, fmt.Errorf("%s: %v", from, err)
			}
			if err := set(a, fname, v, from); err != nil {
				return nil, err
			}
		}
	}

	if o.KeyCase != "" {
		var c keys.Case
		if err := c.Set(o.KeyCase); err != nil {
			return nil, fmt.Errorf("key-case: %v", err)
		}
	}
	for _, w := range o.Wrappers {
		if strings.TrimSpace(w) == "" {
			return nil, errors.New("wrappers: an empty entry")
		}
	}
	if err := wrappers.Declared.Set(strings.Join(o.Wrappers, ",")); err != nil {
		return nil, fmt.Errorf("wrappers: %v", err)
	}
	typed := map[string]string{}
	if o.KeyCase != "" {
		typed["key-case"] = o.KeyCase
	}
	if o.Ctxless != nil {
		typed["ctxless"] = strconv.FormatBool(*o.Ctxless)
	}
	if o.Printf != nil {
		typed["printf"] = strconv.FormatBool(*o.Printf)
	}
	for _, tf := range typedFlags {
		v, ok := typed[tf.option]
		if !ok {
			continue
		}
		n := 0
		for _, a := range all {
			if a.Flags.Lookup(tf.flag) == nil {
				continue
			}
			n++
			if err := set(a, tf.flag, v, tf.option); err != nil {
				return nil, err
			}
		}
		if n == 0 {
			return nil, fmt.Errorf("%s: no analyzer has a %s flag", tf.option, tf.flag)
		}
	}

	// Set every flag of every analyzer: the value asked for, else the
	// default (only where it differs, so untouched flags stay untouched).
	for _, a := range all {
		var err error
		a.Flags.VisitAll(func(f *flag.Flag) {
			if err != nil {
				return
			}
			v, ok := values[a.Name][f.Name]
			if !ok {
				if f.Value.String() == f.DefValue {
					return
				}
				v = f.DefValue
			}
			if e := a.Flags.Set(f.Name, v); e != nil {
				from := origin[a.Name+"."+f.Name]
				if from == "" {
					from = "default of " + a.Name + "." + f.Name
				}
				err = fmt.Errorf("%s: invalid value %q for %s.%s: %v", from, v, a.Name, f.Name, e)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	return enabled, nil
}

// flagText renders a configuration value as flag text.
func flagText(v any) (string, error) {
	switch v := v.(type) {
	case string:
		return v, nil
	case bool:
		return strconv.FormatBool(v), nil
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64), nil
	case int:
		return strconv.Itoa(v), nil
	default:
		return "", fmt.Errorf("value %v is a %T; want a string, boolean or number", v, v)
	}
}

func flagNames(a *analysis.Analyzer) string {
	var names []string
	a.Flags.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
