module github.com/kilnwasm/kiln/bench

go 1.26.0

replace github.com/kilnwasm/kiln => ../

require (
	github.com/bytecodealliance/wasmtime-go/v39 v39.0.1
	github.com/kilnwasm/kiln v0.0.0-00010101000000-000000000000
	github.com/tetratelabs/wazero v1.12.0
	golang.org/x/arch v0.32.0
	golang.org/x/sys v0.49.0
)

require github.com/twitchyliquid64/golang-asm v0.15.1 // indirect
