;; readstdin: copies stdin to stdout until end of file, one fd_read at a
;; time. With stdin a pipe, terminal or socket that stays open and silent it
;; blocks in fd_read forever: the tests use it to check that a context
;; deadline (Go API) or SIGINT/SIGTERM (kiln run) still stops it, with the
;; trap "interrupted". Rebuild with ./build.sh (needs wabt).
(module
  (import "wasi_snapshot_preview1" "fd_read"
    (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit"
    (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  ;; 0: iovec {buf = 64, len}; 16: nread / nwritten; 64..: the buffer.
  (func $main (export "_start")
    (local $errno i32)
    (loop $again
      (i32.store (i32.const 0) (i32.const 64))
      (i32.store (i32.const 4) (i32.const 4096))
      (local.set $errno
        (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 16)))
      (if (local.get $errno)
        (then (call $proc_exit (local.get $errno))))
      ;; End of file: done.
      (if (i32.eqz (i32.load (i32.const 16)))
        (then (return)))
      ;; Echo what was read (the iovec length becomes nread).
      (i32.store (i32.const 4) (i32.load (i32.const 16)))
      (drop
        (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 16)))
      (br $again))))
