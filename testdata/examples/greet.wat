;; greet.wat: a guest that hands its host a string (a pointer and a length
;; into its own memory, which it does not export), and an export the host
;; can call back.
(module
  (import "env" "print" (func $print (param i32 i32)))
  (memory 1)
  (data (i32.const 32) "hello from the guest")
  (func (export "greet") (call $print (i32.const 32) (i32.const 20)))
  (func (export "double") (param i32) (result i32)
    (i32.mul (local.get 0) (i32.const 2))))
