// Package bugerrors is an errors package of a program's own: Bugf
// builds an error from a message, Join of nil errors is nil.
package bugerrors

import "errors"

func Bugf(format string, args ...any) error { return errors.New(format) }

func Join(errs ...error) error { return errors.Join(errs...) }
