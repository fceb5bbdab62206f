/*
 * fib.c - naive doubly-recursive Fibonacci, plus a deep linear recursion.
 * Exercises: call/return overhead, prologue/epilogue, stack-pointer
 * manipulation, shallow-but-very-many calls; then a deep linear recursion
 * (5,000 frames, within every engine's default stack).
 * Default: fib(43), plus a 5,000-deep recursion done 2,000 times.
 */
#include "common.h"

__attribute__((noinline)) static uint32_t fib(uint32_t n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

__attribute__((noinline)) static uint64_t deep(uint32_t n, uint64_t acc) {
  if (n == 0) return acc;
  uint64_t r = deep(n - 1, acc * 6364136223846793005ULL + n);
  return r ^ (r >> 29) ^ n; /* not a tail call */
}

int main(int argc, char **argv) {
  uint32_t n = (uint32_t)bench_arg(argc, argv, 43);
  uint32_t f = fib(n);
  uint64_t d = 0;
  for (uint32_t i = 0; i < 2000; i++) d ^= deep(5000, i);
  printf("fib n=%u fib=%u deep=%016llx\n", n, f, (unsigned long long)d);
  return 0;
}
