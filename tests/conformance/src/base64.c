/* Base64 encode and decode with lookup tables (a constant alphabet and a reverse table built at
   run time), round-tripping buffers of every length from 0 to 80. */
#include <stdint.h>

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static int8_t reverse[256];
uint8_t g_seed = 3;

static int encode(const uint8_t *in, int n, char *out) {
    int o = 0, i = 0;
    for (; i + 2 < n; i += 3) {
        uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2];
        out[o++] = alphabet[v >> 18]; out[o++] = alphabet[(v >> 12) & 63];
        out[o++] = alphabet[(v >> 6) & 63]; out[o++] = alphabet[v & 63];
    }
    if (n - i == 1) {
        uint32_t v = (uint32_t)in[i] << 16;
        out[o++] = alphabet[v >> 18]; out[o++] = alphabet[(v >> 12) & 63]; out[o++] = '='; out[o++] = '=';
    } else if (n - i == 2) {
        uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8;
        out[o++] = alphabet[v >> 18]; out[o++] = alphabet[(v >> 12) & 63]; out[o++] = alphabet[(v >> 6) & 63]; out[o++] = '=';
    }
    return o;
}

static int decode(const char *in, int n, uint8_t *out) {
    int o = 0;
    for (int i = 0; i + 3 < n; i += 4) {
        uint32_t v = 0;
        int pad = 0;
        for (int k = 0; k < 4; k++) {
            char c = in[i + k];
            if (c == '=') { pad++; v <<= 6; }
            else { int8_t r = reverse[(uint8_t)c]; if (r < 0) return -1; v = v << 6 | (uint32_t)r; }
        }
        out[o++] = (uint8_t)(v >> 16);
        if (pad < 2) out[o++] = (uint8_t)(v >> 8);
        if (pad < 1) out[o++] = (uint8_t)v;
    }
    return o;
}

long long checksum(void) {
    for (int i = 0; i < 256; i++) reverse[i] = -1;
    for (int i = 0; i < 64; i++) reverse[(uint8_t)alphabet[i]] = (int8_t)i;
    uint8_t data[80], back[80];
    char text[120];
    uint8_t s = g_seed;
    uint64_t h = 0;
    for (int n = 0; n <= 80; n++) {
        for (int i = 0; i < n; i++) { s = (uint8_t)(s * 29 + 71); data[i] = s; }
        int len = encode(data, n, text);
        int m = decode(text, len, back);
        h = h * 31 + (uint64_t)len * 1000 + (uint64_t)m;
        for (int i = 0; i < len; i++) h = h * 131 + (uint8_t)text[i];
        for (int i = 0; i < m && i < n; i++) if (back[i] != data[i]) h += 1000000;
    }
    return (long long)h;
}
