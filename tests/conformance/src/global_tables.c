/* Global arrays and constant tables: lookup tables of several element types, a 2-D constant
   table, string tables of pointers, and mutable globals updated across calls. */
#include <stdint.h>

static const uint8_t sbox[16] = {0xC, 0x5, 0x6, 0xB, 0x9, 0x0, 0xA, 0xD, 0x3, 0xE, 0xF, 0x8, 0x4, 0x7, 0x1, 0x2};
static const int16_t sine_table[32] = {0, 3212, 6393, 9512, 12539, 15446, 18204, 20787, 23170, 25329, 27245,
                                       28898, 30273, 31356, 32137, 32609, 32767, 32609, 32137, 31356, 30273,
                                       28898, 27245, 25329, 23170, 20787, 18204, 15446, 12539, 9512, 6393, 3212};
static const uint32_t primes[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71};
static const double weights[4][3] = {{0.5, 0.25, 0.125}, {1.0, -1.0, 2.0}, {3.5, 0.0, -0.5}, {0.75, 0.75, 0.75}};
static const char *const words[] = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"};

uint64_t g_counter = 0;
int32_t g_history[64];
int32_t g_history_len;

static uint16_t present_layer(uint16_t x) {
    uint16_t r = 0;
    for (int i = 0; i < 4; i++) r |= (uint16_t)(sbox[(x >> (4 * i)) & 0xF] << (4 * i));
    return r;
}

static void record(int32_t v) {
    g_history[g_history_len % 64] = v;
    g_history_len++;
    g_counter += (uint64_t)(uint32_t)v;
}

long long checksum(void) {
    uint64_t h = 0;
    uint16_t x = 0x1234;
    for (int i = 0; i < 1000; i++) {
        x = present_layer((uint16_t)(x ^ i));
        record(sine_table[x & 31] * (int32_t)primes[i % 20]);
    }
    for (int i = 0; i < 64; i++) h = h * 31 + (uint32_t)g_history[i];
    h += g_counter + (uint64_t)g_history_len;
    double acc = 0;
    for (int r = 0; r < 4; r++)
        for (int c = 0; c < 3; c++) acc = acc * 1.5 + weights[r][c] * (r + 1) * (c + 2);
    h ^= (uint64_t)(int64_t)(acc * 1024.0);
    for (int w = 0; w < 8; w++)
        for (const char *p = words[w]; *p; p++) h = h * 131 + (unsigned char)*p + (uint64_t)w;
    return (long long)h;
}
