;; bulk: bulk-memory operations that trap out of bounds. They run in Go
;; (runtime builtins), and the trap still names the WebAssembly function
;; that executed them and its callers: "fill" called from "outer" traps
;; with frames [fill, outer].
(module
  (memory 1)
  (data $d "hello")
  (func $fill (export "fill")
    (memory.fill (i32.const 65000) (i32.const 7) (i32.const 1000)))
  (func $copy (export "copy")
    (memory.copy (i32.const 65500) (i32.const 0) (i32.const 100)))
  (func $init (export "init")
    (memory.init $d (i32.const 65534) (i32.const 0) (i32.const 5)))
  (func $outer (export "outer")
    (call $fill))
  (func $_start (export "_start")
    (call $outer)))
