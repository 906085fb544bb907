/* A long-running loop: one million iterations of a Collatz-step and multiply-xorshift mix, the
   kind of hot loop that dominates interpreter time (kept to ~1M iterations so CI stays fast). */
#include <stdint.h>

uint64_t g_iterations = 1000000;

long long checksum(void) {
    uint64_t n = g_iterations;
    uint64_t x = 27, h = 0, steps = 0;
    for (uint64_t i = 0; i < n; i++) {
        x = (x & 1) ? 3 * x + 1 : x >> 1;
        if (x == 1) x = i + 27;
        steps += x > 1000;
        h = (h ^ x) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 29;
    }
    return (long long)(h + steps);
}
