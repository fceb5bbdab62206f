package report

import (
	"fmt"
	"html"
	"math"
	"strings"
)

// Colors for the runners' bars, by name; unknown runners get the fallback
// palette in order.
var runnerColors = map[string]string{
	"kiln":     "#d9480f",
	"wazero":   "#1971c2",
	"wasmtime": "#2f9e44",
	"node":     "#7048e8",
}

var fallbackColors = []string{"#e8590c", "#0c8599", "#c2255c", "#5c940d", "#862e9c"}

// SVG renders a horizontal grouped bar chart of each runner's run time
// divided by native's, per program, with a final group for the geometric
// mean. A vertical line marks native (1.0).
func (r *Results) SVG() string {
	var runners []Runner
	for _, rn := range r.Runners {
		if rn.Name != Native {
			runners = append(runners, rn)
		}
	}
	var bars []Runner // runners that get bars
	for _, rn := range runners {
		if rn.Missing == "" {
			bars = append(bars, rn)
		}
	}
	color := map[string]string{}
	fi := 0
	for _, rn := range runners {
		if c, ok := runnerColors[rn.Name]; ok {
			color[rn.Name] = c
		} else {
			color[rn.Name] = fallbackColors[fi%len(fallbackColors)]
			fi++
		}
	}

	type group struct {
		label  string
		ratios map[string]float64
		errs   map[string]string
		bold   bool
	}
	var groups []group
	maxRatio := 1.0
	for _, p := range r.Programs {
		g := group{label: p.Name, ratios: map[string]float64{}, errs: map[string]string{}}
		for _, rn := range bars {
			if c := p.Cells[rn.Name]; c != nil && c.Err != "" {
				g.errs[rn.Name] = "failed"
				continue
			}
			if nc := p.Cells[Native]; nc != nil && nc.Err != "" {
				g.errs[rn.Name] = "native failed"
				continue
			}
			x := p.Ratio(rn.Name)
			if math.IsNaN(x) {
				g.errs[rn.Name] = "no data"
				continue
			}
			g.ratios[rn.Name] = x
			maxRatio = math.Max(maxRatio, x)
		}
		groups = append(groups, g)
	}
	gm := group{label: "geomean", ratios: map[string]float64{}, errs: map[string]string{}, bold: true}
	for _, rn := range bars {
		g, used, total := r.GeoMean(rn.Name)
		if math.IsNaN(g) {
			gm.errs[rn.Name] = "no data"
			continue
		}
		gm.ratios[rn.Name] = g
		if used < total {
			gm.errs[rn.Name] = fmt.Sprintf("%d/%d programs", used, total)
		}
		maxRatio = math.Max(maxRatio, g)
	}
	groups = append(groups, gm)

	// Axis: linear from 0 to a nice maximum.
	step := niceStep(maxRatio)
	axisMax := math.Ceil(maxRatio*1.08/step) * step

	const (
		width   = 980.0
		left    = 130.0
		right   = 90.0
		top     = 92.0
		barH    = 13.0
		barGap  = 2.0
		groupGp = 12.0
	)
	nb := len(bars)
	if nb == 0 {
		nb = 1
	}
	groupH := float64(nb)*(barH+barGap) - barGap
	plotH := float64(len(groups))*(groupH+groupGp) - groupGp
	var missing []Runner
	for _, rn := range runners {
		if rn.Missing != "" {
			missing = append(missing, rn)
		}
	}
	height := top + plotH + 46 + 16*float64(len(missing))
	plotW := width - left - right
	xOf := func(v float64) float64 { return left + v/axisMax*plotW }

	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f" font-family="Helvetica, Arial, sans-serif" font-size="12">`+"\n", width, height, width, height)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="#ffffff"/>`+"\n")
	fmt.Fprintf(&b, `<text x="%.0f" y="24" font-size="17" font-weight="bold">Run time relative to native (clang -O2) — lower is better</text>`+"\n", left)
	m := r.Machine
	sub := fmt.Sprintf("%s, %d cores, %s; median of %d runs per cell", m.CPU, m.Cores, m.Date, r.Rounds)
	if r.Scale != "" {
		sub += "; size argument " + r.Scale
	}
	fmt.Fprintf(&b, `<text x="%.0f" y="42" fill="#555">%s</text>`+"\n", left, html.EscapeString(sub))

	// legend
	lx := left
	for _, rn := range runners {
		label := rn.Name
		if rn.Missing != "" {
			label += " (missing)"
		}
		fmt.Fprintf(&b, `<rect x="%.1f" y="54" width="14" height="14" fill="%s"%s/>`, lx, color[rn.Name], ifs(rn.Missing != "", ` fill-opacity="0.25"`))
		fmt.Fprintf(&b, `<text x="%.1f" y="65">%s</text>`+"\n", lx+19, html.EscapeString(label))
		lx += 19 + 7.2*float64(len(label)) + 22
	}

	// grid
	for v := 0.0; v <= axisMax+1e-9; v += step {
		x := xOf(v)
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#e5e5e5"/>`, x, top-6, x, top+plotH+4)
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle" fill="#555">%s×</text>`+"\n", x, top+plotH+20, trimFloat(v))
	}
	fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle" fill="#555">time ÷ native time</text>`+"\n", left+plotW/2, top+plotH+38)

	var labels strings.Builder // drawn last, above the native line
	y := top
	for gi, g := range groups {
		if gi%2 == 1 {
			fmt.Fprintf(&b, `<rect x="0" y="%.1f" width="%.0f" height="%.1f" fill="#f6f7f9"/>`+"\n", y-groupGp/2, width, groupH+groupGp)
		}
		weight := ""
		if g.bold {
			weight = ` font-weight="bold"`
			fmt.Fprintf(&b, `<line x1="0" y1="%.1f" x2="%.0f" y2="%.1f" stroke="#999"/>`+"\n", y-groupGp/2, width, y-groupGp/2)
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="end" dominant-baseline="middle"%s>%s</text>`+"\n", left-8, y+groupH/2, weight, html.EscapeString(g.label))
		for i, rn := range bars {
			by := y + float64(i)*(barH+barGap)
			v, ok := g.ratios[rn.Name]
			if !ok {
				fmt.Fprintf(&labels, `<text x="%.1f" y="%.1f" dominant-baseline="middle" fill="#c92a2a" font-size="11">%s: %s</text>`+"\n", left+4, by+barH/2, rn.Name, html.EscapeString(g.errs[rn.Name]))
				continue
			}
			fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s %s: %.2f×</title></rect>`, left, by, xOf(v)-left, barH, color[rn.Name], html.EscapeString(g.label), rn.Name, v)
			label := fmt.Sprintf("%.2f×", v)
			if e := g.errs[rn.Name]; e != "" {
				label += " (" + e + ")"
			}
			fmt.Fprintf(&labels, `<text x="%.1f" y="%.1f" dominant-baseline="middle" font-size="11" paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round"%s>%s</text>`+"\n", xOf(v)+4, by+barH/2, weight, html.EscapeString(label))
		}
		y += groupH + groupGp
	}
	// native line on top
	fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#222" stroke-width="1.5" stroke-dasharray="5,3"/>`, xOf(1), top-8, xOf(1), top+plotH+4)
	fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle" font-size="11" fill="#222">native</text>`+"\n", xOf(1), top-12)
	b.WriteString(labels.String())
	for i, rn := range missing {
		reason := rn.Missing
		if len(reason) > 140 {
			reason = reason[:140] + "…"
		}
		fmt.Fprintf(&b, `<text x="8" y="%.1f" font-size="11" fill="#c92a2a">%s missing: %s</text>`+"\n", top+plotH+58+16*float64(i), html.EscapeString(rn.Name), html.EscapeString(reason))
	}
	b.WriteString("</svg>\n")
	return b.String()
}

func niceStep(max float64) float64 {
	for _, s := range []float64{0.25, 0.5, 1, 2, 5, 10, 20, 50, 100} {
		if max/s <= 10 {
			return s
		}
	}
	return 200
}

func trimFloat(v float64) string {
	s := fmt.Sprintf("%.2f", v)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

func ifs(c bool, s string) string {
	if c {
		return s
	}
	return ""
}
