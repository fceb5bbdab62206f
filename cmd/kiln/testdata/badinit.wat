;; badinit: an _initialize that returns a result.
(module
  (func (export "_initialize") (result i32) (i32.const 1))
  (func (export "get") (result i32) (i32.const 2)))
