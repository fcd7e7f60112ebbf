package locals

import (
	"errors"
	"fmt"

	"github.com/rs/zerolog/log"
)

// A local message, also returned as the error: the chain's own calls
// (log.Error(), Err) run before the values now, and change nothing they
// read.
func chainLocal(name string, err error) error {
	msg := fmt.Sprintf("could not sync repo %s", name)
	log.Error().Err(err).Msg(msg) // want `name is formatted into the message`
	return errors.New(msg)
}
