/*
 * hello.c - start-up benchmark: the smallest useful WASI command.
 * Exercises process start, module compile/instantiate, one fd_write.
 */
#include <stdio.h>

int main(void) {
  puts("hello, world");
  return 0;
}
