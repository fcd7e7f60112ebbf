// Package zerologchain holds messages of zerolog's event chains
// (log.Info().Str(...).Msg(msg)): the fix inserts typed field methods
// before Msg, and the chain's own fields count as recorded.
package zerologchain

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/rs/zerolog"
	"github.com/rs/zerolog/log"
)

type Order struct {
	ID    string
	Items int
}

func chains(ctx context.Context, logger zerolog.Logger, id int, name string, d time.Duration, o Order, err error) {
	log.Info().Msg(fmt.Sprintf("user %d logged in", id))                                    // want `^id is formatted into the message; record it as a field so it can be queried$`
	logger.Error().Msg("cannot open " + name)                                               // want `name is formatted into the message`
	zerolog.Ctx(ctx).Warn().Msg("took " + d.String())                                       // want `d.String\(\) is formatted into the message`
	log.Info().Str("region", "eu").Msg(fmt.Sprintf("order %s has %d items", o.ID, o.Items)) // want `o.ID and o.Items are formatted into the message`

	// Laid out one method per line: the new fields join the chain
	// before Msg.
	log.Debug().
		Str("region", "eu").
		Msg("retrying user " + strconv.Itoa(id)) // want `id is formatted into the message`

	// An error: Err, under zerolog's "error".
	log.Error().Msg(fmt.Sprintf("sync failed: %v", err)) // want `err is formatted into the message`

	// An event held in a variable.
	e := logger.Info()
	e.Msg(fmt.Sprintf("user %d", id)) // want `id is formatted into the message`
}

// A value the chain records already: only removed from the message.
func recorded(id int, name string) {
	log.Info().Int("user_id", id).Msg(fmt.Sprintf("user %d logged in", id)) // want `^id is already recorded as user_id; remove it from the message so that the message is constant$`
	// A key the chain has is not taken again.
	log.Info().Str("user_id", name).Msg(fmt.Sprintf("user %d logged in", id)) // want `id is formatted into the message`
}

// The nearest correct code: constants, typed fields, a message passed
// in, Send without a message.
func silent(logger *zerolog.Logger, msg string, id int, err error) {
	log.Info().Int("user_id", id).Msg("user logged in")
	logger.Error().Err(err).Msg("sync failed")
	log.Info().Msg(msg)
	log.Info().Msg("user " + "logged in")
	log.Info().Int("n", id).Send()
	log.Warn().Err(errors.New("x")).Send()
}
