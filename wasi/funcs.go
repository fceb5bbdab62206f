//go:build linux

package wasi

import (
	"context"
	"io"
	"math"
	"runtime"

	"golang.org/x/sys/unix"
)

// This file: args, environ, clocks, random, sched, proc and the fd_*
// functions that do not resolve paths. Each method takes the guest memory
// as it is during the call and returns the errno the guest sees.

// ArgsSizesGet implements args_sizes_get.
func (s *System) ArgsSizesGet(mem []byte, argcPtr, bufSizePtr uint32) Errno {
	return sizesGet(mem, len(s.args), s.argsSize, argcPtr, bufSizePtr)
}

// ArgsGet implements args_get.
func (s *System) ArgsGet(mem []byte, argvPtr, bufPtr uint32) Errno {
	return stringsGet(mem, s.args, s.argsSize, argvPtr, bufPtr)
}

// EnvironSizesGet implements environ_sizes_get.
func (s *System) EnvironSizesGet(mem []byte, countPtr, bufSizePtr uint32) Errno {
	return sizesGet(mem, len(s.env), s.envSize, countPtr, bufSizePtr)
}

// EnvironGet implements environ_get.
func (s *System) EnvironGet(mem []byte, envPtr, bufPtr uint32) Errno {
	return stringsGet(mem, s.env, s.envSize, envPtr, bufPtr)
}

func sizesGet(mem []byte, n int, size uint32, countPtr, sizePtr uint32) Errno {
	if _, ok := memRange(mem, countPtr, 4); !ok {
		return ErrnoFault
	}
	if _, ok := memRange(mem, sizePtr, 4); !ok {
		return ErrnoFault
	}
	writeU32(mem, countPtr, uint32(n))
	writeU32(mem, sizePtr, size)
	return ErrnoSuccess
}

func stringsGet(mem []byte, list []string, size uint32, ptrs, buf uint32) Errno {
	pa, ok := memRange64(mem, ptrs, uint64(len(list))*4)
	if !ok {
		return ErrnoFault
	}
	ba, ok := memRange(mem, buf, size)
	if !ok {
		return ErrnoFault
	}
	off := uint32(0)
	for i, a := range list {
		put32(pa, i*4, buf+off)
		copy(ba[off:], a)
		ba[off+uint32(len(a))] = 0
		off += uint32(len(a)) + 1
	}
	return ErrnoSuccess
}

// ClockResGet implements clock_res_get.
func (s *System) ClockResGet(mem []byte, id uint32, resPtr uint32) Errno {
	var clk int32
	switch id {
	case ClockRealtime:
		clk = unix.CLOCK_REALTIME
	case ClockMonotonic:
		clk = unix.CLOCK_MONOTONIC
	case ClockProcessCputimeID:
		clk = unix.CLOCK_PROCESS_CPUTIME_ID
	case ClockThreadCputimeID:
		clk = unix.CLOCK_THREAD_CPUTIME_ID
	default:
		return ErrnoInval
	}
	if _, ok := memRange(mem, resPtr, 8); !ok {
		return ErrnoFault
	}
	var ts unix.Timespec
	res := uint64(1)
	if unix.ClockGetres(clk, &ts) == nil && ts.Nano() > 0 {
		res = uint64(ts.Nano())
	}
	writeU64(mem, resPtr, res)
	return ErrnoSuccess
}

// ClockTimeGet implements clock_time_get. Realtime and monotonic come from
// the configurable sources; the CPU-time clocks from the host kernel (the
// thread clock is the OS thread running the call, which is what a guest
// thread maps to while it runs).
func (s *System) ClockTimeGet(mem []byte, id uint32, precision uint64, timePtr uint32) Errno {
	var t int64
	switch id {
	case ClockRealtime:
		t = s.walltime()
	case ClockMonotonic:
		t = s.nanotime()
	case ClockProcessCputimeID, ClockThreadCputimeID:
		clk := int32(unix.CLOCK_PROCESS_CPUTIME_ID)
		if id == ClockThreadCputimeID {
			clk = unix.CLOCK_THREAD_CPUTIME_ID
		}
		var ts unix.Timespec
		if err := unix.ClockGettime(clk, &ts); err != nil {
			return toErrno(err)
		}
		t = ts.Nano()
	default:
		return ErrnoInval
	}
	if !writeU64(mem, timePtr, uint64(t)) {
		return ErrnoFault
	}
	return ErrnoSuccess
}

// RandomGet implements random_get, reading straight into guest memory.
func (s *System) RandomGet(mem []byte, buf, n uint32) Errno {
	b, ok := memRange(mem, buf, n)
	if !ok {
		return ErrnoFault
	}
	if _, err := io.ReadFull(s.rand, b); err != nil {
		return ErrnoIo
	}
	return ErrnoSuccess
}

// SchedYield implements sched_yield.
func (s *System) SchedYield() Errno {
	runtime.Gosched()
	return ErrnoSuccess
}

// ProcRaise implements proc_raise. The module is a single process with no
// handlers, so a signal does what its default action does: signals whose
// default is to terminate (or stop, which a sandbox cannot do) end the
// module with exit code 128+sig (wasi signal numbers), as a shell reports it; signals whose default
// is to be ignored are ignored. Unknown numbers are EINVAL.
func (s *System) ProcRaise(sig uint32) (Errno, error) {
	switch {
	case sig == 0:
		return ErrnoSuccess, nil
	case sig > 30:
		return ErrnoInval, nil
	}
	// wasi numbering: 16 CHLD, 17 CONT, 22 URG, 27 WINCH are ignored by
	// default; every other signal's default action ends the process.
	switch sig {
	case 16, 17, 22, 27:
		return ErrnoSuccess, nil
	}
	return ErrnoSuccess, &ExitError{Code: 128 + sig}
}

// FdClose implements fd_close. Preopens may be closed (wasmtime allows it
// and close_preopen checks it).
func (s *System) FdClose(fd uint32) Errno {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return errno
	}
	s.fds[fd] = nil
	e.close()
	return ErrnoSuccess
}

// FdRenumber implements fd_renumber: atomically replace `to` with `from`.
func (s *System) FdRenumber(from, to uint32) Errno {
	e, errno := s.get(from)
	if errno != ErrnoSuccess {
		return errno
	}
	old, errno := s.get(to)
	if errno != ErrnoSuccess {
		return errno
	}
	if from == to {
		return ErrnoSuccess
	}
	s.fds[to] = e
	s.fds[from] = nil
	old.close()
	return ErrnoSuccess
}

// FdAdvise implements fd_advise.
func (s *System) FdAdvise(fd uint32, offset, length uint64, advice uint32) Errno {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return errno
	}
	if advice > uint32(AdviceNoreuse) {
		return ErrnoInval
	}
	if errno := e.need(RightFdAdvise); errno != ErrnoSuccess {
		return errno
	}
	if offset > math.MaxInt64 || length > math.MaxInt64 {
		return ErrnoInval
	}
	switch e.kind {
	case kindHostFile:
		if e.filetype != FiletypeRegularFile {
			return ErrnoSuccess // advice is only a hint; pipes etc. ignore it
		}
		if err := unix.Fadvise(e.hostFD, int64(offset), int64(length), int(advice)); err != nil {
			return toErrno(err)
		}
	case kindHostDir, kindVFSDir:
		return ErrnoBadf
	}
	return ErrnoSuccess
}

// FdAllocate implements fd_allocate (posix_fallocate semantics: the file
// grows to at least offset+len, existing data is kept).
func (s *System) FdAllocate(fd uint32, offset, length uint64) Errno {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return errno
	}
	if isDir(e) {
		return ErrnoIsdir
	}
	if errno := e.need(RightFdAllocate); errno != ErrnoSuccess {
		return errno
	}
	if e.kind != kindHostFile {
		return ErrnoBadf
	}
	if offset > math.MaxInt64 || length > math.MaxInt64 || offset+length > math.MaxInt64 {
		return ErrnoFbig
	}
	if length == 0 {
		return ErrnoInval
	}
	err := unix.Fallocate(e.hostFD, 0, int64(offset), int64(length))
	if err == unix.EOPNOTSUPP || err == unix.ENOSYS {
		// Filesystems without fallocate: extend with ftruncate, which is
		// what glibc's posix_fallocate emulation achieves.
		var st unix.Stat_t
		if err = unix.Fstat(e.hostFD, &st); err == nil && uint64(st.Size) < offset+length {
			err = unix.Ftruncate(e.hostFD, int64(offset+length))
		}
	}
	return toErrno(err)
}

// FdDatasync implements fd_datasync.
func (s *System) FdDatasync(fd uint32) Errno { return s.sync(fd, RightFdDatasync, unix.Fdatasync) }

// FdSync implements fd_sync.
func (s *System) FdSync(fd uint32) Errno { return s.sync(fd, RightFdSync, unix.Fsync) }

func (s *System) sync(fd uint32, right uint64, f func(int) error) Errno {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return errno
	}
	if errno := e.need(right); errno != ErrnoSuccess {
		return errno
	}
	switch e.kind {
	case kindHostFile, kindHostDir:
		return toErrno(f(e.hostFD))
	case kindWriter:
		if sy, ok := e.writer.(interface{ Sync() error }); ok && e.osFile == nil {
			return toErrno(sy.Sync())
		}
	}
	return ErrnoSuccess
}

// FdFdstatGet implements fd_fdstat_get.
func (s *System) FdFdstatGet(mem []byte, fd, statPtr uint32) Errno {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return errno
	}
	b, ok := memRange(mem, statPtr, 24)
	if !ok {
		return ErrnoFault
	}
	clear(b)
	b[0] = e.filetype
	put16(b, 2, e.flags)
	put64(b, 8, e.base)
	put64(b, 16, e.inh)
	return ErrnoSuccess
}

// FdFdstatSetFlags implements fd_fdstat_set_flags. Linux can change only
// O_APPEND and O_NONBLOCK on an open file; asking to change a sync flag is
// ENOTSUP rather than a silent no-op.
func (s *System) FdFdstatSetFlags(fd uint32, flags uint32) Errno {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return errno
	}
	if flags > 0x1F {
		return ErrnoInval
	}
	if errno := e.need(RightFdFdstatSetFlags); errno != ErrnoSuccess {
		return errno
	}
	f := uint16(flags)
	const syncs = FdflagDsync | FdflagRsync | FdflagSync
	if f&syncs != e.flags&syncs {
		return ErrnoNotsup
	}
	if f&FdflagAppend != 0 && e.readonly {
		return ErrnoPerm
	}
	switch e.kind {
	case kindHostFile, kindHostDir:
		cur, err := unix.FcntlInt(uintptr(e.hostFD), unix.F_GETFL, 0)
		if err != nil {
			return toErrno(err)
		}
		cur &^= unix.O_APPEND | unix.O_NONBLOCK
		if f&FdflagAppend != 0 {
			cur |= unix.O_APPEND
		}
		if f&FdflagNonblock != 0 {
			cur |= unix.O_NONBLOCK
		}
		if _, err := unix.FcntlInt(uintptr(e.hostFD), unix.F_SETFL, cur); err != nil {
			return toErrno(err)
		}
	}
	e.flags = f
	return ErrnoSuccess
}

// FdFdstatSetRights implements fd_fdstat_set_rights: rights can only be
// dropped, never added (ENOTCAPABLE, as the testsuite expects).
func (s *System) FdFdstatSetRights(fd uint32, base, inh uint64) Errno {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return errno
	}
	if base&^e.base != 0 || inh&^e.inh != 0 {
		return ErrnoNotcapable
	}
	e.base, e.inh = base, inh
	return ErrnoSuccess
}

// FdFilestatGet implements fd_filestat_get.
func (s *System) FdFilestatGet(mem []byte, fd, bufPtr uint32) Errno {
	return s.fdFilestatGet(mem, fd, bufPtr, false)
}

// fdFilestatGet is fd_filestat_get in preview1's layout, or in preview0's
// (p0; see storeFilestat).
func (s *System) fdFilestatGet(mem []byte, fd, bufPtr uint32, p0 bool) Errno {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return errno
	}
	out, ok := memRange(mem, bufPtr, filestatSize(p0))
	if !ok {
		return ErrnoFault
	}
	// FD_FILESTAT_GET is deliberately not enforced: reading metadata of an
	// fd already held reveals nothing path_filestat_get would not, and
	// programs often open with narrow rights and still fstat.
	var b [filestatSize1]byte
	var st unix.Stat_t
	switch e.kind {
	case kindHostFile, kindHostDir:
		if err := unix.Fstat(e.hostFD, &st); err != nil {
			return toErrno(err)
		}
		putFilestat(b[:], &st)
	case kindReader, kindWriter:
		if e.osFile == nil {
			b[16] = e.filetype
			break
		}
		if err := unix.Fstat(e.stdFD, &st); err != nil {
			return toErrno(err)
		}
		putFilestat(b[:], &st)
	case kindVFSFile, kindVFSDir:
		if errno := vfsFilestat(e, b[:]); errno != ErrnoSuccess {
			return errno
		}
	default: // sockets
		b[16] = e.filetype
	}
	storeFilestat(out, &b, p0)
	return ErrnoSuccess
}

// Sizes of the filestat struct: preview1's, and preview0's (whose nlink is
// a u32).
const (
	filestatSize1 = 64
	filestatSize0 = 56
)

func filestatSize(p0 bool) uint32 {
	if p0 {
		return filestatSize0
	}
	return filestatSize1
}

// storeFilestat copies a filestat built in preview1's layout (dev, ino,
// filetype u8 at 16, nlink u64 at 24, size, atim, mtim, ctim from 32) to
// out, the guest's buffer: as it is, or for preview0 (p0) in its layout
// (filetype at 16, nlink u32 at 20, size, atim, mtim, ctim from 24; an
// nlink beyond 32 bits saturates, as in wasmtime).
func storeFilestat(out []byte, b *[filestatSize1]byte, p0 bool) {
	if !p0 {
		copy(out, b[:])
		return
	}
	copy(out[:17], b[:17])
	clear(out[17:20])
	put32(out, 20, uint32(min(le64(b[:], 24), math.MaxUint32)))
	copy(out[24:filestatSize0], b[32:filestatSize1])
}

func putFilestat(b []byte, st *unix.Stat_t) {
	clear(b)
	put64(b, 0, uint64(st.Dev))
	put64(b, 8, st.Ino)
	b[16] = filetypeOf(st.Mode)
	put64(b, 24, uint64(st.Nlink))
	put64(b, 32, uint64(st.Size))
	put64(b, 40, uint64(st.Atim.Nano()))
	put64(b, 48, uint64(st.Mtim.Nano()))
	put64(b, 56, uint64(st.Ctim.Nano()))
}

// FdFilestatSetSize implements fd_filestat_set_size.
func (s *System) FdFilestatSetSize(fd uint32, size uint64) Errno {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return errno
	}
	if isDir(e) {
		return ErrnoIsdir
	}
	if errno := e.need(RightFdFilestatSetSize); errno != ErrnoSuccess {
		return errno
	}
	if e.kind != kindHostFile {
		return ErrnoBadf
	}
	if size > math.MaxInt64 {
		return ErrnoFbig
	}
	return toErrno(unix.Ftruncate(e.hostFD, int64(size)))
}

// timespecs validates fstflags and builds the utimensat argument.
func timespecs(atim, mtim uint64, fst uint32) ([2]unix.Timespec, Errno) {
	var ts [2]unix.Timespec
	if fst > 0xF {
		return ts, ErrnoInval
	}
	f := uint16(fst)
	if f&FstflagAtim != 0 && f&FstflagAtimNow != 0 || f&FstflagMtim != 0 && f&FstflagMtimNow != 0 {
		return ts, ErrnoInval
	}
	pick := func(v uint64, set, now uint16) unix.Timespec {
		switch {
		case f&set != 0:
			return unix.NsecToTimespec(int64(v))
		case f&now != 0:
			return unix.Timespec{Nsec: unix.UTIME_NOW}
		}
		return unix.Timespec{Nsec: unix.UTIME_OMIT}
	}
	// Only a time that is set must be representable: an omitted one is
	// ignored whatever its value (Go passes its UTIME_OMIT encoding).
	if f&FstflagAtim != 0 && atim > math.MaxInt64 || f&FstflagMtim != 0 && mtim > math.MaxInt64 {
		return ts, ErrnoInval
	}
	ts[0] = pick(atim, FstflagAtim, FstflagAtimNow)
	ts[1] = pick(mtim, FstflagMtim, FstflagMtimNow)
	return ts, ErrnoSuccess
}

// FdFilestatSetTimes implements fd_filestat_set_times.
func (s *System) FdFilestatSetTimes(fd uint32, atim, mtim uint64, fst uint32) Errno {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return errno
	}
	ts, errno := timespecs(atim, mtim, fst)
	if errno != ErrnoSuccess {
		return errno
	}
	if errno := e.need(RightFdFilestatSetTimes); errno != ErrnoSuccess {
		return errno
	}
	switch e.kind {
	case kindHostFile, kindHostDir:
		return toErrno(futimens(e.hostFD, &ts))
	case kindVFSFile, kindVFSDir:
		return ErrnoPerm
	}
	return ErrnoBadf
}

func isDir(e *fdEntry) bool { return e.kind == kindHostDir || e.kind == kindVFSDir }

// FdPrestatGet implements fd_prestat_get.
func (s *System) FdPrestatGet(mem []byte, fd, bufPtr uint32) Errno {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return errno
	}
	if !e.preopen {
		return ErrnoBadf
	}
	b, ok := memRange(mem, bufPtr, 8)
	if !ok {
		return ErrnoFault
	}
	clear(b)
	put32(b, 4, uint32(len(e.guestName)))
	return ErrnoSuccess
}

// FdPrestatDirName implements fd_prestat_dir_name. A buffer shorter than
// the name is ENAMETOOLONG; a longer one is fine (only the name is written).
func (s *System) FdPrestatDirName(mem []byte, fd, buf, n uint32) Errno {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return errno
	}
	if !e.preopen {
		return ErrnoBadf
	}
	if n < uint32(len(e.guestName)) {
		return ErrnoNametoolong
	}
	b, ok := memRange(mem, buf, uint32(len(e.guestName)))
	if !ok {
		return ErrnoFault
	}
	copy(b, e.guestName)
	return ErrnoSuccess
}

// ioArgs checks what fd_read, fd_pread, fd_write and fd_pwrite share: fd
// is open, not a directory and has right; the iovec array and the 4-byte
// result at resultPtr lie in memory.
func (s *System) ioArgs(mem []byte, fd uint32, right uint64, iovsPtr, iovsLen, resultPtr uint32) (*fdEntry, []byte, Errno) {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return nil, nil, errno
	}
	if isDir(e) {
		return nil, nil, ErrnoIsdir
	}
	if e.base&right == 0 {
		return nil, nil, ErrnoBadf
	}
	arr, _, errno := iovecs(mem, iovsPtr, iovsLen)
	if errno != ErrnoSuccess {
		return nil, nil, errno
	}
	if uint64(resultPtr)+4 > uint64(len(mem)) {
		return nil, nil, ErrnoFault
	}
	return e, arr, ErrnoSuccess
}

// FdRead implements fd_read. Missing FD_READ is EBADF, as POSIX read(2)
// on a write-only descriptor (path_open_read_write accepts PERM or BADF,
// fd_fdstat_set_rights BADF or NOTCAPABLE). A read from a pipe, FIFO,
// socket or terminal (stdin included) that waits for data ends when ctx is
// done: errno INTR and ctx's error, which the engine turns into an
// "interrupted" trap. Regular files keep a plain read.
func (s *System) FdRead(ctx context.Context, mem []byte, fd, iovsPtr, iovsLen, nreadPtr uint32) (Errno, error) {
	e, arr, errno := s.ioArgs(mem, fd, RightFdRead, iovsPtr, iovsLen, nreadPtr)
	if errno != ErrnoSuccess {
		return errno, nil
	}
	var n uint64
	var err error
	switch e.kind {
	case kindHostFile:
		if streamFD(e.filetype) {
			n, errno, err = s.streamRead(ctx, e, e.hostFD, mem, arr)
		} else {
			n, errno = s.hostIO(unix.SYS_READV, e.hostFD, mem, arr, -1)
		}
	case kindReader:
		if e.osFile != nil && streamFD(e.filetype) {
			n, errno, err = s.streamRead(ctx, e, e.stdFD, mem, arr)
		} else {
			n, errno = readerIO(e.reader, mem, arr)
		}
	case kindVFSFile:
		n, errno = vfsRead(e, mem, arr)
	case kindConn:
		n, errno, err = s.sockIO(ctx, e, mem, arr, false, 0)
	default:
		return ErrnoBadf, nil
	}
	if errno != ErrnoSuccess || err != nil {
		return errno, err
	}
	writeU32(mem, nreadPtr, uint32(n))
	return ErrnoSuccess, nil
}

// FdPread implements fd_pread.
func (s *System) FdPread(mem []byte, fd, iovsPtr, iovsLen uint32, offset uint64, nreadPtr uint32) Errno {
	e, arr, errno := s.ioArgs(mem, fd, RightFdRead, iovsPtr, iovsLen, nreadPtr)
	if errno != ErrnoSuccess {
		return errno
	}
	if offset > math.MaxInt64 {
		return ErrnoInval
	}
	var n uint64
	switch e.kind {
	case kindHostFile:
		n, errno = s.hostIO(unix.SYS_PREADV, e.hostFD, mem, arr, int64(offset))
	case kindVFSFile:
		n, errno = vfsPread(e, mem, arr, int64(offset))
	default:
		return ErrnoSpipe
	}
	if errno != ErrnoSuccess {
		return errno
	}
	writeU32(mem, nreadPtr, uint32(n))
	return ErrnoSuccess
}

// FdWrite implements fd_write. A write to a socket that waits for room
// ends when ctx is done (errno INTR and ctx's error).
func (s *System) FdWrite(ctx context.Context, mem []byte, fd, iovsPtr, iovsLen, nwrittenPtr uint32) (Errno, error) {
	e, arr, errno := s.ioArgs(mem, fd, RightFdWrite, iovsPtr, iovsLen, nwrittenPtr)
	if errno != ErrnoSuccess {
		return errno, nil
	}
	var n uint64
	var err error
	switch e.kind {
	case kindHostFile:
		n, errno = s.hostIO(unix.SYS_WRITEV, e.hostFD, mem, arr, -1)
	case kindWriter:
		n, errno = s.writerIO(e.writer, mem, arr)
	case kindConn:
		n, errno, err = s.sockIO(ctx, e, mem, arr, true, 0)
	default:
		return ErrnoBadf, nil
	}
	if errno != ErrnoSuccess || err != nil {
		return errno, err
	}
	writeU32(mem, nwrittenPtr, uint32(n))
	return ErrnoSuccess, nil
}

// FdPwrite implements fd_pwrite. On an O_APPEND file Linux appends whatever
// the offset; the testsuite (pwrite-with-append) accepts that, and the fd
// offset is left unchanged either way.
func (s *System) FdPwrite(mem []byte, fd, iovsPtr, iovsLen uint32, offset uint64, nwrittenPtr uint32) Errno {
	e, arr, errno := s.ioArgs(mem, fd, RightFdWrite, iovsPtr, iovsLen, nwrittenPtr)
	if errno != ErrnoSuccess {
		return errno
	}
	if offset > math.MaxInt64 {
		return ErrnoInval
	}
	if e.kind != kindHostFile {
		return ErrnoSpipe
	}
	n, errno := s.hostIO(unix.SYS_PWRITEV, e.hostFD, mem, arr, int64(offset))
	if errno != ErrnoSuccess {
		return errno
	}
	writeU32(mem, nwrittenPtr, uint32(n))
	return ErrnoSuccess
}

// gatherMax is the most an fd_write to a Writer copies to make one Write
// of its iovecs.
const gatherMax = 4096

// maxIO caps one call's transfer so the count fits the u32 result.
const maxIO = math.MaxInt32

// hostIO does readv/writev/preadv/pwritev with one syscall, using the
// System's scratch iovec array so the hot path does not allocate.
func (s *System) hostIO(trap uintptr, fd int, mem, arr []byte, off int64) (uint64, Errno) {
	iovs := s.hostIovecs(mem, arr)
	if len(iovs) == 0 {
		return 0, ErrnoSuccess
	}
	n, en := sysIO(trap, fd, iovs, off, 0)
	runtime.KeepAlive(mem)
	if en != 0 {
		return 0, toErrno(en)
	}
	return n, ErrnoSuccess
}

// hostIovecs builds the host iovec array for the guest's iovecs arr (at most
// IOV_MAX entries and maxIO bytes, empty buffers skipped) in the System's
// scratch space. The entries point into mem: keep it alive until the
// syscall returns.
func (s *System) hostIovecs(mem, arr []byte) []unix.Iovec {
	cnt := len(arr) / 8
	if cnt > 1024 { // IOV_MAX
		cnt = 1024
	}
	if cap(s.iov) < cnt {
		s.iov = make([]unix.Iovec, cnt)
	}
	iovs := s.iov[:0]
	var total uint64
	for i := 0; i < cnt; i++ {
		b := iov(mem, arr, i)
		if len(b) == 0 {
			continue
		}
		if total+uint64(len(b)) > maxIO {
			b = b[:maxIO-total]
		}
		var v unix.Iovec
		v.Base = &b[0]
		v.SetLen(len(b))
		iovs = append(iovs, v)
		total += uint64(len(b))
		if total >= maxIO {
			break
		}
	}
	return iovs
}

// readerIO fills iovecs from an io.Reader, stopping at the first short
// read so it never blocks once some data has arrived.
func readerIO(r io.Reader, mem, arr []byte) (uint64, Errno) {
	var total uint64
	for i := 0; i < len(arr)/8; i++ {
		b := iov(mem, arr, i)
		if len(b) == 0 {
			continue
		}
		if total+uint64(len(b)) > maxIO { // keep the count within the u32 result
			b = b[:maxIO-total]
		}
		n, err := r.Read(b)
		total += uint64(n)
		if err != nil {
			if err == io.EOF || total > 0 {
				return total, ErrnoSuccess
			}
			return 0, toErrno(err)
		}
		if n < len(b) || total >= maxIO {
			break
		}
	}
	return total, ErrnoSuccess
}

func (s *System) writerIO(w io.Writer, mem, arr []byte) (uint64, Errno) {
	if n := len(arr) / 8; n > 1 {
		// A libc flush is usually two iovecs (the buffer, then the new
		// data): gathered into one Write, that is one write(2) to a file
		// or pipe rather than two, and a line does not split between
		// them when other processes write to the same pipe.
		size := 0
		for i := 0; i < n && size <= gatherMax; i++ {
			size += len(iov(mem, arr, i))
		}
		if size <= gatherMax {
			b := s.gather[:0]
			for i := 0; i < n; i++ {
				b = append(b, iov(mem, arr, i)...)
			}
			s.gather = b
			if len(b) == 0 {
				return 0, ErrnoSuccess
			}
			k, err := w.Write(b)
			if err != nil && k == 0 {
				return 0, toErrno(err)
			}
			return uint64(k), ErrnoSuccess
		}
	}
	var total uint64
	for i := 0; i < len(arr)/8; i++ {
		b := iov(mem, arr, i)
		if len(b) == 0 {
			continue
		}
		if total+uint64(len(b)) > maxIO {
			b = b[:maxIO-total]
		}
		n, err := w.Write(b)
		total += uint64(n)
		if err != nil {
			if total > 0 {
				return total, ErrnoSuccess
			}
			return 0, toErrno(err)
		}
		if total >= maxIO {
			break
		}
	}
	return total, ErrnoSuccess
}

// FdSeek implements fd_seek.
func (s *System) FdSeek(mem []byte, fd uint32, offset int64, whence uint32, newOffPtr uint32) Errno {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return errno
	}
	if isDir(e) {
		return ErrnoIsdir
	}
	if whence > uint32(WhenceEnd) {
		return ErrnoInval
	}
	need := RightFdSeek
	if offset == 0 && whence == uint32(WhenceCur) {
		need = RightFdTell // a pure tell needs only FD_TELL
		if e.base&RightFdSeek != 0 {
			need = RightFdSeek
		}
	}
	if errno := e.need(need); errno != ErrnoSuccess {
		return errno
	}
	if uint64(newOffPtr)+8 > uint64(len(mem)) {
		return ErrnoFault
	}
	var pos int64
	switch e.kind {
	case kindHostFile:
		if e.filetype != FiletypeRegularFile && e.filetype != FiletypeBlockDevice && e.filetype != FiletypeCharacterDevice {
			return ErrnoSpipe
		}
		p, err := unix.Seek(e.hostFD, offset, int(whence))
		if err != nil {
			return toErrno(err)
		}
		pos = p
	case kindVFSFile:
		p, errno := vfsSeek(e, offset, int(whence))
		if errno != ErrnoSuccess {
			return errno
		}
		pos = p
	default:
		return ErrnoSpipe
	}
	writeU64(mem, newOffPtr, uint64(pos))
	return ErrnoSuccess
}

// FdTell implements fd_tell.
func (s *System) FdTell(mem []byte, fd, offPtr uint32) Errno {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return errno
	}
	if isDir(e) {
		return ErrnoIsdir
	}
	if errno := e.need(RightFdTell); errno != ErrnoSuccess {
		return errno
	}
	return s.FdSeek(mem, fd, 0, uint32(WhenceCur), offPtr)
}
