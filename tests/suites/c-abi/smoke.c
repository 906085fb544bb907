/* Smoke test of libpyir.so from C (run by tests/suites/c-abi.sh): compile errors with positions,
   pyir_call, calls through native entries, traps through them (division by zero, unreachable,
   runaway recursion, a wild load) leaving *status set and the process alive, pyir_trap_error,
   entry thunks with their cell tables (pyir_thunk: vectors, masks, structs, traps),
   snippets with a prelude, printing and disassembly, bad handles. Last line: "N passed, M failed". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pyir.h"

static int passed, failed;

#define CHECK(cond, ...) do { \
    if (cond) passed++; \
    else { failed++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } \
} while (0)

static const char* kernels =
    "define i32 @add(i32 %a, i32 %b) {\n"
    "  %s = add i32 %a, %b\n"
    "  ret i32 %s\n"
    "}\n"
    "define float @muladd(float %a, float %b, float %c) {\n"
    "  %m = fmul float %a, %b\n"
    "  %r = fadd float %m, %c\n"
    "  ret float %r\n"
    "}\n"
    "define i32 @div(i32 %a, i32 %b) {\n"
    "  %q = sdiv i32 %a, %b\n"
    "  ret i32 %q\n"
    "}\n"
    "define i32 @never() {\n"
    "  unreachable\n"
    "}\n"
    "define i64 @deep(i64 %n) {\n"
    "  %m = add i64 %n, 1\n"
    "  %r = call i64 @deep(i64 %m)\n"
    "  ret i64 %r\n"
    "}\n"
    "define i64 @wild(i64 %p) {\n"
    "  %q = inttoptr i64 %p to ptr\n"
    "  %v = load i64, ptr %q\n"
    "  ret i64 %v\n"
    "}\n"
    "define i64 @sum10(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, i64 %i, i64 %j) {\n"
    "  %1 = add i64 %a, %b\n  %2 = add i64 %1, %c\n  %3 = add i64 %2, %d\n  %4 = add i64 %3, %e\n"
    "  %5 = add i64 %4, %f\n  %6 = add i64 %5, %g\n  %7 = mul i64 %h, 1000\n  %8 = add i64 %6, %7\n"
    "  %9 = mul i64 %i, 100000\n  %10 = add i64 %8, %9\n  %11 = mul i64 %j, 10000000\n  %12 = add i64 %10, %11\n"
    "  ret i64 %12\n"
    "}\n"
    "define { float, float } @cmul({ float, float } %x, { float, float } %y) {\n"
    "  %a = extractvalue { float, float } %x, 0\n  %b = extractvalue { float, float } %x, 1\n"
    "  %c = extractvalue { float, float } %y, 0\n  %d = extractvalue { float, float } %y, 1\n"
    "  %ac = fmul float %a, %c\n  %bd = fmul float %b, %d\n  %ad = fmul float %a, %d\n  %bc = fmul float %b, %c\n"
    "  %re = fsub float %ac, %bd\n  %im = fadd float %ad, %bc\n"
    "  %r0 = insertvalue { float, float } undef, float %re, 0\n"
    "  %r1 = insertvalue { float, float } %r0, float %im, 1\n"
    "  ret { float, float } %r1\n"
    "}\n"
    "define <4 x float> @vadd(<4 x float> %a, <4 x float> %b) {\n"
    "  %r = fadd <4 x float> %a, %b\n"
    "  ret <4 x float> %r\n"
    "}\n"
    "define <8 x i1> @vlt(<8 x i32> %a, <8 x i32> %b, <8 x i1> %m) {\n"
    "  %c = icmp slt <8 x i32> %a, %b\n"
    "  %r = xor <8 x i1> %c, %m\n"
    "  ret <8 x i1> %r\n"
    "}\n";

static void test_errors(void) {
    pyir_module* m = (pyir_module*)1;
    int st = pyir_compile("define i32 @f(i32 %a) {\n  %x = fadd i32 %a, %a\n  ret i32 %x\n}\n", "bad.ll", NULL, &m);
    CHECK(st == PYIR_E_SYNTAX, "ill-typed fadd: status %d", st);
    CHECK(m == NULL, "out is NULL after a failure");
    CHECK(pyir_last_error_line() == 2 && pyir_last_error_column() > 0, "position %d:%d", pyir_last_error_line(), pyir_last_error_column());
    CHECK(strcmp(pyir_last_error_file(), "bad.ll") == 0, "file '%s'", pyir_last_error_file());
    CHECK(strstr(pyir_last_error(), "floating-point") != NULL, "message '%s'", pyir_last_error());

    st = pyir_compile("define i32 @f(i32 %a) {\n  ret i32 %a\n", "open.ll", NULL, &m);
    CHECK(st == PYIR_E_SYNTAX, "missing brace: status %d", st);

    /* Parses, but %y is used before it is defined in a way only the verifier catches. */
    st = pyir_compile("define i32 @f(i1 %c) {\nentry:\n  br i1 %c, label %a, label %b\na:\n  %y = add i32 1, 2\n  br label %b\nb:\n  ret i32 %y\n}\n",
                      "dom.ll", NULL, &m);
    CHECK(st == PYIR_E_TYPE, "dominance: status %d (%s)", st, pyir_last_error());
    CHECK(pyir_last_error_line() == 8, "dominance line %d", pyir_last_error_line());

    pyir_options bad = { sizeof(pyir_options), 7, 0, 0 };
    st = pyir_compile("define void @f() {\n  ret void\n}\n", NULL, &bad, &m);
    CHECK(st == PYIR_E_ARGUMENT, "opt_level 7: status %d", st);
    st = pyir_compile(NULL, NULL, NULL, &m);
    CHECK(st == PYIR_E_ARGUMENT, "NULL text: status %d", st);
    CHECK(pyir_function_count(NULL) < 0, "NULL handle count");
    pyir_function_info info;
    CHECK(pyir_lookup((pyir_module*)0x12345, "f", &info) == PYIR_E_ARGUMENT, "bogus handle");
}

static void test_thunks(pyir_module* m);

static void test_module(void) {
    pyir_module* m = NULL;
    int st = pyir_compile(kernels, "kernels.ll", NULL, &m);
    CHECK(st == PYIR_OK, "compile: %d %s", st, pyir_last_error());
    if (st != PYIR_OK) return;
    int jit = (pyir_cpu_features() >> 8) & 1;
    CHECK(strcmp(pyir_engine(m), jit ? "jit" : "interpreter") == 0, "engine %s", pyir_engine(m));
    CHECK(pyir_function_count(m) == 10, "count %d", pyir_function_count(m));

    pyir_function_info info;
    CHECK(pyir_lookup(m, "muladd", &info) == PYIR_OK, "lookup");
    CHECK(strcmp(info.name, "muladd") == 0 && strcmp(info.signature, "float (float, float, float)") == 0,
          "info %s / %s", info.name, info.signature);
    CHECK(pyir_lookup(m, "nope", &info) == PYIR_E_ARGUMENT, "unknown name");

    /* pyir_call */
    int32_t a = 40, b = 2, r = 0;
    void* args[] = { &a, &b };
    CHECK(pyir_call(m, "add", args, &r) == PYIR_OK && r == 42, "call add: %d", r);
    b = 0;
    st = pyir_call(m, "div", args, &r);
    CHECK(st == PYIR_E_TRAP, "call div by zero: %d", st);
    CHECK(strstr(pyir_last_error(), "division by zero") && pyir_last_error_line() == 11, "trap message '%s' line %d",
          pyir_last_error(), pyir_last_error_line());
    float x[2] = { 1, 2 }, y[2] = { 3, 4 }, z[2] = { 0, 0 };
    void* cargs[] = { x, y };
    CHECK(pyir_call(m, "cmul", cargs, z) == PYIR_OK && z[0] == -5 && z[1] == 10, "cmul %g %g", z[0], z[1]);

    if (!jit) { pyir_module_free(m); return; }

    /* Native entries */
    pyir_lookup(m, "add", &info);
    CHECK(info.address != NULL && info.status != NULL, "address");
    int32_t (*add)(int32_t, int32_t) = (int32_t (*)(int32_t, int32_t))info.address;
    CHECK(add(5, 6) == 11 && *info.status == 0, "add via address");
    pyir_lookup(m, "muladd", &info);
    float (*muladd)(float, float, float) = (float (*)(float, float, float))info.address;
    CHECK(muladd(2, 3, 4) == 10, "muladd via address");
    pyir_lookup(m, "sum10", &info);
    int64_t (*sum10)(int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t) = info.address;
    CHECK(sum10(1, 1, 1, 1, 1, 1, 1, 2, 3, 4) == 7 + 2000 + 300000 + 40000000, "stack args: %ld",
          (long)sum10(1, 1, 1, 1, 1, 1, 1, 2, 3, 4));

    pyir_lookup(m, "div", &info);
    int32_t (*divf)(int32_t, int32_t) = info.address;
    CHECK(divf(7, 2) == 3 && *info.status == 0, "div ok");
    divf(7, 0);
    int64_t s = *info.status;
    CHECK(s != 0, "div by zero sets status");
    CHECK(pyir_trap_error(m, s) == PYIR_E_TRAP && strstr(pyir_last_error(), "division by zero") && pyir_last_error_line() == 11,
          "trap_error '%s' line %d", pyir_last_error(), pyir_last_error_line());
    CHECK(*info.status == 0, "trap_error resets the status");
    CHECK(divf(9, 3) == 3 && *info.status == 0, "call after a trap");

    pyir_lookup(m, "never", &info);
    ((int32_t (*)(void))info.address)();
    CHECK(*info.status != 0 && pyir_trap_error(m, *info.status) == PYIR_E_TRAP && strstr(pyir_last_error(), "unreachable"),
          "unreachable: %s", pyir_last_error());

    pyir_lookup(m, "deep", &info);
    ((int64_t (*)(int64_t))info.address)(0);
    CHECK(*info.status != 0 && pyir_trap_error(m, *info.status) == PYIR_E_TRAP && strstr(pyir_last_error(), "stack overflow"),
          "recursion: %s", pyir_last_error());

    pyir_lookup(m, "wild", &info);
    ((int64_t (*)(int64_t))info.address)((int64_t)0x8000000000000000ULL);
    CHECK(*info.status != 0 && pyir_trap_error(m, *info.status) == PYIR_E_TRAP && strstr(pyir_last_error(), "invalid memory access"),
          "wild load: %s", pyir_last_error());
    int64_t cell = 1234;
    CHECK(((int64_t (*)(int64_t))info.address)((int64_t)&cell) == 1234 && *info.status == 0, "load after a fault");

    test_thunks(m);

    char* text = NULL;
    CHECK(pyir_print_ir(m, 0, &text) == PYIR_OK && strstr(text, "define i32 @add(i32 %a, i32 %b)"), "print_ir");
    pyir_free_string(text);
    CHECK(pyir_disassemble(m, "add", &text) == PYIR_OK && strstr(text, "add:") && strstr(text, "ret"), "disassemble: %s", text ? text : "(null)");
    pyir_free_string(text);

    pyir_module_free(m);
    CHECK(pyir_function_count(m) < 0, "freed handle is rejected");
}

/* Fills the cells of `args` from memory images, as docs/c-abi.md describes (masks: one byte per lane). */
static void fill_cells(const pyir_thunk_info* t, void* const* images, unsigned char* cells) {
    memset(cells, 0, (size_t)t->args_bytes);
    for (int i = 0; i < t->arg_cell_count; i++) {
        const pyir_thunk_cell* c = &t->arg_cells[i];
        const unsigned char* src = (const unsigned char*)images[c->value] + c->source;
        if (c->kind == PYIR_CELL_MASK)
            for (int l = 0; l < c->lanes; l++) cells[c->offset + l] = (src[l / 8] >> (l % 8)) & 1;
        else memcpy(cells + c->offset, src, (size_t)c->size);
    }
}

static void test_thunks(pyir_module* m) {
    pyir_thunk_info t = { .size = sizeof(pyir_thunk_info) };
    _Alignas(32) unsigned char cells[256], results[256];

    CHECK(pyir_thunk(m, "vadd", &t) == PYIR_OK && t.thunk && t.cell_bytes == 32 && t.arg_cell_count == 2
          && t.result_cell_count == 1 && t.arg_cells[1].offset == 32 && t.arg_cells[1].size == 16 && !t.result_in_memory,
          "vadd thunk: %d cells", t.arg_cell_count);
    float va[4] = { 1, 2, 3, 4 }, vb[4] = { 10, 20, 30, 40 };
    void* vargs[] = { va, vb };
    fill_cells(&t, vargs, cells);
    CHECK(t.thunk(cells, results) == 0 && ((float*)results)[0] == 11 && ((float*)results)[3] == 44, "vadd via thunk");

    CHECK(pyir_thunk(m, "cmul", &t) == PYIR_OK && t.arg_cell_count == 4 && t.result_cell_count == 2
          && t.arg_cells[1].source == 4 && t.arg_cells[1].offset == 32 && t.result_cells[1].source == 4, "cmul cells");
    float x[2] = { 1, 2 }, y[2] = { 3, 4 };
    void* cargs[] = { x, y };
    fill_cells(&t, cargs, cells);
    float re, im;
    CHECK(t.thunk(cells, results) == 0, "cmul via thunk");
    memcpy(&re, results + t.result_cells[0].offset, 4);
    memcpy(&im, results + t.result_cells[1].offset, 4);
    CHECK(re == -5 && im == 10, "cmul result %g %g", re, im);

    CHECK(pyir_thunk(m, "vlt", &t) == PYIR_OK && t.arg_cells[2].kind == PYIR_CELL_MASK && t.arg_cells[2].lanes == 8
          && t.result_cells[0].kind == PYIR_CELL_MASK && t.result_cells[0].size == 1, "mask cells");
    int32_t ia[8] = { 0, 5, 0, 5, 0, 5, 0, 5 }, ib[8] = { 1, 1, 1, 1, 1, 1, 1, 1 };
    unsigned char mask = 0x0F;
    void* margs[] = { ia, ib, &mask };
    fill_cells(&t, margs, cells);
    CHECK(t.thunk(cells, results) == 0, "vlt via thunk");
    unsigned char packed = 0;
    for (int l = 0; l < 8; l++) packed |= (unsigned char)((results[l] & 1) << l);
    CHECK(packed == (0x55 ^ 0x0F), "vlt result 0x%02x", packed);

    CHECK(pyir_thunk(m, "div", &t) == PYIR_OK, "div thunk");
    int32_t a = 7, b = 0;
    void* dargs[] = { &a, &b };
    fill_cells(&t, dargs, cells);
    int64_t st = t.thunk(cells, results);
    CHECK(st != 0 && pyir_trap_error(m, st) == PYIR_E_TRAP && strstr(pyir_last_error(), "division by zero"),
          "trap through a thunk: %ld %s", (long)st, pyir_last_error());
    CHECK(pyir_thunk(m, "deep", &t) == PYIR_OK, "deep thunk");
    int64_t n = 0;
    void* nargs[] = { &n };
    fill_cells(&t, nargs, cells);
    st = t.thunk(cells, results);
    CHECK(st != 0 && pyir_trap_error(m, st) == PYIR_E_TRAP && strstr(pyir_last_error(), "stack overflow"), "recursion through a thunk");

    pyir_thunk_info small = { .size = 4 };
    CHECK(pyir_thunk(m, "vadd", &small) == PYIR_E_ARGUMENT, "size too small");
    CHECK(pyir_thunk(m, "nope", &t) == PYIR_E_ARGUMENT, "unknown name");
    CHECK(pyir_thunk(m, "vadd", NULL) == PYIR_E_ARGUMENT, "NULL out");
}

static void test_snippet(void) {
    pyir_module* lib = NULL;
    const char* prelude = "define float @relu(float %x) {\n  %c = fcmp ogt float %x, 0.0\n  %r = select i1 %c, float %x, float 0.0\n  ret float %r\n}\n";
    pyir_module* m = NULL;
    int st = pyir_compile_snippet("%t = fadd float %a, %b\n%t = call float @relu(float %t)\n", "script.py", 10,
                                  "f", "float %a, float %b", "float", "t", prelude, NULL, &m);
    CHECK(st == PYIR_OK, "snippet: %d %s", st, pyir_last_error());
    if (st == PYIR_OK) {
        float a = 1.5f, b = -4.0f, r = 99;
        void* args[] = { &a, &b };
        CHECK(pyir_call(m, "f", args, &r) == PYIR_OK && r == 0.0f, "relu(-2.5) = %g", r);
        b = 1.0f;
        CHECK(pyir_call(m, "f", args, &r) == PYIR_OK && r == 2.5f, "relu(2.5) = %g", r);
        pyir_module_free(m);
    }
    st = pyir_compile_snippet("%t = fadd float %a, %b\n%u = fadd i32 %t, %t\n", "script.py", 10,
                              "f", "float %a, float %b", "float", "t", NULL, NULL, &m);
    CHECK(st == PYIR_E_SYNTAX && pyir_last_error_line() == 12 && strcmp(pyir_last_error_file(), "script.py") == 0,
          "snippet error: %d at %s:%d", st, pyir_last_error_file(), pyir_last_error_line());
    st = pyir_compile_snippet("%t = fadd float %a, %b\n", NULL, 0, "f", "float %a, flot %b", "float", "t", NULL, NULL, &m);
    CHECK(st == PYIR_E_ARGUMENT, "bad params: %d %s", st, pyir_last_error());
    (void)lib;
}

static void test_interpreter(void) {
    pyir_options opts = { sizeof(pyir_options), 2, 0, 1 };
    pyir_module* m = NULL;
    int st = pyir_compile(kernels, "kernels.ll", &opts, &m);
    CHECK(st == PYIR_OK && strcmp(pyir_engine(m), "interpreter") == 0, "interpreter: %d", st);
    if (st != PYIR_OK) return;
    pyir_function_info info;
    CHECK(pyir_lookup(m, "@add", &info) == PYIR_OK && info.address == NULL && info.status == NULL, "no address in the interpreter");
    int32_t a = 7, b = 0, r = 0;
    void* args[] = { &a, &b };
    CHECK(pyir_call(m, "add", args, &r) == PYIR_OK && r == 7, "interpreted add: %d", r);
    st = pyir_call(m, "div", args, &r);
    CHECK(st == PYIR_E_TRAP && pyir_last_error_line() == 11, "interpreted trap: %d line %d", st, pyir_last_error_line());
    CHECK(pyir_trap_error(m, 1) == PYIR_E_ARGUMENT, "trap_error needs the JIT");
    pyir_thunk_info t = { .size = sizeof(pyir_thunk_info) };
    CHECK(pyir_thunk(m, "vadd", &t) == PYIR_OK && t.thunk == NULL && t.arg_cell_count == 0, "no thunk in the interpreter");
    pyir_module_free(m);
}

int main(void) {
    CHECK(strcmp(pyir_version(), "0.4.0") == 0, "version %s", pyir_version());
    test_errors();
    test_module();
    test_snippet();
    test_interpreter();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
