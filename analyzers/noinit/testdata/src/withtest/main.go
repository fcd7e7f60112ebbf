// Only the tests emit: nothing to report.
package main

func main() {}
