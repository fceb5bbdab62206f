;; badstart: a _start that takes a parameter and returns a result, which a
;; WASI command's _start may not.
(module
  (func (export "_start") (param i32) (result i32)
    (local.get 0)))
