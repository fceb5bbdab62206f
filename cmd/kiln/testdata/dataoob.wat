;; dataoob: a data segment one byte past the end of memory. The start
;; function must not run (it would trap "unreachable").
(module
  (memory 1)
  (data (i32.const 65535) "ab")
  (func $start unreachable)
  (start $start)
  (func (export "_start")))
