package amd64

// SetGoasmOnly makes the emitters assemble with golang-asm alone (the
// reference of the hand encoder) or not.
func SetGoasmOnly(on bool) { goasmOnly = on }
