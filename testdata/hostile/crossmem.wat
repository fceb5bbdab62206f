;; crossmem: an instance whose functions another instance calls
;; (crossmem_caller.wat). Each suspends to the host in the middle (a
;; builtin, or a yield at a poll) and then reads its own memory, which must
;; still be its own when it resumes, not its caller's; or traps first if
;; asked to (trap_load).
(module
  (memory (export "mem") 1)
  (data (i32.const 0) "\2a\00\00\00")
  (func (export "grow_load") (result i32)
    (drop (memory.grow (i32.const 0)))
    (i32.load (i32.const 0)))
  (func (export "spin_load") (param $n i32) (result i32)
    (local $i i32)
    (block $done
      (loop $top
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $top)))
    (i32.load (i32.const 0)))
  (func (export "trap_load") (param $trap i32) (result i32)
    (if (local.get $trap) (then unreachable))
    (i32.load (i32.const 0))))
