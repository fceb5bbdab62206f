/*
 * interp.c - a switch-dispatch bytecode interpreter.
 * A tiny register/stack machine (17 opcodes) runs a bytecode program,
 * assembled at start-up, that computes Collatz step counts for a range
 * of integers and folds them into a checksum.
 * Exercises: the dispatch loop (indirect branch via a jump table), an
 * operand stack in memory, byte-code fetch/decode, branchy code.
 * Default: Collatz lengths of 1..400,000.
 */
#include "common.h"

enum {
  OP_HALT, OP_PUSH, OP_LOAD, OP_STORE, OP_ADD, OP_SUB, OP_MUL, OP_AND,
  OP_SHR, OP_LT, OP_JMP, OP_JZ, OP_JNZ, OP_DUP, OP_POP, OP_INC, OP_XOR
};

typedef struct {
  int32_t code[256];
  int n;
} prog_t;

static int emit(prog_t *p, int op, int32_t arg) {
  int at = p->n;
  p->code[p->n++] = op;
  if (op == OP_PUSH || op == OP_LOAD || op == OP_STORE || op == OP_JMP ||
      op == OP_JZ || op == OP_JNZ || op == OP_INC)
    p->code[p->n++] = arg;
  return at;
}

static uint64_t run(const int32_t *code, int64_t *reg) {
  int64_t stack[64];
  int sp = 0, pc = 0;
  uint64_t executed = 0;
  for (;;) {
    executed++;
    switch (code[pc++]) {
      case OP_HALT: return executed;
      case OP_PUSH: stack[sp++] = code[pc++]; break;
      case OP_LOAD: stack[sp++] = reg[code[pc++]]; break;
      case OP_STORE: reg[code[pc++]] = stack[--sp]; break;
      case OP_ADD: sp--; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] + (uint64_t)stack[sp]); break;
      case OP_SUB: sp--; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] - (uint64_t)stack[sp]); break;
      case OP_MUL: sp--; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] * (uint64_t)stack[sp]); break;
      case OP_AND: sp--; stack[sp - 1] &= stack[sp]; break;
      case OP_XOR: sp--; stack[sp - 1] ^= stack[sp]; break;
      case OP_SHR: sp--; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] >> (stack[sp] & 63)); break;
      case OP_LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
      case OP_JMP: pc = code[pc]; break;
      case OP_JZ: if (stack[--sp] == 0) pc = code[pc]; else pc++; break;
      case OP_JNZ: if (stack[--sp] != 0) pc = code[pc]; else pc++; break;
      case OP_DUP: stack[sp] = stack[sp - 1]; sp++; break;
      case OP_POP: sp--; break;
      case OP_INC: reg[code[pc++]]++; break;
      default: return 0;
    }
  }
}

int main(int argc, char **argv) {
  long n = bench_arg(argc, argv, 400000);
  /* registers: 0 = i, 1 = limit, 2 = acc, 3 = x, 4 = steps */
  prog_t p = {{0}, 0};
  int loop = p.n;
  emit(&p, OP_LOAD, 0);
  emit(&p, OP_LOAD, 1);
  emit(&p, OP_LT, 0);
  int jend = emit(&p, OP_JZ, 0);
  emit(&p, OP_LOAD, 0);
  emit(&p, OP_STORE, 3);
  emit(&p, OP_PUSH, 0);
  emit(&p, OP_STORE, 4);
  int inner = p.n;
  emit(&p, OP_PUSH, 1);
  emit(&p, OP_LOAD, 3);
  emit(&p, OP_LT, 0); /* 1 < x */
  int jdone = emit(&p, OP_JZ, 0);
  emit(&p, OP_LOAD, 3);
  emit(&p, OP_PUSH, 1);
  emit(&p, OP_AND, 0);
  int jodd = emit(&p, OP_JNZ, 0);
  emit(&p, OP_LOAD, 3); /* even: x >>= 1 */
  emit(&p, OP_PUSH, 1);
  emit(&p, OP_SHR, 0);
  emit(&p, OP_STORE, 3);
  int jstep = emit(&p, OP_JMP, 0);
  int odd = p.n; /* odd: x = 3x + 1 */
  emit(&p, OP_LOAD, 3);
  emit(&p, OP_PUSH, 3);
  emit(&p, OP_MUL, 0);
  emit(&p, OP_PUSH, 1);
  emit(&p, OP_ADD, 0);
  emit(&p, OP_STORE, 3);
  int step = p.n;
  emit(&p, OP_INC, 4);
  emit(&p, OP_JMP, inner);
  int done = p.n; /* acc = (acc * 31) ^ steps */
  emit(&p, OP_LOAD, 2);
  emit(&p, OP_PUSH, 31);
  emit(&p, OP_MUL, 0);
  emit(&p, OP_LOAD, 4);
  emit(&p, OP_XOR, 0);
  emit(&p, OP_STORE, 2);
  emit(&p, OP_INC, 0);
  emit(&p, OP_JMP, loop);
  int end = p.n;
  emit(&p, OP_HALT, 0);
  p.code[jend + 1] = end;
  p.code[jdone + 1] = done;
  p.code[jodd + 1] = odd;
  p.code[jstep + 1] = step;

  int64_t reg[8] = {1, (int64_t)n + 1, 0, 0, 0, 0, 0, 0};
  uint64_t executed = run(p.code, reg);
  printf("interp n=%ld acc=%016llx executed=%llu\n", n, (unsigned long long)reg[2],
         (unsigned long long)executed);
  return 0;
}
