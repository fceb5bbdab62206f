;; memory_big: declares 1024 pages (64 MiB) of initial memory. With a host
;; limit below that (kiln run --max-memory 16MiB) instantiation fails with a
;; limit error before the memory is created.
(module
  (memory 1024)
  (func (export "_start")))
