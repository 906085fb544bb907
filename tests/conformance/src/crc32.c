/* Table-driven CRC-32 (IEEE) and CRC-16/CCITT; the CRC-32 table is built at run time, the CRC-16
   table is a constant. Also Adler-32. */
#include <stdint.h>

uint32_t g_seed = 0xC0FFEEu;

static uint32_t crc_table[256];
static unsigned char buffer[4096];

static void make_table(void) {
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}

static uint32_t crc32(const unsigned char *p, int n) {
    uint32_t c = 0xFFFFFFFFu;
    for (int i = 0; i < n; i++) c = crc_table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

static uint16_t crc16_ccitt(const unsigned char *p, int n) {
    uint16_t crc = 0xFFFF;
    for (int i = 0; i < n; i++) {
        crc ^= (uint16_t)(p[i] << 8);
        for (int b = 0; b < 8; b++)
            crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x1021) : (uint16_t)(crc << 1);
    }
    return crc;
}

static uint32_t adler32(const unsigned char *p, int n) {
    uint32_t a = 1, b = 0;
    for (int i = 0; i < n; i++) { a = (a + p[i]) % 65521u; b = (b + a) % 65521u; }
    return (b << 16) | a;
}

long long checksum(void) {
    make_table();
    uint32_t s = g_seed;
    for (int i = 0; i < 4096; i++) { s = s * 1103515245u + 12345u; buffer[i] = (unsigned char)(s >> 16); }
    uint64_t h = crc32(buffer, 4096);
    h = (h << 16) ^ crc16_ccitt(buffer, 1024);
    h = h * 65599u + adler32(buffer, 4096);
    for (int len = 1; len < 64; len++) h = h * 3u + crc32(buffer + len, len * 7);
    static const unsigned char check[] = "123456789";
    h ^= (uint64_t)crc32(check, 9) << 20; /* 0xCBF43926 */
    return (long long)h;
}
