;; reenter: "down" calls the host import env.down with its argument plus
;; one; a host function that calls "down" again (host -> Wasm -> host ...)
;; recurses without end. The nesting is capped (Limits.CallDepth): the
;; innermost call traps "call stack exhausted" and the process lives.
(module
  (import "env" "down" (func $down (param i32) (result i32)))
  (func (export "down") (param $n i32) (result i32)
    (call $down (i32.add (local.get $n) (i32.const 1)))))
