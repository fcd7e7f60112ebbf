package imports

import (
	"fmt"
	"log/slog"
)

// fmt stays: the field keeps its format.
func kept(d []byte) {
	slog.Info(fmt.Sprintf("digest %x", d)) // want `d is formatted`
}
