;; table_huge: declares a table of 0xFFFFFFFF elements (32 GiB of
;; references). Instantiation must fail with a limit error before anything
;; is allocated.
(module
  (table 0xFFFFFFFF funcref)
  (func (export "_start")))
