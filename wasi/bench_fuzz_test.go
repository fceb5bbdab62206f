//go:build linux

package wasi

import (
	"context"
	"encoding/binary"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func benchCall(b *testing.B, g *tguest, name string, args ...uint64) {
	f, _ := Function(name)
	stack := make([]uint64, len(args)+1)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		copy(stack, args)
		f.Call(ctx, g.s, g.mem, stack)
		if stack[0] != 0 {
			b.Fatalf("%s: errno %s", name, Errno(stack[0]).Name())
		}
	}
}

func benchIov(g *tguest, n uint32) (iov, out uint32) {
	buf := g.alloc(n)
	iov = g.alloc(8)
	put32(g.mem, int(iov), buf)
	put32(g.mem, int(iov)+4, n)
	return iov, g.alloc(4)
}

func BenchmarkFdWriteDiscard(b *testing.B) {
	g := newGuest(b, Config{Stdout: io.Discard})
	iov, out := benchIov(g, 64)
	benchCall(b, g, "fd_write", 1, uint64(iov), 1, uint64(out))
}

func BenchmarkFdWriteFile(b *testing.B) {
	g, _ := newDirGuest(b, true)
	fd := g.mustOpen(3, "bench", uint32(OflagCreat|OflagTrunc), RightFdWrite|RightFdSeek)
	iov, out := benchIov(g, 64)
	benchCall(b, g, "fd_write", uint64(fd), uint64(iov), 1, uint64(out))
}

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) { clear(p); return len(p), nil }

func BenchmarkFdReadStdin(b *testing.B) {
	g := newGuest(b, Config{Stdin: zeroReader{}})
	iov, out := benchIov(g, 64)
	benchCall(b, g, "fd_read", 0, uint64(iov), 1, uint64(out))
}

func BenchmarkFdReadFile(b *testing.B) {
	g, dir := newDirGuest(b, true)
	os.WriteFile(filepath.Join(dir, "data"), make([]byte, 64), 0o644)
	fd := g.mustOpen(3, "data", 0, RightFdRead)
	iov, out := benchIov(g, 64)
	f, _ := Function("fd_read")
	stack := make([]uint64, 5)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		stack[0], stack[1], stack[2], stack[3] = uint64(fd), uint64(iov), 1, uint64(out)
		f.Call(context.Background(), g.s, g.mem, stack)
		if g.u32(out) == 0 { // EOF: rewind outside the measured call's logic
			b.StopTimer()
			g.s.FdSeek(g.mem, fd, 0, 0, out)
			b.StartTimer()
		}
	}
}

func BenchmarkClockTimeGetMonotonic(b *testing.B) {
	g := newGuest(b, Config{})
	benchCall(b, g, "clock_time_get", uint64(ClockMonotonic), 1, uint64(g.alloc(8)))
}

func BenchmarkClockTimeGetRealtime(b *testing.B) {
	g := newGuest(b, Config{})
	benchCall(b, g, "clock_time_get", uint64(ClockRealtime), 1, uint64(g.alloc(8)))
}

func TestHotPathsDoNotAllocate(t *testing.T) {
	g, _ := newDirGuest(t, true)
	g.s.fds[1].writer = io.Discard
	g.s.fds[0].reader = zeroReader{}
	fd := g.mustOpen(3, "f", uint32(OflagCreat), RightFdWrite|RightFdRead)
	iov, out := benchIov(g, 64)
	ts := g.alloc(8)
	ctx := context.Background()
	for _, c := range []struct {
		name string
		args []uint64
	}{
		{"fd_write", []uint64{1, uint64(iov), 1, uint64(out)}},
		{"fd_write", []uint64{uint64(fd), uint64(iov), 1, uint64(out)}},
		{"fd_read", []uint64{0, uint64(iov), 1, uint64(out)}},
		{"fd_read", []uint64{uint64(fd), uint64(iov), 1, uint64(out)}},
		{"clock_time_get", []uint64{0, 1, uint64(ts)}},
		{"clock_time_get", []uint64{1, 1, uint64(ts)}},
	} {
		f, _ := Function(c.name)
		stack := make([]uint64, len(c.args))
		allocs := testing.AllocsPerRun(200, func() {
			copy(stack, c.args)
			f.Call(ctx, g.s, g.mem, stack)
		})
		if allocs != 0 {
			t.Errorf("%s%v allocates %.1f per call", c.name, c.args[:1], allocs)
		}
	}
}

// FuzzCalls calls random functions with random arguments against a small
// memory and a temp preopen. Nothing may panic, and nothing outside the
// preopen may change.
func FuzzCalls(f *testing.F) {
	f.Add([]byte("\x00\x01\x02\x03 path_open fd_write \x1f\x20"))
	f.Add([]byte{31, 3, 0, 100, 4, 1, 0, 0, 0, 200, 1, 2, 3, 4})
	f.Add([]byte{26, 1, 16, 1, 32, 200, 0, 0, 0, 0})
	fs := Functions()
	f.Fuzz(func(t *testing.T, data []byte) {
		base := t.TempDir()
		root := filepath.Join(base, "root")
		os.Mkdir(root, 0o755)
		os.WriteFile(filepath.Join(base, "outside"), []byte("x"), 0o644)
		os.WriteFile(filepath.Join(root, "file"), []byte("hello"), 0o644)
		os.Mkdir(filepath.Join(root, "dir"), 0o755)
		os.Symlink("../outside", filepath.Join(root, "up"))
		s, err := New(Config{Args: []string{"a"}, Env: []string{"A=1"},
			Dirs: []DirMount{{HostPath: root, GuestPath: "/", Writable: len(data) > 0 && data[0]&1 == 1},
				{HostPath: root, GuestPath: "ro"}}})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		s.noOpenat2 = len(data) > 1 && data[1]&1 == 1
		mem := make([]byte, 4096)
		copy(mem, data)
		// Common strings at fixed offsets so paths are often meaningful.
		copy(mem[3000:], "file\x00dir/../file\x00up/outside\x00../x\x00dir\x00")
		r := data
		next := func() uint64 {
			if len(r) == 0 {
				return 0
			}
			sel := r[0]
			r = r[1:]
			switch {
			case sel < 200:
				return uint64(sel)
			case sel < 240 && len(r) >= 2:
				v := uint64(binary.LittleEndian.Uint16(r))
				r = r[2:]
				return v + 2990
			case len(r) >= 8:
				v := binary.LittleEndian.Uint64(r)
				r = r[8:]
				return v
			}
			return uint64(sel)
		}
		for steps := 0; len(r) > 0 && steps < 64; steps++ {
			fn := fs[next()%uint64(len(fs))]
			stack := make([]uint64, len(fn.Params)+1)
			for i := range fn.Params {
				stack[i] = next()
				if fn.Params[i] == I32 {
					stack[i] = uint64(uint32(stack[i]))
				}
			}
			switch fn.Name {
			case "fd_allocate", "fd_filestat_set_size":
				// Keep files small: the disk is shared.
				stack[len(fn.Params)-1] %= 1 << 20
				if fn.Name == "fd_allocate" {
					stack[1] %= 1 << 20
				}
			case "poll_oneoff":
				// Clock timeouts are bounded by ctx below.
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
			fn.Call(ctx, s, mem, stack)
			cancel()
		}
		ents, _ := os.ReadDir(base)
		if len(ents) != 2 {
			t.Fatalf("something appeared outside the preopen: %v", ents)
		}
		if b, _ := os.ReadFile(filepath.Join(base, "outside")); string(b) != "x" {
			t.Fatalf("outside file changed")
		}
	})
}
