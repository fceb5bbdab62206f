/*
 * mandelbrot.c - Mandelbrot set escape-time iteration over a grid.
 * Exercises: f64 multiply/add/compare in a data-dependent loop,
 * branchy inner loop with early exit, integer/float conversion.
 * Default: 2600 x 2600 pixels, up to 200 iterations each.
 */
#include "common.h"

int main(int argc, char **argv) {
  long size = bench_arg(argc, argv, 2600);
  const int maxit = 200;
  uint64_t h = 0, total = 0;
  long inside = 0;
  for (long y = 0; y < size; y++) {
    double ci = 2.0 * (double)y / (double)size - 1.0;
    uint32_t row = 0;
    for (long x = 0; x < size; x++) {
      double cr = 2.5 * (double)x / (double)size - 2.0;
      double zr = 0.0, zi = 0.0, zr2 = 0.0, zi2 = 0.0;
      int it = 0;
      while (it < maxit && zr2 + zi2 <= 4.0) {
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        zr2 = zr * zr;
        zi2 = zi * zi;
        it++;
      }
      if (it == maxit) inside++;
      total += (uint64_t)it;
      row = row * 31u + (uint32_t)it;
    }
    h = mix64(h, row);
  }
  printf("mandelbrot size=%ld inside=%ld iters=%llu hash=%016llx\n", size, inside,
         (unsigned long long)total, (unsigned long long)h);
  return 0;
}
