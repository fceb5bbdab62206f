package amd64

// SetGoasmOnly makes the emitters assemble with golang-asm alone (the
// reference of the hand encoder) or not.
func SetGoasmOnly(on bool) { goasmOnly = on }

// SetLoopAlign makes the emitters pad before loop heads or not.
func SetLoopAlign(on bool) { alignLoops = on }
