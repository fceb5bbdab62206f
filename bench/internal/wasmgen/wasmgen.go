// Package wasmgen builds the tiny WebAssembly modules that the in-process
// figures use (instantiation and call overhead), so that no extra binary
// files or tools are needed.
package wasmgen

// AddModule returns a module with one memory of the given number of pages
// (minimum = maximum = pages, exported as "memory") and one exported
// function "add" of type (i32, i32) -> i32 that returns the sum of its
// arguments. With pages == 0 the module has no memory.
func AddModule(pages uint32) []byte {
	b := []byte{0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00}
	// type section: 1 type, func (i32 i32) -> (i32)
	b = section(b, 1, []byte{0x01, 0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f})
	// function section: 1 function of type 0
	b = section(b, 3, []byte{0x01, 0x00})
	if pages > 0 {
		// memory section: 1 memory, limits min=max=pages
		m := []byte{0x01, 0x01}
		m = uleb(m, pages)
		m = uleb(m, pages)
		b = section(b, 5, m)
	}
	// export section
	var e []byte
	if pages > 0 {
		e = append(e, 0x02)
		e = name(e, "memory")
		e = append(e, 0x02, 0x00)
	} else {
		e = append(e, 0x01)
	}
	e = name(e, "add")
	e = append(e, 0x00, 0x00)
	b = section(b, 7, e)
	// code section: local.get 0, local.get 1, i32.add, end
	body := []byte{0x00, 0x20, 0x00, 0x20, 0x01, 0x6a, 0x0b}
	c := []byte{0x01}
	c = uleb(c, uint32(len(body)))
	c = append(c, body...)
	b = section(b, 10, c)
	return b
}

func section(b []byte, id byte, payload []byte) []byte {
	b = append(b, id)
	b = uleb(b, uint32(len(payload)))
	return append(b, payload...)
}

func name(b []byte, s string) []byte {
	b = uleb(b, uint32(len(s)))
	return append(b, s...)
}

func uleb(b []byte, v uint32) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v != 0 {
			b = append(b, c|0x80)
			continue
		}
		return append(b, c)
	}
}
