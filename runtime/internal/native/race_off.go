//go:build !race

package native

// RaceEnabled says the program was built with -race (instance uses it too).
const RaceEnabled = false
