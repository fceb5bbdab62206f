//go:build !amd64

package abi

// hostFeatures: arm64 code relies on no optional feature.
func hostFeatures() Features { return 0 }
