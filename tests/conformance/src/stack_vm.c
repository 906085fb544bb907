/* A switch-based bytecode interpreter: a small stack machine with arithmetic, comparisons,
   jumps, locals and calls, running a program that computes primes and a factorial table. */
#include <stdint.h>

enum { OP_HALT, OP_PUSH, OP_POP, OP_DUP, OP_SWAP, OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD,
       OP_LT, OP_EQ, OP_JMP, OP_JZ, OP_LOAD, OP_STORE, OP_CALL, OP_RET, OP_EMIT, OP_NEG, OP_AND, OP_SHL };

int32_t g_limit = 1500;

/* Program 1 (locals: 0 = n, 1 = d, 3 = limit): emit every prime below limit by trial division,
   then emit 12! computed by a recursive bytecode function. */
static const int32_t primes_program[] = {
    /*  0 */ OP_PUSH, 2, OP_STORE, 0,                         /* n = 2 */
    /*  4 */ OP_LOAD, 0, OP_LOAD, 3, OP_LT, OP_JZ, 55,         /* while n < limit */
    /* 11 */ OP_PUSH, 2, OP_STORE, 1,                         /* d = 2 */
    /* 15 */ OP_LOAD, 1, OP_DUP, OP_MUL, OP_LOAD, 0, OP_SWAP, OP_LT, OP_JZ, 27, /* n < d*d ? */
    /* 25 */ OP_JMP, 43,                                      /*   yes: prime */
    /* 27 */ OP_LOAD, 0, OP_LOAD, 1, OP_MOD, OP_JZ, 46,        /* n % d == 0: composite */
    /* 34 */ OP_LOAD, 1, OP_PUSH, 1, OP_ADD, OP_STORE, 1, OP_JMP, 15, /* d++ */
    /* 43 */ OP_LOAD, 0, OP_EMIT,                             /* emit prime */
    /* 46 */ OP_LOAD, 0, OP_PUSH, 1, OP_ADD, OP_STORE, 0, OP_JMP, 4, /* n++ */
    /* 55 */ OP_PUSH, 12, OP_CALL, 61, OP_EMIT, OP_HALT,
    /* 61 */ OP_DUP, OP_PUSH, 2, OP_LT, OP_JZ, 71, OP_POP, OP_PUSH, 1, OP_RET, /* fact(k): k < 2 ? 1 */
    /* 71 */ OP_DUP, OP_PUSH, 1, OP_SUB, OP_CALL, 61, OP_MUL, OP_RET,      /* : k * fact(k - 1) */
};

/* Program 2 (locals: 0 = i, 1 = acc): for i in 0..499: acc += ((i << 3) & 255) + i / 3. */
static const int32_t bits_program[] = {
    /*  0 */ OP_PUSH, 0, OP_STORE, 0, OP_PUSH, 0, OP_STORE, 1,
    /*  8 */ OP_LOAD, 0, OP_PUSH, 500, OP_EQ, OP_JZ, 17, OP_JMP, 46,
    /* 17 */ OP_LOAD, 1, OP_LOAD, 0, OP_PUSH, 3, OP_SHL, OP_PUSH, 255, OP_AND,
    /* 27 */ OP_ADD, OP_LOAD, 0, OP_PUSH, 3, OP_DIV, OP_NEG, OP_SUB, OP_STORE, 1,
    /* 37 */ OP_LOAD, 0, OP_PUSH, 1, OP_ADD, OP_STORE, 0, OP_JMP, 8,
    /* 46 */ OP_LOAD, 1, OP_EMIT, OP_HALT,
};

static uint64_t run(const int32_t *code, int32_t limit) {
    int64_t stack[256];
    int32_t calls[64];
    int64_t locals[8] = {0, 0, 0, limit, 0, 0, 0, 0};
    int sp = 0, cp = 0, pc = 0;
    uint64_t out = 0, steps = 0;
    for (;;) {
        steps++;
        int32_t op = code[pc++];
        switch (op) {
        case OP_HALT: return out * 31 + steps;
        case OP_PUSH: stack[sp++] = code[pc++]; break;
        case OP_POP: sp--; break;
        case OP_DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case OP_SWAP: { int64_t t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
        case OP_ADD: sp--; stack[sp - 1] += stack[sp]; break;
        case OP_SUB: sp--; stack[sp - 1] -= stack[sp]; break;
        case OP_MUL: sp--; stack[sp - 1] *= stack[sp]; break;
        case OP_DIV: sp--; stack[sp - 1] /= stack[sp]; break;
        case OP_MOD: sp--; stack[sp - 1] %= stack[sp]; break;
        case OP_LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
        case OP_EQ: sp--; stack[sp - 1] = stack[sp - 1] == stack[sp]; break;
        case OP_JMP: pc = code[pc]; break;
        case OP_JZ: { int32_t target = code[pc++]; if (stack[--sp] == 0) pc = target; break; }
        case OP_LOAD: stack[sp++] = locals[code[pc++]]; break;
        case OP_STORE: locals[code[pc++]] = stack[--sp]; break;
        case OP_CALL: calls[cp++] = pc + 1; pc = code[pc]; break;
        case OP_RET: pc = calls[--cp]; break;
        case OP_EMIT: out = out * 1000003u + (uint64_t)stack[--sp]; break;
        case OP_NEG: stack[sp - 1] = -stack[sp - 1]; break;
        case OP_AND: sp--; stack[sp - 1] &= stack[sp]; break;
        case OP_SHL: sp--; stack[sp - 1] <<= stack[sp]; break;
        default: return 0xDEAD;
        }
    }
}

long long checksum(void) {
    uint64_t h = run(primes_program, g_limit);
    h = h * 0x100000001B3ull ^ run(bits_program, 0);
    return (long long)h;
}
