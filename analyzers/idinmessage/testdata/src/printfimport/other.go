package printfimport

// An entry from G, in a file that imports neither logrus nor fmt: two
// values the fix writes into one logrus.Fields, formatted through fmt,
// both imports added in one edit.
func missing(id, idx string) {
	G().Warnf("missing item %q during search for %q", id, idx) // want `id and idx are formatted into the message`
}
