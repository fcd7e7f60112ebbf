// Package errors is a fake of github.com/pkg/errors for the tests.
package errors

type fundamental struct{ msg string }

func (f *fundamental) Error() string { return f.msg }

func New(message string) error                        { return &fundamental{message} }
func Errorf(format string, args ...interface{}) error { return &fundamental{format} }
func Wrap(err error, message string) error            { return err }
