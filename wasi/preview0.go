//go:build linux

package wasi

import (
	"context"

	"github.com/kilnwasm/kiln/internal/lazy"
)

// ModuleNamePreview0 is the import module name of WASI preview 0, the
// interface that modules built before wasi_snapshot_preview1 (wasi-libc and
// Rust's wasm32-wasi of 2019) import.
const ModuleNamePreview0 = "wasi_unstable"

// FunctionsPreview0 returns the table of every wasi_unstable (preview 0)
// function, in the shape of Functions. Preview 0 has the functions of
// preview1 but sock_accept, with the same signatures and errnos, and
// differs in a few layouts and values, which these functions translate:
//
//   - filestat (fd_filestat_get, path_filestat_get): nlink is a u32 at
//     offset 20, so size and the times start at 24 and the struct is 56
//     bytes, not 64;
//   - whence (fd_seek): CUR = 0, END = 1, SET = 2 (preview1: SET = 0,
//     CUR = 1, END = 2);
//   - subscription_clock (poll_oneoff): a u64 identifier comes first, so
//     a subscription is 56 bytes, not 48 (events are the same);
//   - rights: there is no sock_accept right (bit 29), which fd_fdstat_get
//     does not report.
//
// (WebAssembly/WASI legacy/preview0/witx; wasmtime maps preview 0 onto its
// preview1 implementation the same way.) The slice is shared: do not
// modify it.
func FunctionsPreview0() []HostFunc { return functionsPreview0.Get() }

// rightsPreview0 are the rights preview 0 defines.
const rightsPreview0 = RightSockAccept - 1

// functionsPreview0 is built on first use: most modules import preview 1
// only, and kiln should not build it at every start.
var functionsPreview0 = lazy.Value[[]HostFunc]{New: func() []HostFunc {
	over := map[string]func(ctx context.Context, s *System, m []byte, st []uint64) error{
		"fd_fdstat_get": func(_ context.Context, s *System, m []byte, st []uint64) error {
			ptr := u32(st[1])
			e := s.FdFdstatGet(m, u32(st[0]), ptr)
			if e == ErrnoSuccess {
				put64(m, int(ptr)+8, le64(m, int(ptr)+8)&rightsPreview0)
				put64(m, int(ptr)+16, le64(m, int(ptr)+16)&rightsPreview0)
			}
			return ret(st, e)
		},
		"fd_filestat_get": func(_ context.Context, s *System, m []byte, st []uint64) error {
			return ret(st, s.fdFilestatGet(m, u32(st[0]), u32(st[1]), true))
		},
		"path_filestat_get": func(_ context.Context, s *System, m []byte, st []uint64) error {
			return ret(st, s.pathFilestatGet(m, u32(st[0]), u32(st[1]), u32(st[2]), u32(st[3]), u32(st[4]), true))
		},
		"fd_seek": func(_ context.Context, s *System, m []byte, st []uint64) error {
			return ret(st, s.FdSeek(m, u32(st[0]), int64(st[1]), whencePreview0(u32(st[2])), u32(st[3])))
		},
		"poll_oneoff": func(ctx context.Context, s *System, m []byte, st []uint64) error {
			e, err := s.pollOneoff(ctx, m, u32(st[0]), u32(st[1]), u32(st[2]), u32(st[3]), true)
			st[0] = uint64(e)
			return err
		},
	}
	var out []HostFunc
	for _, f := range functions {
		if f.Name == "sock_accept" {
			continue // preview1 only
		}
		if call, ok := over[f.Name]; ok {
			f.Call = call
		}
		out = append(out, f)
	}
	return out
}}

// whencePreview0 maps a preview0 whence to preview1's (values beyond the
// enum stay invalid).
func whencePreview0(w uint32) uint32 {
	switch w {
	case 0:
		return uint32(WhenceCur)
	case 1:
		return uint32(WhenceEnd)
	case 2:
		return uint32(WhenceSet)
	}
	return w
}
