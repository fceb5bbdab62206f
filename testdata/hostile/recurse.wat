;; recurse: unbounded WebAssembly recursion; traps "call stack exhausted"
;; at the native stack's guard check.
(module
  (func $r (export "_start")
    (call $r)))
