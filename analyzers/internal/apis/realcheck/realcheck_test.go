// Package realcheck checks every row of tracelint's API table against
// the real libraries. It is a module of its own so that the main module
// never depends on them: users of the analyzers and the runtime do not
// download zap, OpenTelemetry and the rest.
package realcheck

import (
	"testing"

	"github.com/tracelint/tracelint/analyzers/internal/apis"

	// The libraries the table describes, so that go.mod pins them.
	_ "github.com/go-kit/log"
	_ "github.com/go-logr/logr"
	_ "github.com/hashicorp/go-hclog"
	_ "github.com/rs/zerolog"
	_ "github.com/rs/zerolog/log"
	_ "github.com/sirupsen/logrus"
	_ "go.opentelemetry.io/otel"
	_ "go.opentelemetry.io/otel/attribute"
	_ "go.opentelemetry.io/otel/trace"
	_ "go.uber.org/zap"
	_ "golang.org/x/sync/errgroup"
	_ "k8s.io/klog/v2"
)

// TestRowsMatchRealLibraries loads the package of every row and style of
// every library in the table and checks them with apis.CheckRows: a
// library added to the table without adding it here fails to load.
func TestRowsMatchRealLibraries(t *testing.T) {
	libs := apis.Libraries()
	var paths []string
	for _, l := range libs {
		paths = append(paths, l.Paths()...)
	}
	pkgs, err := apis.LoadPackages("", paths...)
	if err != nil {
		t.Fatal(err)
	}
	checked, errs := apis.CheckRows(pkgs, libs...)
	for _, err := range errs {
		t.Error(err)
	}
	if want := len(apis.Rows()); checked != want {
		t.Errorf("checked %d rows of %d", checked, want)
	}
}
