//go:build linux

package wasi

import "context"

// HostFunc describes one wasi_snapshot_preview1 import for an engine to
// bind. Call reads its parameters from stack[0:len(Params)] (i32 values in
// the low 32 bits) and writes the errno result to stack[0]; stack must have
// room for max(len(Params), len(Results)) values. The returned error is nil
// except for proc_exit / a terminating proc_raise (*ExitError), a cancelled
// ctx during a blocking call, and fatal host conditions.
type HostFunc struct {
	Name    string
	Params  []ValueType
	Results []ValueType
	Call    func(ctx context.Context, s *System, mem []byte, stack []uint64) error
}

// Functions returns the table of every wasi_snapshot_preview1 function.
// The slice is shared: do not modify it.
func Functions() []HostFunc { return functions }

// Function returns the entry for name, for engines that bind by import.
func Function(name string) (HostFunc, bool) {
	for _, f := range functions {
		if f.Name == name {
			return f, true
		}
	}
	return HostFunc{}, false
}

func u32(v uint64) uint32 { return uint32(v) }

func ret(stack []uint64, e Errno) error {
	stack[0] = uint64(e)
	return nil
}

func sig(params ...ValueType) []ValueType { return params }

var errnoResult = []ValueType{I32}

const (
	i32 = I32
	i64 = I64
)

var functions = []HostFunc{
	{"args_get", sig(i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.ArgsGet(m, u32(st[0]), u32(st[1])))
	}},
	{"args_sizes_get", sig(i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.ArgsSizesGet(m, u32(st[0]), u32(st[1])))
	}},
	{"environ_get", sig(i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.EnvironGet(m, u32(st[0]), u32(st[1])))
	}},
	{"environ_sizes_get", sig(i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.EnvironSizesGet(m, u32(st[0]), u32(st[1])))
	}},
	{"clock_res_get", sig(i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.ClockResGet(m, u32(st[0]), u32(st[1])))
	}},
	{"clock_time_get", sig(i32, i64, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.ClockTimeGet(m, u32(st[0]), st[1], u32(st[2])))
	}},
	{"fd_advise", sig(i32, i64, i64, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.FdAdvise(u32(st[0]), st[1], st[2], u32(st[3])))
	}},
	{"fd_allocate", sig(i32, i64, i64), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.FdAllocate(u32(st[0]), st[1], st[2]))
	}},
	{"fd_close", sig(i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.FdClose(u32(st[0])))
	}},
	{"fd_datasync", sig(i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.FdDatasync(u32(st[0])))
	}},
	{"fd_fdstat_get", sig(i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.FdFdstatGet(m, u32(st[0]), u32(st[1])))
	}},
	{"fd_fdstat_set_flags", sig(i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.FdFdstatSetFlags(u32(st[0]), u32(st[1])))
	}},
	{"fd_fdstat_set_rights", sig(i32, i64, i64), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.FdFdstatSetRights(u32(st[0]), st[1], st[2]))
	}},
	{"fd_filestat_get", sig(i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.FdFilestatGet(m, u32(st[0]), u32(st[1])))
	}},
	{"fd_filestat_set_size", sig(i32, i64), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.FdFilestatSetSize(u32(st[0]), st[1]))
	}},
	{"fd_filestat_set_times", sig(i32, i64, i64, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.FdFilestatSetTimes(u32(st[0]), st[1], st[2], u32(st[3])))
	}},
	{"fd_pread", sig(i32, i32, i32, i64, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.FdPread(m, u32(st[0]), u32(st[1]), u32(st[2]), st[3], u32(st[4])))
	}},
	{"fd_prestat_get", sig(i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.FdPrestatGet(m, u32(st[0]), u32(st[1])))
	}},
	{"fd_prestat_dir_name", sig(i32, i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.FdPrestatDirName(m, u32(st[0]), u32(st[1]), u32(st[2])))
	}},
	{"fd_pwrite", sig(i32, i32, i32, i64, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.FdPwrite(m, u32(st[0]), u32(st[1]), u32(st[2]), st[3], u32(st[4])))
	}},
	{"fd_read", sig(i32, i32, i32, i32), errnoResult, func(ctx context.Context, s *System, m []byte, st []uint64) error {
		e, err := s.FdRead(ctx, m, u32(st[0]), u32(st[1]), u32(st[2]), u32(st[3]))
		st[0] = uint64(e)
		return err
	}},
	{"fd_readdir", sig(i32, i32, i32, i64, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.FdReaddir(m, u32(st[0]), u32(st[1]), u32(st[2]), st[3], u32(st[4])))
	}},
	{"fd_renumber", sig(i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.FdRenumber(u32(st[0]), u32(st[1])))
	}},
	{"fd_seek", sig(i32, i64, i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.FdSeek(m, u32(st[0]), int64(st[1]), u32(st[2]), u32(st[3])))
	}},
	{"fd_sync", sig(i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.FdSync(u32(st[0])))
	}},
	{"fd_tell", sig(i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.FdTell(m, u32(st[0]), u32(st[1])))
	}},
	{"fd_write", sig(i32, i32, i32, i32), errnoResult, func(ctx context.Context, s *System, m []byte, st []uint64) error {
		e, err := s.FdWrite(ctx, m, u32(st[0]), u32(st[1]), u32(st[2]), u32(st[3]))
		st[0] = uint64(e)
		return err
	}},
	{"path_create_directory", sig(i32, i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.PathCreateDirectory(m, u32(st[0]), u32(st[1]), u32(st[2])))
	}},
	{"path_filestat_get", sig(i32, i32, i32, i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.PathFilestatGet(m, u32(st[0]), u32(st[1]), u32(st[2]), u32(st[3]), u32(st[4])))
	}},
	{"path_filestat_set_times", sig(i32, i32, i32, i32, i64, i64, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.PathFilestatSetTimes(m, u32(st[0]), u32(st[1]), u32(st[2]), u32(st[3]), st[4], st[5], u32(st[6])))
	}},
	{"path_link", sig(i32, i32, i32, i32, i32, i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.PathLink(m, u32(st[0]), u32(st[1]), u32(st[2]), u32(st[3]), u32(st[4]), u32(st[5]), u32(st[6])))
	}},
	{"path_open", sig(i32, i32, i32, i32, i32, i64, i64, i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.PathOpen(m, u32(st[0]), u32(st[1]), u32(st[2]), u32(st[3]), u32(st[4]), st[5], st[6], u32(st[7]), u32(st[8])))
	}},
	{"path_readlink", sig(i32, i32, i32, i32, i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.PathReadlink(m, u32(st[0]), u32(st[1]), u32(st[2]), u32(st[3]), u32(st[4]), u32(st[5])))
	}},
	{"path_remove_directory", sig(i32, i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.PathRemoveDirectory(m, u32(st[0]), u32(st[1]), u32(st[2])))
	}},
	{"path_rename", sig(i32, i32, i32, i32, i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.PathRename(m, u32(st[0]), u32(st[1]), u32(st[2]), u32(st[3]), u32(st[4]), u32(st[5])))
	}},
	{"path_symlink", sig(i32, i32, i32, i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.PathSymlink(m, u32(st[0]), u32(st[1]), u32(st[2]), u32(st[3]), u32(st[4])))
	}},
	{"path_unlink_file", sig(i32, i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.PathUnlinkFile(m, u32(st[0]), u32(st[1]), u32(st[2])))
	}},
	{"poll_oneoff", sig(i32, i32, i32, i32), errnoResult, func(ctx context.Context, s *System, m []byte, st []uint64) error {
		e, err := s.PollOneoff(ctx, m, u32(st[0]), u32(st[1]), u32(st[2]), u32(st[3]))
		st[0] = uint64(e)
		return err
	}},
	{"proc_exit", sig(i32), nil, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return &ExitError{Code: u32(st[0])}
	}},
	{"proc_raise", sig(i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		e, err := s.ProcRaise(u32(st[0]))
		st[0] = uint64(e)
		return err
	}},
	{"sched_yield", sig(), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.SchedYield())
	}},
	{"random_get", sig(i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.RandomGet(m, u32(st[0]), u32(st[1])))
	}},
	{"sock_accept", sig(i32, i32, i32), errnoResult, func(ctx context.Context, s *System, m []byte, st []uint64) error {
		e, err := s.SockAccept(ctx, m, u32(st[0]), u32(st[1]), u32(st[2]))
		st[0] = uint64(e)
		return err
	}},
	{"sock_recv", sig(i32, i32, i32, i32, i32, i32), errnoResult, func(ctx context.Context, s *System, m []byte, st []uint64) error {
		e, err := s.SockRecv(ctx, m, u32(st[0]), u32(st[1]), u32(st[2]), u32(st[3]), u32(st[4]), u32(st[5]))
		st[0] = uint64(e)
		return err
	}},
	{"sock_send", sig(i32, i32, i32, i32, i32), errnoResult, func(ctx context.Context, s *System, m []byte, st []uint64) error {
		e, err := s.SockSend(ctx, m, u32(st[0]), u32(st[1]), u32(st[2]), u32(st[3]), u32(st[4]))
		st[0] = uint64(e)
		return err
	}},
	{"sock_shutdown", sig(i32, i32), errnoResult, func(_ context.Context, s *System, m []byte, st []uint64) error {
		return ret(st, s.SockShutdown(u32(st[0]), u32(st[1])))
	}},
}
