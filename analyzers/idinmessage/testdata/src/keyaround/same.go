package keyaround

import (
	"fmt"
	"log/slog"
)

type repo struct{ FullName, Owner string }

type pipeline struct {
	Repo   repo
	Number int
}

// A value the package already records gets the package's key for it,
// here "repo", not one derived from its expression (full_name); a bare
// name (n) means something else in each function, and a key the package
// gives one value under two keys as often tells nothing.
func sameKeys(p pipeline, n int) {
	slog.Info("created", "repo", p.Repo.FullName, "pipelineNumber", p.Number)
	slog.Error("failed", "repo", p.Repo.FullName, "n", n)
	slog.Info("owner", "owner", p.Repo.Owner)
	slog.Info("owner", "repoOwner", p.Repo.Owner)

	slog.Error(fmt.Sprintf("failure to parse pipeline config for %s", p.Repo.FullName)) // want `p.Repo.FullName is formatted into the message`
	slog.Info(fmt.Sprintf("pipeline %d of %s", n, p.Repo.Owner))                        // want `n and p.Repo.Owner are formatted into the message`
}
