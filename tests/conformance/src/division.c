/* Signed and unsigned division and remainder at every width, with negative operands, powers of
   two (which compilers strength-reduce) and constant divisors (magic-number multiplication). */
#include <stdint.h>
#include <stdlib.h>

int64_t g_values[] = {-1000000007LL, -65536, -255, -17, -9, -8, -7, -2, -1, 1, 2, 3, 7, 8, 9, 17,
                      255, 65536, 1000000007LL, 9223372036854775807LL, -9223372036854775807LL};

long long checksum(void) {
    const int n = (int)(sizeof g_values / sizeof g_values[0]);
    uint64_t h = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            int64_t a = g_values[i], b = g_values[j];
            h = h * 31 + (uint64_t)(a / b) + (uint64_t)(a % b);
            h = h * 31 + (uint64_t)a / (uint64_t)b + (uint64_t)a % (uint64_t)b;
            int32_t a32 = (int32_t)a, b32 = (int32_t)b;
            if (b32 != 0 && !(a32 == INT32_MIN && b32 == -1))
                h = h * 31 + (uint64_t)(int64_t)(a32 / b32) + (uint64_t)(int64_t)(a32 % b32);
            if ((uint32_t)b != 0) h = h * 31 + (uint32_t)a / (uint32_t)b + (uint32_t)a % (uint32_t)b;
            int16_t a16 = (int16_t)a, b16 = (int16_t)b;
            if (b16 != 0) h = h * 31 + (uint64_t)(int64_t)(a16 / b16) + (uint64_t)(int64_t)(a16 % b16);
            int8_t a8 = (int8_t)a, b8 = (int8_t)b;
            if (b8 != 0) h = h * 31 + (uint64_t)(int64_t)(a8 / b8) + (uint64_t)(int64_t)(a8 % b8);
            uint8_t ua8 = (uint8_t)a, ub8 = (uint8_t)b;
            if (ub8 != 0) h = h * 31 + (uint64_t)(ua8 / ub8) + (uint64_t)(ua8 % ub8);
        }
    for (int i = 0; i < n; i++) {
        int64_t a = g_values[i];
        /* constant divisors: compiled to multiply-high and shifts at -O2 */
        h = h * 17 + (uint64_t)(a / 3) + (uint64_t)(a % 3) + (uint64_t)(a / 8) + (uint64_t)(a % 8);
        h = h * 17 + (uint64_t)(a / -7) + (uint64_t)(a % -7) + (uint64_t)(a / 1000) + (uint64_t)(a % 1000);
        h = h * 17 + (uint64_t)a / 10u + (uint64_t)a % 10u + (uint64_t)a / 16u;
        int32_t a32 = (int32_t)a;
        h = h * 17 + (uint64_t)(int64_t)(a32 / 5) + (uint64_t)(int64_t)(a32 % 64) + (uint32_t)a32 / 7u;
        h += (uint64_t)abs(a32 % 1000) + (uint64_t)abs((int32_t)(a % 77));
    }
    return (long long)h;
}
