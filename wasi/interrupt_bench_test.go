//go:build linux

package wasi

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// Cost of one fd_read with data ready, on the paths interruptible reads
// touch: a pipe on stdin (as os.Stdin is: blocking, from os.NewFile), a
// regular file on stdin and a regular file opened by the guest. "bg" calls
// with context.Background (nothing can cancel), "cancellable" with a context
// that has a Done channel (what kiln run and a deadline pass).
//
//	go test -run XXX -bench FdReadData -count 5 -cpu 1 ./wasi/

func benchContexts(b *testing.B, run func(b *testing.B, ctx context.Context)) {
	b.Run("bg", func(b *testing.B) { run(b, context.Background()) })
	b.Run("cancellable", func(b *testing.B) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		run(b, ctx)
	})
}

// blockingPipe returns a pipe whose ends are in blocking mode, as an
// inherited stdin is, with a 1 MiB buffer.
func blockingPipe(t testing.TB) (r, w *os.File) {
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
		t.Fatal(err)
	}
	unix.FcntlInt(uintptr(p[1]), unix.F_SETPIPE_SZ, 1<<20)
	r, w = os.NewFile(uintptr(p[0]), "pipe-r"), os.NewFile(uintptr(p[1]), "pipe-w")
	t.Cleanup(func() { r.Close(); w.Close() })
	return r, w
}

const benchReadSize = 16

// cpuTime is the process's user+system CPU time. Reported per op next to
// ns/op: on a loaded shared machine it is far steadier than wall time.
func cpuTime() time.Duration {
	var ru unix.Rusage
	unix.Getrusage(unix.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

func benchRead(b *testing.B, ctx context.Context, g *tguest, fd uint32, refill func()) {
	f, _ := Function("fd_read")
	iov, out := benchIov(g, benchReadSize)
	stack := make([]uint64, 5)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	defer reportCPU(b, cpu0)
	for i := 0; i < b.N; i++ {
		stack[0], stack[1], stack[2], stack[3] = uint64(fd), uint64(iov), 1, uint64(out)
		if err := f.Call(ctx, g.s, g.mem, stack); err != nil || stack[0] != 0 {
			b.Fatalf("fd_read: %v %s", err, Errno(stack[0]).Name())
		}
		if g.u32(out) < benchReadSize {
			b.StopTimer()
			refill()
			b.StartTimer()
		}
	}
}

func BenchmarkFdReadDataPipe(b *testing.B) {
	benchContexts(b, func(b *testing.B, ctx context.Context) {
		r, w := blockingPipe(b)
		fill := make([]byte, 1<<20)
		n, _ := unix.Write(int(w.Fd()), fill)
		left := n
		g := newGuest(b, Config{Stdin: r})
		f, _ := Function("fd_read")
		iov, out := benchIov(g, benchReadSize)
		stack := make([]uint64, 5)
		b.ReportAllocs()
		b.ResetTimer()
		cpu0 := cpuTime()
		defer reportCPU(b, cpu0)
		for i := 0; i < b.N; i++ {
			if left < benchReadSize {
				b.StopTimer()
				n, _ := unix.Write(int(w.Fd()), fill)
				left += n
				b.StartTimer()
			}
			stack[0], stack[1], stack[2], stack[3] = 0, uint64(iov), 1, uint64(out)
			if err := f.Call(ctx, g.s, g.mem, stack); err != nil || stack[0] != 0 || g.u32(out) != benchReadSize {
				b.Fatalf("fd_read: %v %s %d", err, Errno(stack[0]).Name(), g.u32(out))
			}
			left -= benchReadSize
		}
	})
}

func BenchmarkFdReadDataStdinFile(b *testing.B) {
	benchContexts(b, func(b *testing.B, ctx context.Context) {
		p := filepath.Join(b.TempDir(), "in")
		os.WriteFile(p, make([]byte, 1<<20), 0o644)
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		g := newGuest(b, Config{Stdin: f})
		benchRead(b, ctx, g, 0, func() { f.Seek(0, 0) })
	})
}

func BenchmarkFdReadDataHostFile(b *testing.B) {
	benchContexts(b, func(b *testing.B, ctx context.Context) {
		g, dir := newDirGuest(b, false)
		os.WriteFile(filepath.Join(dir, "in"), make([]byte, 1<<20), 0o644)
		fd := g.mustOpen(3, "in", 0, RightFdRead|RightFdSeek)
		p := g.alloc(8)
		benchRead(b, ctx, g, fd, func() { g.call("fd_seek", uint64(fd), 0, 0, uint64(p)) })
	})
}
