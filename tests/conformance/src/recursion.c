/* Recursion: naive fibonacci, a small Ackermann, mutual recursion and recursive gcd. */
#include <stdint.h>

int g_n = 20;

static long long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static unsigned int ackermann(unsigned int m, unsigned int n) {
    if (m == 0) return n + 1;
    if (n == 0) return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

static int is_odd(unsigned int n);
static int is_even(unsigned int n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned int n) { return n == 0 ? 0 : is_even(n - 1); }

static uint64_t gcd(uint64_t a, uint64_t b) { return b == 0 ? a : gcd(b, a % b); }

static int hanoi_moves(int n, int from, int to, int via, int *trace) {
    if (n == 0) return 0;
    int moves = hanoi_moves(n - 1, from, via, to, trace);
    *trace = *trace * 3 + from * 2 + to;
    *trace %= 1000003;
    return moves + 1 + hanoi_moves(n - 1, via, to, from, trace);
}

long long checksum(void) {
    int n = g_n;
    uint64_t h = (uint64_t)fib(n);
    h = h * 131 + ackermann(2, (unsigned int)n);
    h = h * 131 + ackermann(3, 4);
    for (unsigned int i = 0; i < 200; i++) h = h * 3 + (uint64_t)is_even(i * 7u + (unsigned int)n);
    for (uint64_t a = 1; a < 60; a++) h += gcd(a * 1071u + (uint64_t)n, a * 462u + 17u);
    int trace = 0;
    h += (uint64_t)hanoi_moves(12, 0, 2, 1, &trace);
    return (long long)(h ^ (uint64_t)trace);
}
