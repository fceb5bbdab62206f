;; Operations whose amd64 code depends on optional CPU features (POPCNT,
;; LZCNT, TZCNT, SSE4.1 rounding): the target tests compile it with and
;; without them and compare the results.
(module
  (func (export "bits") (param i64) (result i64)
    ;; popcnt, clz and ctz of both widths, packed into one result
    (i64.add
      (i64.add
        (i64.popcnt (local.get 0))
        (i64.shl (i64.clz (local.get 0)) (i64.const 8)))
      (i64.add
        (i64.shl (i64.ctz (local.get 0)) (i64.const 16))
        (i64.add
          (i64.shl (i64.extend_i32_u (i32.popcnt (i32.wrap_i64 (local.get 0)))) (i64.const 24))
          (i64.add
            (i64.shl (i64.extend_i32_u (i32.clz (i32.wrap_i64 (local.get 0)))) (i64.const 32))
            (i64.shl (i64.extend_i32_u (i32.ctz (i32.wrap_i64 (local.get 0)))) (i64.const 40)))))))
  (func (export "round64") (param f64) (result f64)
    ;; floor + 10 ceil + 100 trunc + 1000 nearest
    (f64.add
      (f64.add (f64.floor (local.get 0)) (f64.mul (f64.ceil (local.get 0)) (f64.const 10)))
      (f64.add (f64.mul (f64.trunc (local.get 0)) (f64.const 100))
               (f64.mul (f64.nearest (local.get 0)) (f64.const 1000)))))
  (func (export "round32") (param f32) (result f32)
    (f32.add
      (f32.add (f32.floor (local.get 0)) (f32.mul (f32.ceil (local.get 0)) (f32.const 10)))
      (f32.add (f32.mul (f32.trunc (local.get 0)) (f32.const 100))
               (f32.mul (f32.nearest (local.get 0)) (f32.const 1000))))))
