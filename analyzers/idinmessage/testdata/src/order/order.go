// Package order holds operands with effects: moving them after the
// call's other fields would change the order things run in, or what
// those fields read; past constants they may move.
package order

import (
	"fmt"
	"log/slog"
)

var counter int

func next() int { counter++; return counter }

func effects(ch chan int) {
	slog.Info(fmt.Sprintf("next %d", next()), "counter", counter) // want `next\(\) is formatted`
	slog.Info(fmt.Sprintf("recv %d", <-ch), "k", 1)               // want `<-ch is formatted`
	slog.Info(fmt.Sprintf("next %d", next()))                     // want `next\(\) is formatted`
	slog.Info(fmt.Sprintf("len %d", len(ch)), "counter", counter) // want `len\(ch\) is formatted`
}

// Past fields that only read locals and parameters, which next cannot
// change, a value with effects may move: the effects keep their order.
func pastReads(id string) {
	slog.Info(fmt.Sprintf("next %d", next()), "id", id) // want `next\(\) is formatted`
}
