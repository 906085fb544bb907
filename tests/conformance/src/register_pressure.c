/* Register pressure: a loop that keeps 20 integer and 20 double values live at once, forcing
   spills on x86-64 (16 general-purpose and 16 vector registers). */
#include <stdint.h>
#include <string.h>

uint64_t g_seed = 17;

__attribute__((noinline)) uint64_t int_pressure(uint64_t s, int rounds) {
    uint64_t a = s, b = s * 3, c = s * 5, d = s * 7, e = s * 11, f = s * 13, g = s * 17, h = s * 19,
             i = s * 23, j = s * 29, k = s * 31, l = s * 37, m = s * 41, n = s * 43, o = s * 47,
             p = s * 53, q = s * 59, r = s * 61, t = s * 67, u = s * 71;
    for (int x = 0; x < rounds; x++) {
        a += u ^ b; b += a >> 3; c ^= b + d; d += c * 3; e -= d ^ f; f += e << 2; g ^= f + h;
        h += g >> 5; i -= h ^ j; j += i * 5; k ^= j + l; l += k >> 7; m -= l ^ n; n += m * 9;
        o ^= n + p; p += o >> 11; q -= p ^ r; r += q * 7; t ^= r + u; u += t >> 13;
    }
    return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10 + k * 11 + l * 12 +
           m * 13 + n * 14 + o * 15 + p * 16 + q * 17 + r * 18 + t * 19 + u * 20;
}

__attribute__((noinline)) double fp_pressure(double s, int rounds) {
    double a = s, b = s * 0.5, c = s * 0.25, d = s + 1, e = s + 2, f = s - 1, g = s - 2, h = s * 1.5,
           i = s * 0.75, j = s + 0.5, k = s - 0.5, l = s * 0.125, m = s + 3, n = s - 3, o = s * 2,
           p = s * 3, q = s + 0.25, r = s - 0.25, t = s * 0.9, u = s * 1.1;
    for (int x = 0; x < rounds; x++) {
        a = a * 0.5 + u * 0.25; b = b * 0.5 + a * 0.25; c = c * 0.5 + b * 0.25; d = d * 0.5 + c * 0.25;
        e = e * 0.5 + d * 0.25; f = f * 0.5 + e * 0.25; g = g * 0.5 + f * 0.25; h = h * 0.5 + g * 0.25;
        i = i * 0.5 + h * 0.25; j = j * 0.5 + i * 0.25; k = k * 0.5 + j * 0.25; l = l * 0.5 + k * 0.25;
        m = m * 0.5 + l * 0.25; n = n * 0.5 + m * 0.25; o = o * 0.5 + n * 0.25; p = p * 0.5 + o * 0.25;
        q = q * 0.5 + p * 0.25; r = r * 0.5 + q * 0.25; t = t * 0.5 + r * 0.25; u = u * 0.5 + t * 0.25 + 1.0;
    }
    return a - b + c - d + e - f + g - h + i - j + k - l + m - n + o - p + q - r + t - u +
           a * u + b * t + c * r + d * q;
}

long long checksum(void) {
    uint64_t h = 0;
    for (int k = 0; k < 20; k++) {
        h = h * 31 + int_pressure(g_seed + (uint64_t)k, 100 + k);
        double d = fp_pressure((double)g_seed * 0.1 + k, 50 + k);
        uint64_t bits;
        memcpy(&bits, &d, 8);
        h ^= bits;
    }
    return (long long)h;
}
