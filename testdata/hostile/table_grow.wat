;; table_grow: (table 1 funcref) and a table.grow by 0xFFFFFFF0 elements.
;; Once this asked Go for ~32 GiB and the process died ("fatal error:
;; runtime: out of memory"); now the grow is checked against the table
;; limit (at most 10,000,000 elements) before anything is allocated and
;; returns -1. "grow" takes the number of elements to add and returns
;; table.grow's result; "size" returns the table's size.
(module
  (table $t 1 funcref)
  (func (export "grow") (param $n i32) (result i32)
    (table.grow $t (ref.null func) (local.get $n)))
  (func (export "huge") (result i32)
    (table.grow $t (ref.null func) (i32.const 0xFFFFFFF0)))
  (func (export "size") (result i32)
    (table.size $t)))
