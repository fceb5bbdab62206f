/*
 * hashtable.c - separately chained hash table of malloc'd nodes.
 * Exercises: malloc/free churn, pointer chasing through linked chains,
 * hashing, unpredictable loads (cache misses), table resizing.
 * Default: 12,000,000 mixed insert/lookup/delete operations over a key
 * space of 1,000,000.
 */
#include "common.h"

typedef struct node {
  uint64_t key;
  uint64_t val;
  struct node *next;
} node_t;

typedef struct {
  node_t **b;
  uint64_t mask;
  uint64_t n;
} table_t;

static inline uint64_t hkey(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  return k;
}

static void grow(table_t *t) {
  uint64_t nm = t->mask * 2 + 1;
  node_t **nb = xmalloc(sizeof(node_t *) * (nm + 1));
  memset(nb, 0, sizeof(node_t *) * (nm + 1));
  for (uint64_t i = 0; i <= t->mask; i++) {
    node_t *e = t->b[i];
    while (e) {
      node_t *nx = e->next;
      uint64_t j = hkey(e->key) & nm;
      e->next = nb[j];
      nb[j] = e;
      e = nx;
    }
  }
  free(t->b);
  t->b = nb;
  t->mask = nm;
}

static node_t *find(table_t *t, uint64_t k) {
  for (node_t *e = t->b[hkey(k) & t->mask]; e; e = e->next)
    if (e->key == k) return e;
  return NULL;
}

static void put(table_t *t, uint64_t k, uint64_t v) {
  node_t *e = find(t, k);
  if (e) {
    e->val += v;
    return;
  }
  e = xmalloc(sizeof *e);
  e->key = k;
  e->val = v;
  uint64_t j = hkey(k) & t->mask;
  e->next = t->b[j];
  t->b[j] = e;
  if (++t->n > (t->mask + 1) * 2) grow(t);
}

static int del(table_t *t, uint64_t k) {
  node_t **pp = &t->b[hkey(k) & t->mask];
  for (node_t *e = *pp; e; pp = &e->next, e = e->next)
    if (e->key == k) {
      *pp = e->next;
      free(e);
      t->n--;
      return 1;
    }
  return 0;
}

int main(int argc, char **argv) {
  long ops = bench_arg(argc, argv, 12000000);
  table_t t;
  t.mask = 15;
  t.n = 0;
  t.b = xmalloc(sizeof(node_t *) * 16);
  memset(t.b, 0, sizeof(node_t *) * 16);
  rng_t r = {99};
  uint64_t found = 0, deleted = 0, acc = 0;
  for (long i = 0; i < ops; i++) {
    uint64_t x = rng_next(&r);
    uint64_t k = (x >> 8) % 1000000;
    switch (x & 3) {
      case 0:
      case 1:
        put(&t, k, x & 0xffff);
        break;
      case 2: {
        node_t *e = find(&t, k);
        if (e) {
          found++;
          acc += e->val;
        }
        break;
      }
      default:
        deleted += (uint64_t)del(&t, k);
    }
  }
  uint64_t h = 0, sum = 0;
  for (uint64_t i = 0; i <= t.mask; i++) {
    uint64_t c = 0;
    node_t *e = t.b[i];
    while (e) {
      node_t *nx = e->next;
      sum += e->key ^ e->val;
      c++;
      free(e);
      e = nx;
    }
    h = mix64(h, c);
  }
  free(t.b);
  printf("hashtable ops=%ld size=%llu found=%llu deleted=%llu acc=%llu sum=%llu hash=%016llx\n",
         ops, (unsigned long long)t.n, (unsigned long long)found,
         (unsigned long long)deleted, (unsigned long long)acc,
         (unsigned long long)sum, (unsigned long long)h);
  return 0;
}
