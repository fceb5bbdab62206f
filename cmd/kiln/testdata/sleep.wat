;; sleep: writes "ready\n", then sleeps for an hour in poll_oneoff (one
;; relative clock subscription, preview1 layout), then exits 7.
(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "poll_oneoff"
    (func $poll_oneoff (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "ready\n")
  (func $main (export "_start")
    (i32.store (i32.const 0) (i32.const 64))
    (i32.store (i32.const 4) (i32.const 6))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 16)))
    ;; subscription at 256: userdata, tag 0 (clock), id 1 (monotonic) at
    ;; +16, timeout at +24 (3600 s), precision, flags 0 (relative).
    (i64.store (i32.const 256) (i64.const 1))
    (i32.store8 (i32.const 264) (i32.const 0))
    (i32.store (i32.const 272) (i32.const 1))
    (i64.store (i32.const 280) (i64.const 3600000000000))
    (drop (call $poll_oneoff (i32.const 256) (i32.const 512) (i32.const 1) (i32.const 20)))
    (call $proc_exit (i32.const 7))))
