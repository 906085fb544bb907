#!/usr/bin/env bash
# The `./pyir` commands that README.md shows (Quick start and "The pyir command") run from a clean
# shell and print what the README says they print. The first one builds the CLI through ./pyir
# itself, as on a fresh clone. Every `./pyir` command line in the README's ```bash blocks must be
# in the table below (or in the short list of commands checked elsewhere), so a command added to or
# changed in the README without a check here fails this suite. Last line: "N passed, M failed".
set -u
cd "$(dirname "$0")/../.."
passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }

# command (exactly as in README.md) ~~ how to check its output ~~ expected
#   eq: stdout equals; has: stdout contains; err: stderr (and exit status 1) contains
checks=(
    './pyir run examples/hello.ll --entry muladd 2 3 0.5 ~~ eq ~~ 6.5'
    './pyir run examples/hello.ll ~~ eq ~~ 5050'
    './pyir run examples/hello.ll --entry sum_to 10 ~~ eq ~~ 55'
    './pyir run examples/vectors.ll --entry scale "<float 1.0, float 2.0, float 3.0, float 4.0>" 0.5 ~~ eq ~~ <float 0.5, float 1.0, float 1.5, float 2.0>'
    './pyir run examples/vectors.ll --entry minmax 7 -3 ~~ eq ~~ { i32 -3, i32 7 }'
    './pyir run --exit-code examples/exit-code.ll; echo $? ~~ eq ~~ 42'
    './pyir run --verbose examples/hello.ll ~~ eq ~~ 5050'
    './pyir run --interp examples/hello.ll ~~ eq ~~ 5050'
    "printf 'define i32 @main() {\\n  ret i32 7\\n}\\n' | ./pyir run - ~~ eq ~~ 7"
    './pyir run examples/masked.ll --entry clamp_negative ~~ eq ~~ -38'
    './pyir run examples/masked.ll --entry triangle 100 ~~ eq ~~ 5050'
    './pyir verify examples/hello.ll && echo ok ~~ eq ~~ ok'
    "./pyir verify examples/broken.ll ~~ err ~~ examples/broken.ll:4:13: error: 'fadd' needs floating-point operands, got 'i32'"
    "printf 'define float @f() {\\n  ret float 0.1\\n}\\n' | ./pyir verify - ~~ err ~~ <stdin>:2:13: error: '0.1' is not exactly representable as a float; the nearest float is 0x3FB99999A0000000"
    './pyir asm examples/hello.ll --fn sum_to ~~ has ~~ sum_to'
    './pyir opt -O2 examples/sum-squares-O0.ll ~~ has ~~ phi'
    './pyir run examples/sum-squares-O0.ll --entry sum_squares 10 ~~ eq ~~ 285'
    './pyir opt -O2 examples/struct-O0.ll ~~ has ~~ %p.sroa.0 = phi i64'
    './pyir opt -O2 examples/struct-O0.ll | grep -E "alloca|load|store" | wc -l ~~ eq ~~ 0'
    './pyir run examples/struct-O0.ll --entry walk 10 ~~ eq ~~ 45010'
    './pyir run -O0 examples/sum-squares-O0.ll --entry sum_squares 10 ~~ eq ~~ 285'
    './pyir opt --passes=schedule examples/gather.ll ~~ has ~~ %l0 = load i32, ptr %p0
  %v0 = insertelement <8 x i32> poison, i32 %l0, i64 0
  %x1 = and i32 %a1, 15'
    './pyir opt -O2 examples/folding.ll ~~ has ~~ define i32 @lanes() {
  ret i32 3
}

define double @average(double %a, double %b) {
  %sum = fadd double %a, %b
  %half = fmul double %sum, 0.5
  %z = fadd reassoc nsz double %half, 5.5'
    './pyir run examples/folding.ll --entry average 3 5 ~~ eq ~~ 9.5'
    './pyir print examples/vectors.ll ~~ has ~~ define'
    './pyir print examples/hello.ll | llvm-as-16 -o /dev/null - && echo accepted ~~ eq ~~ accepted'
)
# Checked by other suites: the Python examples (pytest test_examples.py / test_readme.py, test_install.py),
# the test runner itself, and the Python benchmark (bench/, not a test).
elsewhere=(
    './pyir python examples/quickstart.py'
    './test.sh'
    './pyir python bench/python/bench_python.py'
)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for entry in "${checks[@]}"; do
    cmd="${entry%% ~~ *}"; rest="${entry#* ~~ }"; kind="${rest%% ~~ *}"; want="${rest#* ~~ }"
    # The README is read by people who paste these into bash: run them the same way.
    bash -c "$cmd" >"$work/out" 2>"$work/err"
    status=$?
    out="$(cat "$work/out")"
    case "$kind" in
        eq)  if [[ $status -eq 0 && "$out" == "$want" ]]; then ok; else bad "$cmd: exit $status, printed '$out' (stderr: $(tail -3 "$work/err")), README says '$want'"; fi ;;
        has) if [[ $status -eq 0 && "$out" == *"$want"* ]]; then ok; else bad "$cmd: exit $status, output lacks '$want' (stderr: $(tail -3 "$work/err"))"; fi ;;
        err) if [[ $status -eq 1 && "$(cat "$work/err")" == *"$want"* ]]; then ok; else bad "$cmd: exit $status, stderr lacks '$want': $(tail -3 "$work/err")"; fi ;;
    esac
done

# Every ./pyir command in the README's bash blocks is checked (here or elsewhere).
mapfile -t readme < <(awk '/^```bash/{b=1;next} /^```/{b=0} b' README.md | grep -E '(^|[|] )\./pyir|^\./test\.sh')
for line in "${readme[@]}"; do
    found=0
    for entry in "${checks[@]}"; do [[ "${entry%% ~~ *}" == "$line" ]] && found=1; done
    for e in "${elsewhere[@]}"; do [[ "$e" == "$line" ]] && found=1; done
    if [[ $found -eq 1 ]]; then ok; else bad "README command without a check in tests/suites/readme-cli.sh: $line"; fi
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
