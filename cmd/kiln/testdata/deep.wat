;; deep: "deep" recurses n levels (a frame of a few dozen bytes each) and
;; returns n: with a small --max-stack, a large n traps "call stack
;; exhausted".
(module
  (func $deep (export "deep") (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n))
      (then (i32.const 0))
      (else
        (i32.add (call $deep (i32.sub (local.get $n) (i32.const 1))) (i32.const 1))))))
