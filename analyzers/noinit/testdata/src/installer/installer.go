package installer // want package:"installers"

// Package installer installs through functions that main packages call.

import (
	"os"

	"github.com/tracelint/tracelint/tracing"
)

func Setup() { // want Setup:"installs tracing"
	tracing.Init()
}

func Indirect() { setup() } // want Indirect:"installs tracing"

func setup() { tracing.SetDefault(tracing.NewTextSubscriber(os.Stderr, nil)) } // want setup:"installs tracing"

type Config struct{ JSON bool }

func (c Config) Install() { Indirect() } // want Install:"installs tracing"

func NotInstalling() string { return "no" }
