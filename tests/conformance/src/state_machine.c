/* A table- and switch-driven state machine: a tokenizer for a tiny expression language that
   recognises numbers, identifiers, operators and comments, and evaluates + - * on the fly. */
#include <stdint.h>

char g_source[] =
    "x1 = 12 + 34 * 5 # comment with * and 99\n"
    "total = x1 - 7 * 3 + 1000\n"
    "rate = 42 * 42 - 17 + abc_def * 2\n"
    "# full line comment\n"
    "y = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 - 10 * 11\n";

enum State { START, IN_NUMBER, IN_IDENT, IN_COMMENT, DONE };
enum Token { T_NUM, T_IDENT, T_OP, T_EQ, T_NL };

static int char_class(char c) {
    if (c >= '0' && c <= '9') return 0;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') return 1;
    if (c == '#') return 2;
    if (c == '\n') return 3;
    if (c == 0) return 4;
    return 5;
}

long long checksum(void) {
    enum State st = START;
    const char *p = g_source;
    int64_t value = 0, term = 1, cur = 0;
    int pending_op = '+', mul_pending = 0;
    uint64_t h = 0, tokens = 0;
    int64_t ident_hash = 0;
    for (int repeat = 0; repeat < 40; repeat++) {
        p = g_source;
        st = START;
        while (st != DONE) {
            char c = *p;
            int cls = char_class(c);
            switch (st) {
            case START:
                if (cls == 0) { cur = c - '0'; st = IN_NUMBER; }
                else if (cls == 1) { ident_hash = c; st = IN_IDENT; }
                else if (cls == 2) st = IN_COMMENT;
                else if (cls == 3 || cls == 4) {
                    value += pending_op == '-' ? -term : term;
                    h = h * 1000003 + (uint64_t)value;
                    tokens++;
                    value = 0; term = 1; pending_op = '+'; mul_pending = 0;
                    if (cls == 4) { st = DONE; continue; }
                } else if (c == '+' || c == '-') {
                    value += pending_op == '-' ? -term : term;
                    term = 1; pending_op = c; mul_pending = 0; tokens++;
                } else if (c == '*') { mul_pending = 1; tokens++; }
                else if (c == '=') { value = 0; term = 1; pending_op = '+'; tokens++; }
                p++;
                break;
            case IN_NUMBER:
                if (cls == 0) { cur = cur * 10 + (c - '0'); p++; }
                else {
                    term = mul_pending ? term * cur : cur;
                    mul_pending = 0; tokens++; st = START;
                }
                break;
            case IN_IDENT:
                if (cls == 0 || cls == 1) { ident_hash = ident_hash * 31 + c; p++; }
                else {
                    int64_t v = ident_hash % 100;
                    term = mul_pending ? term * v : v;
                    mul_pending = 0; tokens++; h += (uint64_t)ident_hash; st = START;
                }
                break;
            case IN_COMMENT:
                if (cls == 3 || cls == 4) st = START; else p++;
                break;
            case DONE:
                break;
            }
        }
        h = h * 7 + tokens;
    }
    return (long long)h;
}
