/*
 * crc32.c - table-driven CRC-32 (IEEE 802.3, reflected 0xEDB88320)
 * over a large buffer, byte at a time and slicing-by-4.
 * Exercises: byte loads, table lookups (dependent loads), shifts/xors.
 * Default: a 32 MiB buffer, 24 passes (12 bytewise, 12 sliced).
 */
#include "common.h"

static uint32_t T[4][256];

static void init_tables(void) {
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    T[0][i] = c;
  }
  for (uint32_t i = 0; i < 256; i++)
    for (int t = 1; t < 4; t++) T[t][i] = (T[t - 1][i] >> 8) ^ T[0][T[t - 1][i] & 0xff];
}

static uint32_t crc_bytes(uint32_t crc, const uint8_t *p, size_t n) {
  crc = ~crc;
  for (size_t i = 0; i < n; i++) crc = T[0][(crc ^ p[i]) & 0xff] ^ (crc >> 8);
  return ~crc;
}

static uint32_t crc_slice4(uint32_t crc, const uint8_t *p, size_t n) {
  crc = ~crc;
  while (n >= 4) {
    crc ^= (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    crc = T[3][crc & 0xff] ^ T[2][(crc >> 8) & 0xff] ^ T[1][(crc >> 16) & 0xff] ^ T[0][crc >> 24];
    p += 4;
    n -= 4;
  }
  while (n--) crc = T[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
  return ~crc;
}

int main(int argc, char **argv) {
  long passes = bench_arg(argc, argv, 12);
  init_tables();
  if (crc_bytes(0, (const uint8_t *)"123456789", 9) != 0xCBF43926u ||
      crc_slice4(0, (const uint8_t *)"123456789", 9) != 0xCBF43926u) {
    puts("crc32 self-test FAILED");
    return 1;
  }
  size_t len = 32u << 20;
  uint8_t *buf = xmalloc(len);
  rng_t r = {31337};
  for (size_t i = 0; i < len; i += 8) {
    uint64_t v = rng_next(&r);
    memcpy(buf + i, &v, 8);
  }
  uint32_t a = 0, b = 0;
  for (long k = 0; k < passes; k++) {
    a = crc_bytes(a, buf, len);
    b = crc_slice4(b, buf, len);
  }
  printf("crc32 passes=%ld bytewise=%08x sliced=%08x %s\n", passes, a, b,
         a == b ? "match" : "MISMATCH");
  free(buf);
  return 0;
}
