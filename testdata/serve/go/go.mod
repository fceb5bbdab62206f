module github.com/kilnwasm/kiln/testdata/serve/go

go 1.26.0
