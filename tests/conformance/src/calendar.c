/* Calendar arithmetic: leap years, days in month (a switch on a data-dependent month),
   day of week by Zeller's congruence and by Sakamoto's method, Julian day numbers forth and back,
   and ISO week numbers, over a few centuries of dates. */
#include <stdint.h>

int32_t g_start_year = 1890;

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m) {
    switch (m) {
    case 1: return 31;
    case 2: return is_leap(y) ? 29 : 28;
    case 3: return 31;
    case 4: return 30;
    case 5: return 31;
    case 6: return 30;
    case 7: return 31;
    case 8: return 31;
    case 9: return 30;
    case 10: return 31;
    case 11: return 30;
    case 12: return 31;
    default: return 0;
    }
}

/* 0 = Saturday ... 6 = Friday */
static int zeller(int y, int m, int d) {
    if (m < 3) { m += 12; y -= 1; }
    int k = y % 100, j = y / 100;
    return (d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
}

/* 0 = Sunday ... 6 = Saturday */
static int sakamoto(int y, int m, int d) {
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3) y -= 1;
    return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

static int64_t to_jdn(int y, int m, int d) {
    int64_t a = (14 - m) / 12, yy = y + 4800 - a, mm = m + 12 * a - 3;
    return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
}

static void from_jdn(int64_t jdn, int *y, int *m, int *d) {
    int64_t a = jdn + 32044, b = (4 * a + 3) / 146097, c = a - 146097 * b / 4;
    int64_t dd = (4 * c + 3) / 1461, e = c - 1461 * dd / 4, mm = (5 * e + 2) / 153;
    *d = (int)(e - (153 * mm + 2) / 5 + 1);
    *m = (int)(mm + 3 - 12 * (mm / 10));
    *y = (int)(100 * b + dd - 4800 + mm / 10);
}

long long checksum(void) {
    uint64_t h = 0;
    int mismatches = 0;
    int start = g_start_year;
    for (int y = start; y < start + 250; y++) {
        int year_days = 0;
        for (int m = 1; m <= 12; m++) {
            int dim = days_in_month(y, m);
            year_days += dim;
            for (int d = 1; d <= dim; d += 6) {
                int z = zeller(y, m, d), s = sakamoto(y, m, d);
                if ((z + 6) % 7 != s) mismatches++;
                int64_t jdn = to_jdn(y, m, d);
                if ((jdn + 1) % 7 != s) mismatches++;
                int yy, mm, dd;
                from_jdn(jdn, &yy, &mm, &dd);
                if (yy != y || mm != m || dd != d) mismatches++;
                h = h * 31 + (uint64_t)jdn + (uint64_t)s;
            }
        }
        h += (uint64_t)(year_days * is_leap(y));
        int pick = 1 + (int)(h % 13u);           /* data-dependent: 13 is the "default" case */
        h = h * 5 + (uint64_t)days_in_month(y, pick);
    }
    return (long long)(h * 100 + (uint64_t)mismatches);
}
