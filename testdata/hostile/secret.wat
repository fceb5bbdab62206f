;; secret: a memory holding a value. "put" stores a 32-bit value at address
;; 0, "get" loads it. Used to check that a handle of a closed instance
;; cannot read another instance's memory (reservations are reused).
(module
  (memory (export "memory") 1)
  (global $calls (export "calls") (mut i32) (i32.const 0))
  (func (export "put") (param $v i32)
    (global.set $calls (i32.add (global.get $calls) (i32.const 1)))
    (i32.store (i32.const 0) (local.get $v)))
  (func (export "get") (result i32)
    (i32.load (i32.const 0)))
  (func (export "spin")
    (loop $l (br $l))))
