;; importer: imports the memory and "put" of an instance of secret.wat
;; (module name "a") and exports "put" again. Used to check that what an
;; instance imported keeps working after its exporter is closed, and that
;; importing from a closed instance fails.
(module
  (import "a" "memory" (memory 1))
  (import "a" "put" (func $put (param i32)))
  (export "put" (func $put))
  (func (export "put2") (param $v i32)
    (call $put (local.get $v)))
  (func (export "peek") (result i32)
    (i32.load (i32.const 0))))
