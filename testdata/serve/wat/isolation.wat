;; isolation: each request reports what it finds, then dirties everything a
;; later request could observe if instances were shared or reused without
;; a reset: a mutable global, a byte of linear memory (in the initial
;; pages), a table element, and the memory's size (it grows by one page and
;; writes to the new page). A fresh instance always answers "0001"
;; (global 0, memory byte 0, table element null, 1 page).
(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (global $g (mut i32) (i32.const 0))
  (table $t 1 funcref)
  (func $f)
  (elem declare func $f)
  (data (i32.const 0) "Content-Type: text/plain\n\n")
  ;; 0..26: the header; 32..37: the four digits and a newline; 64: iovec;
  ;; 72: nwritten; 1024: the byte a request dirties
  (func (export "_start")
    (i32.store8 (i32.const 32) (i32.add (i32.const 48) (global.get $g)))
    (i32.store8 (i32.const 33) (i32.add (i32.const 48) (i32.load8_u (i32.const 1024))))
    (i32.store8 (i32.const 34)
      (i32.add (i32.const 48) (i32.eqz (ref.is_null (table.get $t (i32.const 0))))))
    (i32.store8 (i32.const 35) (i32.add (i32.const 48) (memory.size)))
    (i32.store8 (i32.const 36) (i32.const 10))
    ;; dirty everything
    (global.set $g (i32.const 1))
    (i32.store8 (i32.const 1024) (i32.const 1))
    (table.set $t (i32.const 0) (ref.func $f))
    (drop (memory.grow (i32.const 1)))
    (i32.store (i32.const 65536) (i32.const 0x5ec12e7))
    ;; write the header and the digits: one iovec from 0 to 37 would include
    ;; bytes 26..31, so two calls
    (i32.store (i32.const 64) (i32.const 0))
    (i32.store (i32.const 68) (i32.const 26))
    (drop (call $fd_write (i32.const 1) (i32.const 64) (i32.const 1) (i32.const 72)))
    (i32.store (i32.const 64) (i32.const 32))
    (i32.store (i32.const 68) (i32.const 5))
    (drop (call $fd_write (i32.const 1) (i32.const 64) (i32.const 1) (i32.const 72))))
)
