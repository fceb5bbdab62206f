;; crossmem_caller: calls crossmem's functions and then reads its own
;; memory: 100 * what the callee read (42) + what it reads (7) = 4207. It
;; exports one of them again (callee_load).
(module
  (import "crossmem" "grow_load" (func $grow_load (result i32)))
  (import "crossmem" "spin_load" (func $spin_load (param i32) (result i32)))
  (import "crossmem" "trap_load" (func $trap_load (param i32) (result i32)))
  (export "callee_load" (func $trap_load))
  (memory 1)
  (data (i32.const 0) "\07\00\00\00")
  (func (export "grow") (result i32)
    (i32.add (i32.mul (call $grow_load) (i32.const 100)) (i32.load (i32.const 0))))
  (func (export "spin") (param $n i32) (result i32)
    (i32.add (i32.mul (call $spin_load (local.get $n)) (i32.const 100)) (i32.load (i32.const 0))))
  (func (export "trap") (param $trap i32) (result i32)
    (i32.add (i32.mul (call $trap_load (local.get $trap)) (i32.const 100)) (i32.load (i32.const 0)))))
