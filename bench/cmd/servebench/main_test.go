package main

import (
	"strings"
	"testing"
)

func TestMarkdown(t *testing.T) {
	c := &config{conns: []int{64}, servers: []string{"native", "kiln-c"}, threads: 2, rounds: 3, accessLog: true}
	res := &results{Machine: "test CPU", Date: "today", Kiln: "kiln test", Command: "servebench"}
	for _, s := range []struct {
		name string
		rps  []float64
		p99  float64
	}{{"native", []float64{50000, 60000, 55000}, 9000}, {"kiln-c", []float64{30000, 10000, 33000}, 18000}} {
		x := &cell{Server: s.name, Conns: 64}
		for _, r := range s.rps {
			x.Samples = append(x.Samples, wrkResult{RPS: r, P50: 900, P99: s.p99, P999: 2 * s.p99, LoadAvg: "1.0 1.0 1.0"})
		}
		res.Cells = append(res.Cells, x)
	}
	md := res.markdown(c)
	// The median of each cell, and the ratios to native's medians.
	for _, want := range []string{
		"| native | 64 | 55000 |  | 900us | 9.00ms |  | 18.00ms | 0 | 1.0 1.0 1.0 |",
		"| kiln-c | 64 | 30000 | 0.55 | 900us | 18.00ms | 2.00 | 36.00ms | 0 | 1.0 1.0 1.0 |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("missing %q in\n%s", want, md)
		}
	}
}

func TestUS(t *testing.T) {
	for v, want := range map[float64]string{12: "12us", 1500: "1.50ms", 2.5e6: "2.50s"} {
		if got := us(v); got != want {
			t.Errorf("us(%v) = %q, want %q", v, got, want)
		}
	}
}
