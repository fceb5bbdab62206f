;; unstable: a WASI preview 0 (wasi_unstable) program, for a preopen (fd 3)
;; holding data.txt = "0123456789". It exercises what preview 0 lays out
;; or numbers differently from preview1, and exits 0 when every check
;; passes, else with the number of the failed check:
;;   fd_filestat_get and path_filestat_get: the 56-byte filestat, nlink a
;;     u32 at 20, size at 24 (checks 2-4, 11);
;;   fd_seek: whence CUR = 0, END = 1, SET = 2 (checks 5-8);
;;   poll_oneoff: a clock subscription with preview 0's identifier field,
;;     so the clock id is at 24 and the timeout at 32 (checks 9-10).
;; It prints "789", "3" (what it reads after seeking) and "ok\n".
(module
  (import "wasi_unstable" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_unstable" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_unstable" "fd_seek" (func $fd_seek (param i32 i64 i32 i32) (result i32)))
  (import "wasi_unstable" "fd_filestat_get" (func $fd_filestat_get (param i32 i32) (result i32)))
  (import "wasi_unstable" "path_filestat_get" (func $path_filestat_get (param i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_unstable" "path_open"
    (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_unstable" "poll_oneoff" (func $poll_oneoff (param i32 i32 i32 i32) (result i32)))
  (import "wasi_unstable" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 32) "data.txt")
  (data (i32.const 400) "ok\n")

  (func $check (param $ok i32) (param $code i32)
    (if (i32.eqz (local.get $ok)) (then (call $proc_exit (local.get $code)))))

  ;; write n bytes at p to stdout
  (func $print (param $p i32) (param $n i32)
    (i32.store (i32.const 0) (local.get $p))
    (i32.store (i32.const 4) (local.get $n))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 16))))

  ;; read n bytes from fd into 100 and print them; returns the count
  (func $readprint (param $fd i32) (param $n i32) (result i32)
    (i32.store (i32.const 200) (i32.const 100))
    (i32.store (i32.const 204) (local.get $n))
    (call $check (i32.eqz (call $fd_read (local.get $fd) (i32.const 200) (i32.const 1) (i32.const 216))) (i32.const 20))
    (call $print (i32.const 100) (i32.load (i32.const 216)))
    (i32.load (i32.const 216)))

  ;; seek fd by off from whence; returns the new offset
  (func $seek (param $fd i32) (param $off i64) (param $whence i32) (result i64)
    (call $check (i32.eqz (call $fd_seek (local.get $fd) (local.get $off) (local.get $whence) (i32.const 64))) (i32.const 21))
    (i64.load (i32.const 64)))

  (func $main (export "_start")
    (local $fd i32)
    ;; 1: open data.txt (fd_read, fd_seek, fd_tell, fd_filestat_get)
    (call $check
      (i32.eqz (call $path_open (i32.const 3) (i32.const 0) (i32.const 32) (i32.const 8)
        (i32.const 0) (i64.const 2097190) (i64.const 0) (i32.const 0) (i32.const 48)))
      (i32.const 1))
    (local.set $fd (i32.load (i32.const 48)))
    ;; 2-4: fd_filestat_get writes 56 bytes: nlink 1 at 20, size 10 at 24
    (memory.fill (i32.const 1024) (i32.const 0xab) (i32.const 64))
    (call $check (i32.eqz (call $fd_filestat_get (local.get $fd) (i32.const 1024))) (i32.const 2))
    (call $check (i32.eq (i32.load (i32.const 1044)) (i32.const 1)) (i32.const 3))
    (call $check (i64.eq (i64.load (i32.const 1048)) (i64.const 10)) (i32.const 3))
    (call $check (i32.eq (i32.load8_u (i32.const 1040)) (i32.const 4)) (i32.const 3)) ;; regular file
    (call $check (i64.eq (i64.load (i32.const 1080)) (i64.const 0xabababababababab)) (i32.const 4))
    ;; 5: END (1) - 3 is 7
    (call $check (i64.eq (call $seek (local.get $fd) (i64.const -3) (i32.const 1)) (i64.const 7)) (i32.const 5))
    (drop (call $readprint (local.get $fd) (i32.const 3)))
    ;; 6: SET (2) 2 is 2
    (call $check (i64.eq (call $seek (local.get $fd) (i64.const 2) (i32.const 2)) (i64.const 2)) (i32.const 6))
    ;; 7: CUR (0) + 1 is 3
    (call $check (i64.eq (call $seek (local.get $fd) (i64.const 1) (i32.const 0)) (i64.const 3)) (i32.const 7))
    ;; 8: and reads "3"
    (call $check (i32.eq (call $readprint (local.get $fd) (i32.const 1)) (i32.const 1)) (i32.const 8))
    ;; 9-10: a 1 ms sleep: userdata 5, tag clock, identifier 0xdead at 16
    ;; (a clock id if read as preview1), id monotonic (1) at 24, timeout
    ;; at 32, flags 0 at 48.
    (memory.fill (i32.const 256) (i32.const 0) (i32.const 56))
    (i64.store (i32.const 256) (i64.const 5))
    (i64.store (i32.const 272) (i64.const 0xdead))
    (i32.store (i32.const 280) (i32.const 1))
    (i64.store (i32.const 288) (i64.const 1000000))
    (call $check (i32.eqz (call $poll_oneoff (i32.const 256) (i32.const 320) (i32.const 1) (i32.const 360))) (i32.const 9))
    (call $check (i32.eq (i32.load (i32.const 360)) (i32.const 1)) (i32.const 10))
    (call $check (i64.eq (i64.load (i32.const 320)) (i64.const 5)) (i32.const 10))
    (call $check (i32.eqz (i32.load16_u (i32.const 328))) (i32.const 10)) ;; no error
    ;; 11: path_filestat_get, the same layout
    (memory.fill (i32.const 1024) (i32.const 0xab) (i32.const 64))
    (call $check (i32.eqz (call $path_filestat_get (i32.const 3) (i32.const 0) (i32.const 32) (i32.const 8) (i32.const 1024))) (i32.const 11))
    (call $check (i64.eq (i64.load (i32.const 1048)) (i64.const 10)) (i32.const 11))
    (call $check (i64.eq (i64.load (i32.const 1080)) (i64.const 0xabababababababab)) (i32.const 11))
    (call $print (i32.const 400) (i32.const 3))))
