/* Variable-length arrays (C99), which clang-16 brackets with @llvm.stacksave / @llvm.stackrestore
   at every level (at -O2 -march=x86-64-v3 one loop also uses @llvm.masked.load): a Pascal
   triangle row and a prefix-sum table whose sizes depend on run-time values, inside loops so the
   stack space is released and reused every iteration. */
#include <stdint.h>

int32_t g_rows = 40;

static uint64_t pascal_row_sum(int n) {
    uint64_t row[n + 1];
    row[0] = 1;
    for (int i = 1; i <= n; i++) {
        row[i] = 0;
        for (int j = i; j > 0; j--) row[j] += row[j - 1];
    }
    uint64_t h = 0;
    for (int i = 0; i <= n; i++) h = h * 31 + row[i];
    return h;
}

long long checksum(void) {
    uint64_t h = 0;
    int rows = g_rows;
    for (int n = 1; n <= rows; n++) {
        int32_t table[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) table[i][j] = (i * 31 + j * 17) % 23 + (i > 0 ? table[i - 1][j] : 0);
        h = h * 7 + (uint64_t)table[n - 1][n - 1] + pascal_row_sum(n);
    }
    return (long long)h;
}
