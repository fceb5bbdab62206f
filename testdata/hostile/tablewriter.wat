;; tablewriter: imports a funcref table and stores its own function "f"
;; (returning 7) at index 0. When the instance is closed, the reference
;; in the table (the address of its function descriptor) must not outlive
;; it: the element becomes null. "call" calls through the table.
(module
  (import "h" "t" (table 2 funcref))
  (type $r (func (result i32)))
  (func $f (result i32) (i32.const 7))
  (func (export "call") (param $i i32) (result i32)
    (call_indirect (type $r) (local.get $i)))
  (elem (i32.const 0) $f))
