// Package realcheck holds only a test: see realcheck_test.go.
package realcheck
