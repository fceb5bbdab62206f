//go:build !amd64

package abi

// hostFeatures: arm64 code relies on no optional feature.
func hostFeatures() Features { return 0 }

// hostL3Size: only the amd64 routines ask.
func hostL3Size() int64 { return 0 }

// hostZMMMoves: amd64 only.
func hostZMMMoves() bool { return false }
