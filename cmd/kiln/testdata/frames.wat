;; frames: a trap three calls deep. Function 0 has a name in the name
;; section; 1 has none and is not exported; 2 has none but is exported as
;; "go". The trapping load is at a known module offset.
(module
  (memory 1)
  (func $load (param i32) (result i32)
    (i32.load offset=70000 (local.get 0)))
  (func (param i32) (result i32)
    (call $load (local.get 0)))
  (func (export "go") (result i32)
    (call 1 (i32.const 7))))
