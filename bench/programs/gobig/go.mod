module kilnbench/gobig

go 1.26.0
