;; nested: "run" stores 0x11 at address 0 of its memory, calls the host
;; import env.cb (which may call into another instance, nested on the same
;; native stack) and returns the byte at address 0: still 0x11 if the
;; nested call restored this instance's memory base.
(module
  (import "env" "cb" (func $cb))
  (memory 1)
  (func (export "run") (result i32)
    (i32.store8 (i32.const 0) (i32.const 0x11))
    (call $cb)
    (i32.load8_u (i32.const 0))))
