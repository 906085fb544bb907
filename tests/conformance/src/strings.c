/* String processing on char arrays by hand: length, reverse, atoi/itoa with signs, case
   conversion, word counting, substring search and a palindrome check. */
#include <stdint.h>

char g_text[] = "  -12345 apples, +678 Oranges and 9 pears; level racecar Madam 2147483647 -2147483648 ";

static int my_strlen(const char *s) { int n = 0; while (s[n]) n++; return n; }

static void my_reverse(char *s, int n) {
    for (int i = 0, j = n - 1; i < j; i++, j--) { char t = s[i]; s[i] = s[j]; s[j] = t; }
}

static int64_t my_atoi(const char *s, int *consumed) {
    int i = 0, neg = 0;
    int64_t v = 0;
    if (s[i] == '-' || s[i] == '+') { neg = s[i] == '-'; i++; }
    while (s[i] >= '0' && s[i] <= '9') { v = v * 10 + (s[i] - '0'); i++; }
    *consumed = i;
    return neg ? -v : v;
}

static int my_itoa(int64_t v, char *out) {
    char tmp[24];
    int n = 0, neg = v < 0;
    uint64_t u = neg ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do { tmp[n++] = (char)('0' + u % 10); u /= 10; } while (u);
    int len = 0;
    if (neg) out[len++] = '-';
    while (n) out[len++] = tmp[--n];
    out[len] = 0;
    return len;
}

static char to_lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }
static int is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

static int find(const char *hay, const char *needle) {
    for (int i = 0; hay[i]; i++) {
        int j = 0;
        while (needle[j] && hay[i + j] == needle[j]) j++;
        if (!needle[j]) return i;
    }
    return -1;
}

static int is_palindrome(const char *s, int n) {
    for (int i = 0; i < n / 2; i++) if (to_lower(s[i]) != to_lower(s[n - 1 - i])) return 0;
    return 1;
}

long long checksum(void) {
    char buf[128];
    int n = my_strlen(g_text);
    for (int i = 0; i <= n; i++) buf[i] = g_text[i];
    uint64_t h = (uint64_t)n;
    /* numbers */
    for (int i = 0; i < n;) {
        if ((buf[i] >= '0' && buf[i] <= '9') || ((buf[i] == '-' || buf[i] == '+') && buf[i + 1] >= '0' && buf[i + 1] <= '9')) {
            int used;
            int64_t v = my_atoi(buf + i, &used);
            char out[32];
            int len = my_itoa(v, out);
            h = h * 31 + (uint64_t)v + (uint64_t)len * 1000;
            for (int k = 0; k < len; k++) h = h * 7 + (unsigned char)out[k];
            i += used;
        } else i++;
    }
    /* words and palindromes */
    int words = 0, pals = 0;
    for (int i = 0; i < n;) {
        if (is_alpha(buf[i])) {
            int j = i;
            while (j < n && is_alpha(buf[j])) j++;
            words++;
            if (j - i > 2 && is_palindrome(buf + i, j - i)) pals++;
            i = j;
        } else i++;
    }
    h = h * 131 + (uint64_t)words * 17 + (uint64_t)pals;
    h = h * 131 + (uint64_t)find(buf, "pears") * 3 + (uint64_t)(int64_t)find(buf, "kiwi");
    for (int round = 0; round < 50; round++) {
        my_reverse(buf, n);
        for (int i = 0; i < n; i += 3) buf[i] = is_alpha(buf[i]) ? (char)(buf[i] ^ 0x20) : buf[i];
        for (int i = 0; i < n; i++) h = h * 33 + (unsigned char)buf[i];
    }
    return (long long)h;
}
