/* Integer types of every width: wraparound of unsigned arithmetic, narrowing conversions,
   sign and zero extension, mixed-width comparisons and shifts. */
#include <stdint.h>

int32_t g_seed = -123456789;

long long checksum(void) {
    int32_t s = g_seed;
    uint8_t u8 = (uint8_t)s;
    int8_t i8 = (int8_t)s;
    uint16_t u16 = (uint16_t)s;
    int16_t i16 = (int16_t)s;
    uint32_t u32 = (uint32_t)s;
    int32_t i32 = s;
    uint64_t u64 = (uint64_t)(int64_t)s;
    int64_t i64 = s;
    uint64_t h = 0;
    for (int i = 0; i < 3000; i++) {
        u8 = (uint8_t)(u8 * 37u + 11u);
        i8 = (int8_t)(i8 + 100);                 /* narrowing: wraps modulo 256 */
        u16 = (uint16_t)(u16 * 40503u + (uint16_t)i);
        i16 = (int16_t)(i16 * 3 - 7);
        u32 = u32 * 2654435761u + (uint32_t)i8;
        i32 = (int32_t)((uint32_t)i32 * 69069u + 1u);
        u64 = u64 * 6364136223846793005ull + 1442695040888963407ull;
        i64 = (int64_t)((uint64_t)i64 ^ (u64 >> 3)) / 3;

        h += u8; h += (uint64_t)(int64_t)i8; h += u16; h += (uint64_t)(int64_t)i16;
        h ^= u32; h += (uint64_t)(int64_t)i32; h += u64 >> 7; h += (uint64_t)i64;

        /* comparisons between widths and signedness */
        h += (i8 < 0) + (i16 < i8) * 2 + (u8 > (uint8_t)i8) * 4 + ((int64_t)i32 < i64) * 8;
        h += (u32 > (uint32_t)u16) * 16 + ((uint64_t)u32 < u64) * 32;
        /* shifts: logical on unsigned, arithmetic on signed */
        h += (uint64_t)(int64_t)(i8 >> 2) + (u8 >> 3) + (uint64_t)(int64_t)(i16 >> 5) + (u16 >> 9);
        h += (uint64_t)(int64_t)(i32 >> 13) + (u32 >> 13) + (uint64_t)(i64 >> 40);
        /* truncation and re-extension */
        h += (uint64_t)(int64_t)(int16_t)(uint16_t)u32 + (uint64_t)(uint8_t)i64;
        h = (h << 1) | (h >> 63);
    }
    return (long long)h;
}
