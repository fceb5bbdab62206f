;; reactor: a WASI reactor. _initialize (its "constructors") sets the
;; global that get returns; without it get returns 0.
(module
  (global $g (mut i32) (i32.const 0))
  (func (export "_initialize")
    (global.set $g (i32.const 42)))
  (func (export "get") (result i32)
    (global.get $g))
  (func (export "add") (param i32 i32) (result i32)
    (i32.add (i32.add (local.get 0) (local.get 1)) (global.get $g))))
