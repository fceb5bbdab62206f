;; exit: "exit" calls proc_exit with its argument.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (func (export "exit") (param i32)
    (call $proc_exit (local.get 0))))
