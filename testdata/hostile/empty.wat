;; empty: an exported function doing nothing and one calling an empty host
;; import (for call-overhead benchmarks).
(module
  (import "env" "nop" (func $nop))
  (func (export "empty"))
  (func (export "host") (call $nop)))
