#include <stdio.h>
long long run_sort(void), run_queens(void), run_math(void), run_strings(void), run_vector(void), run_ints(void);
int main(void) {
  printf("run_sort %lld\nrun_queens %lld\nrun_math %lld\nrun_strings %lld\nrun_vector %lld\nrun_ints %lld\n",
         run_sort(), run_queens(), run_math(), run_strings(), run_vector(), run_ints());
  return 0;
}
