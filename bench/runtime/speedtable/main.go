// Speedtable reads the output of the runtime benchmarks (go test -bench
// in bench/runtime) and prints a Markdown table of the median ns/op,
// B/op and allocs/op of every case and library, with the ratio of each
// library's ns/op to the fastest peer of tracing (zerolog, zap, slog) in
// the same case, followed by the runtime's speed goals, met or missed.
//
// Usage:
//
//	go run ./runtime/speedtable results.txt
package main

import (
	"bytes"
	"fmt"
	"log"
	"math"
	"os"
	"slices"
	"strings"

	"golang.org/x/perf/benchfmt"
)

const subject = "tracing"

type key struct{ bench, lib string }

type samples struct{ ns, cpu, bytes, allocs []float64 }

func main() {
	log.SetFlags(0)
	log.SetPrefix("speedtable: ")
	if len(os.Args) < 2 {
		log.Fatal("usage: speedtable results.txt...")
	}
	data := map[key]*samples{}
	var benches, libs []string
	for _, name := range os.Args[1:] {
		f, err := os.Open(name)
		if err != nil {
			log.Fatal(err)
		}
		r := benchfmt.NewReader(f, name)
		for r.Scan() {
			res, ok := r.Result().(*benchfmt.Result)
			if !ok {
				continue
			}
			base, parts := res.Name.Parts()
			lib := ""
			for _, p := range parts {
				if v, ok := bytes.CutPrefix(p, []byte("/lib=")); ok {
					lib = string(v)
				}
			}
			if lib == "" {
				continue
			}
			k := key{string(base), lib}
			s := data[k]
			if s == nil {
				s = new(samples)
				data[k] = s
				if !slices.Contains(benches, k.bench) {
					benches = append(benches, k.bench)
				}
				if !slices.Contains(libs, k.lib) {
					libs = append(libs, k.lib)
				}
			}
			if v, ok := res.Value("sec/op"); ok {
				s.ns = append(s.ns, v*1e9)
			}
			if v, ok := res.Value("cpu-sec/op"); ok { // benchfmt tidies cpu-ns/op
				s.cpu = append(s.cpu, v*1e9)
			}
			if v, ok := res.Value("B/op"); ok {
				s.bytes = append(s.bytes, v)
			}
			if v, ok := res.Value("allocs/op"); ok {
				s.allocs = append(s.allocs, v)
			}
		}
		if err := r.Err(); err != nil {
			log.Fatal(err)
		}
		f.Close()
	}
	if len(data) == 0 {
		log.Fatal("no lib=... benchmark results in input")
	}

	fmt.Println("| case | library | ns/op | B/op | allocs/op | ns/op ÷ fastest peer | cpu-ns/op | cpu ÷ fastest peer |")
	fmt.Println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
	for _, b := range benches {
		ns := fastestPeer(data, libs, b, func(s *samples) []float64 { return s.ns })
		cpu := fastestPeer(data, libs, b, func(s *samples) []float64 { return s.cpu })
		for _, l := range libs {
			s := data[key{b, l}]
			if s == nil {
				continue
			}
			name := l
			if l == subject {
				name = "**" + l + "**"
			}
			fmt.Printf("| %s | %s | %s | %.0f | %.0f | %s | %s | %s |\n", b, name,
				fmtNS(median(s.ns)), median(s.bytes), median(s.allocs), ns.ratio(l, median(s.ns)),
				fmtNS(median(s.cpu)), cpu.ratio(l, median(s.cpu)))
		}
	}

	fmt.Println()
	fmt.Printf("Samples per cell: %d (median shown).\n", len(data[key{benches[0], libs[0]}].ns))
	fmt.Println()
	fmt.Println("Goals (judged on the median ns/op):")
	goal := func(ok bool, format string, args ...any) {
		mark := "MISSED"
		if ok {
			mark = "met"
		}
		fmt.Printf("- %s: %s\n", mark, fmt.Sprintf(format, args...))
	}
	t := func(b string) *samples { return data[key{b, subject}] }
	// The goals are ratios to zerolog in the same run (issue 18).
	ratio := func(b string, max float64, what string) {
		s, z := t(b), data[key{b, "zerolog"}]
		if s == nil || z == nil {
			return
		}
		r := median(s.ns) / median(z.ns)
		goal(r <= max && median(s.allocs) == 0, "%s ≤ %.1f× zerolog and 0 allocs (%.2f×: %s against %s; %.0f allocs)",
			what, max, r, fmtNS(median(s.ns)), fmtNS(median(z.ns)), median(s.allocs))
	}
	ratio("Disabled3", 0.7, "disabled event with 3 fields")
	ratio("Msg3", 1.0, "message + 3 fields")
	ratio("Msg10", 1.0, "message + 10 fields")
	if t("Disabled3") == nil {
		fmt.Println("- no lib=tracing results: nothing to check")
	}
}

// A peer is the fastest library other than the subject in one case.
type peer struct {
	lib string
	v   float64
}

func fastestPeer(data map[key]*samples, libs []string, b string, f func(*samples) []float64) peer {
	p := peer{v: math.Inf(1)}
	for _, l := range libs {
		if s := data[key{b, l}]; s != nil && l != subject && len(f(s)) > 0 && median(f(s)) < p.v {
			p = peer{l, median(f(s))}
		}
	}
	return p
}

// ratio formats v of lib against the peer.
func (p peer) ratio(lib string, v float64) string {
	switch {
	case p.lib == "" || math.IsNaN(v):
		return "—"
	case lib == p.lib:
		return "1.00 (fastest peer)"
	}
	return fmt.Sprintf("%.2f× %s", v/p.v, p.lib)
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if n := len(s); n%2 == 1 {
		return s[n/2]
	} else {
		return (s[n/2-1] + s[n/2]) / 2
	}
}

func fmtNS(ns float64) string {
	switch {
	case ns < 10:
		return strings.TrimSuffix(fmt.Sprintf("%.2f", ns), "0") + " ns"
	case ns < 100:
		return fmt.Sprintf("%.1f ns", ns)
	}
	return fmt.Sprintf("%.0f ns", ns)
}
