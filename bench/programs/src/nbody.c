/*
 * nbody.c - gravitational n-body simulation (symplectic Euler).
 * Exercises: f64 arithmetic with sqrt and division, small structs
 * accessed in nested loops, loop-carried floating-point dependencies.
 * Default: 64 bodies from a fixed PRNG, 140,000 steps.
 */
#include <math.h>
#include "common.h"

typedef struct {
  double x, y, z, vx, vy, vz, m;
} body_t;

#define NB 64

static double energy(const body_t *b, int n) {
  double e = 0.0;
  for (int i = 0; i < n; i++) {
    e += 0.5 * b[i].m * (b[i].vx * b[i].vx + b[i].vy * b[i].vy + b[i].vz * b[i].vz);
    for (int j = i + 1; j < n; j++) {
      double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y, dz = b[i].z - b[j].z;
      e -= b[i].m * b[j].m / sqrt(dx * dx + dy * dy + dz * dz + 0.01);
    }
  }
  return e;
}

int main(int argc, char **argv) {
  long steps = bench_arg(argc, argv, 140000);
  body_t b[NB];
  rng_t r = {7};
  for (int i = 0; i < NB; i++) {
    b[i].x = rng_double(&r) * 10.0 - 5.0;
    b[i].y = rng_double(&r) * 10.0 - 5.0;
    b[i].z = rng_double(&r) * 10.0 - 5.0;
    b[i].vx = rng_double(&r) * 0.2 - 0.1;
    b[i].vy = rng_double(&r) * 0.2 - 0.1;
    b[i].vz = rng_double(&r) * 0.2 - 0.1;
    b[i].m = 0.5 + rng_double(&r);
  }
  double e0 = energy(b, NB);
  const double dt = 0.001;
  for (long s = 0; s < steps; s++) {
    for (int i = 0; i < NB; i++) {
      for (int j = i + 1; j < NB; j++) {
        double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y, dz = b[i].z - b[j].z;
        double d2 = dx * dx + dy * dy + dz * dz + 0.01;
        double mag = dt / (d2 * sqrt(d2));
        double mi = b[i].m * mag, mj = b[j].m * mag;
        b[i].vx -= dx * mj;
        b[i].vy -= dy * mj;
        b[i].vz -= dz * mj;
        b[j].vx += dx * mi;
        b[j].vy += dy * mi;
        b[j].vz += dz * mi;
      }
    }
    for (int i = 0; i < NB; i++) {
      b[i].x += dt * b[i].vx;
      b[i].y += dt * b[i].vy;
      b[i].z += dt * b[i].vz;
    }
  }
  double e1 = energy(b, NB);
  uint64_t h = 0;
  for (int i = 0; i < NB; i++) {
    uint64_t bits;
    memcpy(&bits, &b[i].x, 8);
    h = mix64(h, bits);
    memcpy(&bits, &b[i].vz, 8);
    h = mix64(h, bits);
  }
  printf("nbody steps=%ld e0=%.9f e1=%.9f bits=%016llx\n", steps, e0, e1,
         (unsigned long long)h);
  return 0;
}
