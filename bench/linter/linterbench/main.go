// Command linterbench times tracelint against the no-op floor
// (bench/linter/noop) on real modules, the two ways users run it:
//
//	standalone   tool ./...                     (go/packages driver)
//	vet-warm     go vet -vettool=tool ./...     (vet's cache holds every result)
//	vet-cold     go vet -vettool=tool ./...     (a freshly linked tool: new tool ID)
//
// Runs alternate between the floor and tracelint (ABAB, with the order
// flipped on every other pair so that drift favours neither) and the report
// gives, per module and mode, the median wall time, the median peak RSS and
// their ratios to the floor.
//
// Peak RSS is ru_maxrss of the waited-for process tree (what
// /usr/bin/time -f %M prints): for standalone runs that is the tool itself
// (its go list child is smaller); for go vet it is the largest single process
// of the tree, usually one tool invocation on one large package, not the sum.
//
// "Cold" means: the go build cache holds the compiled packages and their
// export data (users have built their code), but no vet result of this tool,
// because the tool is new (upgraded or rebuilt). Each cold run relinks the tool
// with -ldflags=-X=main.stamp=<unique>, which changes the executable's bytes,
// hence the sha256 that unitchecker's -V=full reports, hence every vet action
// ID: go vet reruns the tool on every package, including the dependencies it
// visits for facts. The floor is relinked the same way. go clean -cache is not
// used: it would time the compiler, not the linter.
//
// Usage (from the bench module):
//
//	go run ./linter/linterbench -n 5 /tmp/realworld/prometheus /tmp/realworld/ollama
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
)

var (
	runs     = flag.Int("n", 5, "timed runs per tool, mode and module")
	modes    = flag.String("modes", "standalone,vet-warm,vet-cold", "comma-separated modes to time")
	mainDir  = flag.String("main", "..", "directory of the tracelint main module (builds ./cmd/tracelint)")
	benchDir = flag.String("bench", ".", "directory of the bench module (builds ./linter/noop)")
	binDir   = flag.String("bin", "", "where to put the built tools (default: a temporary directory)")
	pattern  = flag.String("pattern", "./...", "package pattern to lint in each module")
	verbose  = flag.Bool("v", false, "print every run")
	extra    = flag.String("lintflags", "", "space-separated flags for tracelint only (-wrappers=...), in every mode")
)

type tool struct {
	name, dir, pkg, bin string
	flags               []string // before the pattern
}

type sample struct {
	wall  time.Duration
	rssKB int64
	rc    int
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("linterbench: ")
	flag.Parse()
	if flag.NArg() == 0 {
		log.Fatal("usage: linterbench [flags] moduledir...")
	}
	dir := *binDir
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "linterbench"); err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(dir)
	}
	floor := &tool{name: "noop", dir: *benchDir, pkg: "./linter/noop", bin: filepath.Join(dir, "noop")}
	lint := &tool{name: "tracelint", dir: *mainDir, pkg: "./cmd/tracelint", bin: filepath.Join(dir, "tracelint"), flags: strings.Fields(*extra)}
	stamp := 0
	build := func(t *tool) {
		stamp++
		cmd := exec.Command("go", "build", fmt.Sprintf("-ldflags=-X=main.stamp=%d-%d", os.Getpid(), stamp), "-o", t.bin, t.pkg)
		cmd.Dir = t.dir
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			log.Fatalf("building %s: %v", t.name, err)
		}
	}
	build(floor)
	build(lint)

	fmt.Printf("| module | mode | noop wall s | tracelint wall s | wall ratio | noop RSS MB | tracelint RSS MB | RSS ratio | tracelint rc |\n")
	fmt.Printf("|---|---|---:|---:|---:|---:|---:|---:|---|\n")
	for _, mod := range flag.Args() {
		for _, mode := range strings.Split(*modes, ",") {
			var args func(t *tool) []string
			var prepare func(t *tool)
			switch mode {
			case "standalone":
				args = func(t *tool) []string { return slices.Concat([]string{t.bin}, t.flags, []string{*pattern}) }
			case "vet-warm", "vet-cold":
				args = func(t *tool) []string {
					return slices.Concat([]string{"go", "vet", "-vettool=" + t.bin}, t.flags, []string{*pattern})
				}
				if mode == "vet-cold" {
					prepare = build // a new binary: go vet's cache misses
				}
			default:
				log.Fatalf("unknown mode %q", mode)
			}
			// One untimed run each: fills the build cache with export data
			// (and, for vet-warm, the vet cache).
			for _, t := range []*tool{floor, lint} {
				if prepare != nil {
					prepare(t)
				}
				run(mod, args(t))
			}
			var a, b []sample
			for i := range *runs {
				order := []*tool{floor, lint}
				if i%2 == 1 {
					order = []*tool{lint, floor}
				}
				for _, t := range order {
					if prepare != nil {
						prepare(t)
					}
					s := run(mod, args(t))
					if *verbose {
						log.Printf("%s %s %s: %.2fs %dMB rc=%d", filepath.Base(mod), mode, t.name, s.wall.Seconds(), s.rssKB/1024, s.rc)
					}
					if t == floor {
						a = append(a, s)
					} else {
						b = append(b, s)
					}
				}
			}
			wa, wb := median(a, func(s sample) float64 { return s.wall.Seconds() }), median(b, func(s sample) float64 { return s.wall.Seconds() })
			ra, rb := median(a, func(s sample) float64 { return float64(s.rssKB) / 1024 }), median(b, func(s sample) float64 { return float64(s.rssKB) / 1024 })
			rcs := map[int]bool{}
			for _, s := range b {
				rcs[s.rc] = true
			}
			fmt.Printf("| %s | %s | %.2f | %.2f | %.2f× | %.0f | %.0f | %.2f× | %v |\n",
				filepath.Base(mod), mode, wa, wb, wb/wa, ra, rb, rb/ra, keys(rcs))
		}
	}
}

// run runs argv in dir and returns its wall time, the peak RSS of its
// process tree and its exit code. Output is discarded: tracelint exits 3
// when it reports diagnostics, go vet 1; neither is an error here, but the
// code is reported. A run that fails (exit 1 from the standalone tool, a
// signal, a panic or an analyzer's internal error in the output) is logged
// with the tail of its stderr.
func run(dir string, argv []string) sample {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if cmd.ProcessState == nil {
		log.Fatalf("%s: %v", strings.Join(argv, " "), err)
	}
	rc := cmd.ProcessState.ExitCode()
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	failed := rc < 0 || rc > 3 || (rc == 1 && argv[0] != "go")
	if out := stderr.String(); strings.Contains(out, "panic:") || strings.Contains(out, "internal error") {
		failed = true
	}
	if failed {
		tail := stderr.String()
		if len(tail) > 2000 {
			tail = tail[len(tail)-2000:]
		}
		log.Printf("%s in %s: exit %d\n%s", strings.Join(argv, " "), dir, rc, tail)
	}
	return sample{wall: wall, rssKB: ru.Maxrss, rc: rc}
}

func median(ss []sample, f func(sample) float64) float64 {
	xs := make([]float64, len(ss))
	for i, s := range ss {
		xs[i] = f(s)
	}
	slices.Sort(xs)
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}

func keys(m map[int]bool) []int {
	var ks []int
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
