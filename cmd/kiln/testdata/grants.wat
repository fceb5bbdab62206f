;; grants: tries to create the file "probe" in each of the preopened
;; directories fd 3 and fd 4, and prints the errno of each attempt
;; ("3:0 4:63": fd 3 writable, fd 4 not (63 is EPERM)).
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open"
    (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 32) "probe")

  (func $print (param $p i32) (param $n i32)
    (i32.store (i32.const 0) (local.get $p))
    (i32.store (i32.const 4) (local.get $n))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 16))))

  ;; print "FD:ERRNO" and a separator (errno < 100)
  (func $report (param $fd i32) (param $errno i32) (param $sep i32)
    (i32.store8 (i32.const 100) (i32.add (i32.const 48) (local.get $fd)))
    (i32.store8 (i32.const 101) (i32.const 58))
    (if (i32.ge_u (local.get $errno) (i32.const 10))
      (then
        (i32.store8 (i32.const 102) (i32.add (i32.const 48) (i32.div_u (local.get $errno) (i32.const 10))))
        (i32.store8 (i32.const 103) (i32.add (i32.const 48) (i32.rem_u (local.get $errno) (i32.const 10))))
        (i32.store8 (i32.const 104) (local.get $sep))
        (call $print (i32.const 100) (i32.const 5)))
      (else
        (i32.store8 (i32.const 102) (i32.add (i32.const 48) (local.get $errno)))
        (i32.store8 (i32.const 103) (local.get $sep))
        (call $print (i32.const 100) (i32.const 4)))))

  ;; create "probe" in dir fd (oflags creat, rights fd_write)
  (func $create (param $fd i32) (result i32)
    (call $path_open (local.get $fd) (i32.const 0) (i32.const 32) (i32.const 5)
      (i32.const 1) (i64.const 64) (i64.const 0) (i32.const 0) (i32.const 48)))

  (func (export "_start")
    (call $report (i32.const 3) (call $create (i32.const 3)) (i32.const 32))
    (call $report (i32.const 4) (call $create (i32.const 4)) (i32.const 10))))
