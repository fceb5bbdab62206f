;; funcref: references that come from the host. A funcref is the address of
;; a function descriptor, which table.grow and table.fill (in Go) and
;; table.set and call_indirect (in generated code) read; a made-up value
;; passed to "grow" or returned by the host function "env.ref" once killed
;; the process. Now both are refused before the guest sees them.
(module
  (type $ret (func (result i32)))
  (import "env" "ref" (func $ref (result funcref)))
  (table $t 1 funcref)
  (func $seven (type $ret) (i32.const 7))
  (elem declare func $seven)
  ;; "seven" returns a reference to $seven.
  (func (export "seven") (result funcref) (ref.func $seven))
  ;; "grow" appends r to the table and returns its index.
  (func (export "grow") (param $r funcref) (result i32)
    (table.grow $t (local.get $r) (i32.const 1)))
  ;; "grow_host" appends env.ref's result.
  (func (export "grow_host") (result i32)
    (table.grow $t (call $ref) (i32.const 1)))
  ;; "set" stores r at index 0.
  (func (export "set") (param $r funcref)
    (table.set $t (i32.const 0) (local.get $r)))
  (func (export "call") (param $i i32) (result i32)
    (call_indirect $t (type $ret) (local.get $i))))
