/* UTF-8 decoding and encoding with validation: a byte-driven decoder that rejects overlong forms,
   surrogates and truncated sequences, re-encoding, and code point statistics. */
#include <stdint.h>

unsigned char g_text[] =
    "Gr\xc3\xbc\xc3\x9f Gott! \xce\xba\xce\xb1\xce\xbb\xce\xb7\xce\xbc\xce\xad\xcf\x81\xce\xb1 "
    "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e \xf0\x9f\x98\x80\xf0\x9f\x9a\x80 "
    "bad: \xc0\xaf \xed\xa0\x80 \xe2\x82 \xff end \xe2\x82\xac";

static int decode(const unsigned char *s, int n, int *pos, uint32_t *cp) {
    int i = *pos;
    unsigned char c = s[i];
    int len;
    uint32_t v, min;
    if (c < 0x80) { *cp = c; *pos = i + 1; return 1; }
    else if ((c & 0xE0) == 0xC0) { len = 2; v = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; v = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; v = c & 0x07; min = 0x10000; }
    else { *pos = i + 1; return 0; }
    if (i + len > n) { *pos = n; return 0; }
    for (int k = 1; k < len; k++) {
        if ((s[i + k] & 0xC0) != 0x80) { *pos = i + k; return 0; }
        v = v << 6 | (s[i + k] & 0x3F);
    }
    *pos = i + len;
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return 1;
}

static int encode(uint32_t cp, unsigned char *out) {
    if (cp < 0x80) { out[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) { out[0] = (unsigned char)(0xC0 | cp >> 6); out[1] = (unsigned char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        out[0] = (unsigned char)(0xE0 | cp >> 12); out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (unsigned char)(0x80 | (cp & 0x3F)); return 3;
    }
    out[0] = (unsigned char)(0xF0 | cp >> 18); out[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (unsigned char)(0x80 | (cp & 0x3F)); return 4;
}

long long checksum(void) {
    int n = (int)sizeof g_text - 1;
    unsigned char out[256];
    uint64_t h = 0;
    for (int round = 0; round < 30; round++) {
        int pos = 0, o = 0, valid = 0, invalid = 0;
        uint32_t max_cp = 0;
        while (pos < n) {
            uint32_t cp;
            if (decode(g_text, n, &pos, &cp)) {
                valid++;
                if (cp > max_cp) max_cp = cp;
                /* a per-round transform that stays within valid scalar values */
                uint32_t t = cp < 0x80 ? cp ^ (uint32_t)(round & 1) : cp;
                o += encode(t, out + o);
                h = h * 31 + t;
            } else {
                invalid++;
                o += encode(0xFFFD, out + o);
            }
        }
        h = h * 1000003 + (uint64_t)valid * 1000 + (uint64_t)invalid * 10 + (uint64_t)o;
        h ^= max_cp;
        for (int i = 0; i < o; i++) h = h * 131 + out[i];
    }
    return (long long)h;
}
