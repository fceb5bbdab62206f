;; memory: one page of memory, growable to 4 GiB by its own declaration.
;; With a host limit (kiln run --max-memory, Limits.MemoryPages) "grow"
;; returns -1 beyond it; "huge" declares more than a small limit allows
;; (see memory_big.wat). "store" writes a byte at an address (traps out of
;; bounds beyond the memory), "size" returns memory.size.
(module
  (memory (export "memory") 1)
  (func (export "grow") (param $n i32) (result i32)
    (memory.grow (local.get $n)))
  (func (export "size") (result i32)
    (memory.size))
  (func (export "store") (param $addr i32) (param $v i32)
    (i32.store8 (local.get $addr) (local.get $v)))
  (func (export "load") (param $addr i32) (result i32)
    (i32.load8_u (local.get $addr))))
