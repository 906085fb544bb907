#!/usr/bin/python3
"""lli-16 oracle for PyIR's hand-written edge-case file tests (tests/edge/*.ll).

For every `; RUN: pyir run %s --entry NAME [ARGS]` line followed by a `; CHECK: VALUE` line, this
script computes what LLVM's own interpreter (`lli-16`) returns for NAME(ARGS) and compares it with
VALUE. It does so by appending a generated `@main` to the file's IR that calls each entry function
and prints the raw bits of every scalar leaf of the result with `printf("%llx")`; the bits are then
formatted in Python exactly as docs/value-format.md prescribes (so the oracle does not depend on
lli's own printing). All functions of one file run in one lli-16 process; if that process fails
(a crash or trap in one function), each function is retried alone so one bad test does not hide
the others.

Usage:
  lli_oracle.py [--check] [PATH...]     compare CHECK lines with lli (default: tests/edge, not
                                        tests/edge/pyir-defined); last line "N passed, M failed"
  lli_oracle.py --fill FILE [--write]   print suggested CHECK lines from lli (with --write, put
                                        them into FILE after each RUN line, replacing old ones)
  lli_oracle.py --pyir [PATH...]        run each case through ./pyir (one process per case, slow)
                                        and compare its output EXACTLY with the CHECK line (file
                                        tests only match substrings); extra pyir flags from the
                                        environment variable PYIR_FLAGS (e.g. --interp)
"""
import math
import os
import re
import shlex
import struct
import subprocess
import sys
import tempfile
from fractions import Fraction

import numpy as np

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
LLI = os.environ.get('LLI', 'lli-16')

# ---------------------------------------------------------------------------------------------
# Types: a tiny parser for the LLVM type syntax used by entry functions' signatures.
# A type is a tuple: ('int', bits) | ('float',) | ('double',) | ('ptr',) | ('void',)
# | ('vec', n, elem) | ('arr', n, elem) | ('struct', packed, [elems])
# ---------------------------------------------------------------------------------------------
TOKEN = re.compile(r'\s*(<\{|\}>|[<>{}\[\],]|x\b|i\d+|float|double|half|ptr|void|%[-\w.$]+|\d+)')


class TypeParser:
    def __init__(self, text, named):
        self.toks = []
        pos = 0
        text = text.strip()
        while pos < len(text):
            m = TOKEN.match(text, pos)
            if not m:
                break  # the rest (parameter attributes, names) is not part of the type
            self.toks.append(m.group(1))
            pos = m.end()
            while pos < len(text) and text[pos].isspace():
                pos += 1
        self.i = 0
        self.named = named

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, expect=None):
        t = self.toks[self.i]
        if expect is not None and t != expect:
            raise ValueError(f'expected {expect}, got {t}')
        self.i += 1
        return t

    def parse(self):
        t = self.take()
        if t.startswith('i') and t[1:].isdigit():
            return ('int', int(t[1:]))
        if t in ('float', 'double', 'ptr', 'void', 'half'):
            return (t,)
        if t.startswith('%'):
            return self.named[t]
        if t == '<':
            n = int(self.take())
            self.take('x')
            e = self.parse()
            self.take('>')
            return ('vec', n, e)
        if t == '[':
            n = int(self.take())
            self.take('x')
            e = self.parse()
            self.take(']')
            return ('arr', n, e)
        if t in ('{', '<{'):
            packed = t == '<{'
            close = '}>' if packed else '}'
            elems = []
            if self.peek() != close:
                elems.append(self.parse())
                while self.peek() == ',':
                    self.take()
                    elems.append(self.parse())
            self.take(close)
            return ('struct', packed, elems)
        raise ValueError(f'unexpected type token {t}')


def parse_type(text, named):
    p = TypeParser(text, named)
    ty = p.parse()
    return ty, p


def type_str(ty):
    k = ty[0]
    if k == 'int':
        return f'i{ty[1]}'
    if k in ('float', 'double', 'ptr', 'void', 'half'):
        return k
    if k == 'vec':
        return f'<{ty[1]} x {type_str(ty[2])}>'
    if k == 'arr':
        return f'[{ty[1]} x {type_str(ty[2])}]'
    inner = ', '.join(type_str(e) for e in ty[2])
    if not ty[2]:
        return '<{}>' if ty[1] else '{}'
    return f'<{{ {inner} }}>' if ty[1] else f'{{ {inner} }}'


# ---------------------------------------------------------------------------------------------
# Reading a test file: named types, function signatures, RUN/CHECK pairs.
# ---------------------------------------------------------------------------------------------
SKIP_WORDS = {'internal', 'private', 'dso_local', 'noundef', 'zeroext', 'signext', 'inreg',
              'fastcc', 'ccc', 'linkonce_odr', 'weak', 'hidden', 'nonnull', 'noalias',
              'local_unnamed_addr', 'unnamed_addr'}


def split_top(text):
    """Split at commas not nested in brackets."""
    parts, depth, cur = [], 0, ''
    for ch in text:
        if ch in '<{[(':
            depth += 1
        elif ch in '>}])':
            depth -= 1
        if ch == ',' and depth == 0:
            parts.append(cur)
            cur = ''
        else:
            cur += ch
    if cur.strip():
        parts.append(cur)
    return parts


def read_module(text):
    named = {}
    for m in re.finditer(r'^(%[-\w.$]+)\s*=\s*type\s+(.*)$', text, re.M):
        named[m.group(1)] = parse_type(m.group(2), named)[0]
    sigs = {}
    for m in re.finditer(r'^define\s+(.*?)@([-\w.$]+)\((.*?)\)', text, re.M):
        words = m.group(1).split()
        while words and words[0] in SKIP_WORDS:
            words.pop(0)
        try:
            ret = parse_type(' '.join(words), named)[0]
            params = []
            for p in split_top(m.group(3)):
                p = p.strip()
                if not p or p == '...':
                    continue
                params.append(parse_type(p, named)[0])
        except (ValueError, IndexError, KeyError):
            continue  # not an entry function we can call (a RUN line naming it reports that)
        sigs[m.group(2)] = (ret, params)
    return sigs


def read_cases(path):
    """Return [(line_no, entry, args, expected-or-None)] for each `pyir run` RUN line."""
    cases = []
    lines = open(path).read().splitlines()
    for i, line in enumerate(lines):
        m = re.match(r'\s*;\s*RUN:\s*(.*)$', line)
        if not m:
            continue
        argv = shlex.split(m.group(1))
        if argv[:2] != ['pyir', 'run'] or '--entry' not in argv:
            continue
        k = argv.index('--entry')
        entry = argv[k + 1]
        args = [a for a in argv[2:k] + argv[k + 2:] if a != '%s']
        expected = None
        if i + 1 < len(lines):
            c = re.match(r'\s*;\s*CHECK:\s?(.*)$', lines[i + 1])
            if c:
                expected = c.group(1).rstrip()
        cases.append((i + 1, entry, args, expected))
    return cases


# ---------------------------------------------------------------------------------------------
# Value formatting (docs/value-format.md), from raw bits.
# ---------------------------------------------------------------------------------------------
def fmt_double(x):
    if math.isnan(x):
        return 'nan'
    if math.isinf(x):
        return 'inf' if x > 0 else '-inf'
    return repr(x)


def fmt_float(bits, np_type=np.float32):
    """float (np.float32) or half (np.float16) from raw bits: shortest digits at that precision."""
    if np_type is np.float16:
        x = float(np.frombuffer(struct.pack('<H', bits & 0xffff), dtype=np.float16)[0])
    else:
        x = struct.unpack('<f', struct.pack('<I', bits))[0]
    if math.isnan(x) or math.isinf(x):
        return fmt_double(x)
    if x == 0:
        return '-0.0' if math.copysign(1, x) < 0 else '0.0'
    narrow = np_type(x)
    s = None
    for p in range(1, 10):
        # The nearest p-digit decimal may miss at a power of two (the rounding interval is lopsided
        # there) while its neighbour in the last digit still reads back: try all three and keep
        # the closest one that round-trips, as shortest-repr algorithms do.
        m, e = ('%.*e' % (p - 1, abs(x))).split('e')
        digits = int(m.replace('.', ''))
        scale = int(e) - (p - 1)
        best = None
        for d in (digits, digits - 1, digits + 1):  # printf's correctly rounded choice wins ties
            if d <= 0:
                continue
            cand = float(f'{d}e{scale}')
            with np.errstate(over='ignore'):
                ok = np_type(cand) == np_type(abs(x))
            dist = abs(Fraction(d) * Fraction(10) ** scale - Fraction(abs(x)))  # exact
            if ok and (best is None or dist < best[1]):
                best = (d, dist)
        if best is not None:
            d = str(best[0])
            # renormalise (d may have gained a digit, e.g. 999 + 1)
            e10 = scale + len(d) - 1
            s = ('-' if x < 0 else '') + d[0] + '.' + (d[1:] or '0') + 'e' + str(e10)
            break
    mant, exp = s.split('e')
    negative = mant.startswith('-')
    digits = mant.lstrip('-').replace('.', '').rstrip('0') or '0'
    e = int(exp)
    # Like NumPy's str(np.float32(x)) (and Python for doubles), the layout is decided by the exact
    # value, not by the rounded digits: float 1e-4 is just below 1e-4 and prints as 1e-04.
    if abs(x) < 1e-4 or abs(x) >= 1e16:
        text = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '') + ('e-' if e < 0 else 'e+') + '%02d' % abs(e)
    elif e >= 0:
        whole = digits[:e + 1].ljust(e + 1, '0')
        text = whole + '.' + (digits[e + 1:] or '0')
    else:
        text = '0.' + '0' * (-e - 1) + digits
    return ('-' if negative else '') + text


def fmt_leaf(ty, bits):
    k = ty[0]
    if k == 'int':
        n = ty[1]
        bits &= (1 << n) - 1
        if n == 1:
            return 'true' if bits else 'false'
        return str(bits - (1 << n) if bits >> (n - 1) else bits)
    if k == 'float':
        return fmt_float(bits & 0xffffffff)
    if k == 'half':
        return fmt_float(bits & 0xffff, np.float16)
    if k == 'double':
        return fmt_double(struct.unpack('<d', struct.pack('<Q', bits))[0])
    if k == 'ptr':
        return 'null' if bits == 0 else hex(bits)
    raise ValueError(f'cannot format {ty}')


def leaf_count(ty):
    k = ty[0]
    if k in ('vec', 'arr'):
        return ty[1] * leaf_count(ty[2])
    if k == 'struct':
        return sum(leaf_count(e) for e in ty[2])
    if k == 'void':
        return 0
    return 1


def fmt_value(ty, leaves):
    """Format a value from an iterator over its leaves' raw bits."""
    k = ty[0]
    if k in ('vec', 'arr', 'struct'):
        elems = [ty[2]] * ty[1] if k != 'struct' else ty[2]
        inner = ', '.join(f'{type_str(e)} {fmt_value(e, leaves)}' for e in elems)
        if k == 'vec':
            return f'<{inner}>'
        if k == 'arr':
            return f'[{inner}]'
        if not elems:
            return '<{}>' if ty[1] else '{}'
        return f'<{{ {inner} }}>' if ty[1] else f'{{ {inner} }}'
    if k == 'void':
        return ''
    return fmt_leaf(ty, next(leaves))


# ---------------------------------------------------------------------------------------------
# Wrapper generation.
# ---------------------------------------------------------------------------------------------
def float_const(text, is_float):
    t = text.strip().lower()
    x = {'nan': float('nan'), 'inf': float('inf'), '-inf': float('-inf')}.get(t)
    if x is None:
        x = float(t)
    if is_float:
        x = float(np.float32(x))
    return '0x%016X' % struct.unpack('<Q', struct.pack('<d', x))[0]


def arg_const(ty, text):
    """Turn a command-line argument (value-format syntax) into an LLVM constant operand."""
    k = ty[0]
    t = text.strip()
    if k == 'int':
        if ty[1] == 1 and t in ('true', 'false', '1', '0'):
            return 'true' if t in ('true', '1') else 'false'
        v = int(t, 0) % (1 << ty[1])
        return str(v)
    if k in ('float', 'double'):
        return float_const(t, k == 'float')
    if k == 'half':
        x = {'nan': float('nan'), 'inf': float('inf'), '-inf': float('-inf')}.get(t.lower())
        h = np.float16(float(t) if x is None else x)
        return '0xH%04X' % struct.unpack('<H', h.tobytes())[0]
    if k in ('vec', 'arr', 'struct'):
        body = t[1:-1].strip()
        if body.startswith('{'):  # packed struct <{ ... }>
            body = body[1:-1].strip()
        elems = [ty[2]] * ty[1] if k != 'struct' else ty[2]
        parts = split_top(body)
        out = []
        for e, p in zip(elems, parts):
            p = p.strip()
            es = type_str(e)
            if p.startswith(es):
                p = p[len(es):].strip()
            out.append(f'{es} {arg_const(e, p)}')
        open_, close = {'vec': ('<', '>'), 'arr': ('[', ']')}.get(k, ('{ ', ' }'))
        if k == 'struct' and ty[1]:
            open_, close = '<{ ', ' }>'
        return open_ + ', '.join(out) + close
    raise ValueError(f'unsupported argument type {ty}')


class Emitter:
    def __init__(self):
        self.lines = []
        self.n = 0

    def tmp(self):
        self.n += 1
        return f'%w{self.n}'

    def emit_leaves(self, ty, val):
        k = ty[0]
        if k in ('arr', 'struct'):
            elems = [ty[2]] * ty[1] if k == 'arr' else ty[2]
            for i, e in enumerate(elems):
                t = self.tmp()
                self.lines.append(f'  {t} = extractvalue {type_str(ty)} {val}, {i}')
                self.emit_leaves(e, t)
            return
        if k == 'vec':
            for i in range(ty[1]):
                t = self.tmp()
                self.lines.append(f'  {t} = extractelement {type_str(ty)} {val}, i32 {i}')
                self.emit_leaves(ty[2], t)
            return
        if k == 'void':
            return
        if k == 'int':
            if ty[1] > 64:
                raise ValueError('integers wider than 64 bits are not supported')
            if ty[1] < 64:
                t = self.tmp()
                self.lines.append(f'  {t} = zext i{ty[1]} {val} to i64')
                val = t
        elif k == 'float':
            t, u = self.tmp(), self.tmp()
            self.lines.append(f'  {t} = bitcast float {val} to i32')
            self.lines.append(f'  {u} = zext i32 {t} to i64')
            val = u
        elif k == 'double':
            t = self.tmp()
            self.lines.append(f'  {t} = bitcast double {val} to i64')
            val = t
        elif k == 'half':
            t, u = self.tmp(), self.tmp()
            self.lines.append(f'  {t} = bitcast half {val} to i16')
            self.lines.append(f'  {u} = zext i16 {t} to i64')
            val = u
        elif k == 'ptr':
            t = self.tmp()
            self.lines.append(f'  {t} = ptrtoint ptr {val} to i64')
            val = t
        else:
            raise ValueError(f'unsupported leaf type {ty}')
        self.lines.append(f'  call i32 (ptr, ...) @printf(ptr @__oracle_fmt_leaf, i64 {val})')


def build_wrapper(text, sigs, cases):
    em = Emitter()
    for idx, (_, entry, args, _) in enumerate(cases):
        ret, params = sigs[entry]
        em.lines.append(f'  call i32 (ptr, ...) @printf(ptr @__oracle_fmt_mark, i32 {idx})')
        ops = ', '.join(f'{type_str(p)} {arg_const(p, a)}' for p, a in zip(params, args))
        if ret[0] == 'void':
            em.lines.append(f'  call void @{entry}({ops})')
        else:
            r = em.tmp()
            em.lines.append(f'  {r} = call {type_str(ret)} @{entry}({ops})')
            em.emit_leaves(ret, r)
    out = [text, '',
           '@__oracle_fmt_leaf = private constant [6 x i8] c"%llx\\0A\\00"',
           '@__oracle_fmt_mark = private constant [6 x i8] c"@@%d\\0A\\00"']
    if not re.search(r'^declare\s+.*@printf\(', text, re.M):
        out.append('declare i32 @printf(ptr, ...)')
    out.append('define i32 @main() {')
    out.extend(em.lines)
    out.append('  ret i32 0')
    out.append('}')
    return '\n'.join(out) + '\n'


def run_lli(module_text):
    with tempfile.NamedTemporaryFile('w', suffix='.ll', delete=False) as f:
        f.write(module_text)
        name = f.name
    try:
        p = subprocess.run([LLI, name], capture_output=True, text=True, timeout=120)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return -1, '', 'timeout'
    finally:
        os.unlink(name)


def parse_output(stdout, cases, sigs):
    """Map case index -> formatted value from the marker/leaf lines of the wrapper's output."""
    results, cur, leaves = {}, None, []

    def flush():
        if cur is not None:
            ret = sigs[cases[cur][1]][0]
            if len(leaves) == leaf_count(ret):
                results[cur] = fmt_value(ret, iter(leaves))
    for line in stdout.splitlines():
        if line.startswith('@@'):
            flush()
            cur, leaves = int(line[2:]), []
        elif cur is not None and line.strip():
            leaves.append(int(line, 16))
    flush()
    return results


def lli_values(path):
    """Return (cases, {index: value-or-error string})."""
    text = open(path).read()
    sigs = read_module(text)
    cases = read_cases(path)
    values = {}
    bad = [c for c in cases if c[1] not in sigs]
    for i, c in enumerate(cases):
        if c[1] not in sigs:
            values[i] = f'ERROR: no function @{c[1]}'
    good = [(i, c) for i, c in enumerate(cases) if c[1] in sigs]
    if not good:
        return cases, values
    idxs = [i for i, _ in good]
    sub = [c for _, c in good]
    # Each `pyir run` starts from fresh globals; a batch would let one function's stores leak into
    # the next, so files with mutable globals are run one function per lli-16 process.
    mutable = re.search(r'^@[-\w.$]+\s*=[^;]*?\bglobal\b', text, re.M)
    rc, out, err = (1, '', '') if mutable else run_lli(build_wrapper(text, sigs, sub))
    res = parse_output(out, sub, sigs)
    if rc == 0 and len(res) == len(sub):
        for j, i in enumerate(idxs):
            values[i] = res[j]
        return cases, values
    # Something failed: run each function alone to isolate it.
    for i, c in good:
        rc, out, err = run_lli(build_wrapper(text, sigs, [c]))
        res = parse_output(out, [c], sigs)
        if rc == 0 and 0 in res:
            values[i] = res[0]
        else:
            msg = (err.strip().splitlines() or [f'exit {rc}'])[-1]
            values[i] = f'ERROR: lli-16 failed: {msg}'
    del bad
    return cases, values


def edge_files(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if d != 'pyir-defined')
                files.extend(os.path.join(root, n) for n in sorted(names) if n.endswith('.ll'))
        else:
            files.append(p)
    return files


def check(paths):
    passed = failed = 0
    for path in edge_files(paths):
        cases, values = lli_values(path)
        rel = os.path.relpath(path, REPO)
        for i, (line, entry, args, expected) in enumerate(cases):
            got = values.get(i)
            if expected is not None and got == expected:
                passed += 1
            else:
                failed += 1
                argtext = (' ' + ' '.join(args)) if args else ''
                print(f'{rel}:{line}: @{entry}{argtext}: CHECK says {expected!r}, lli-16 gives {got!r}')
    print(f'{passed} passed, {failed} failed')
    return 1 if failed else 0


def fill(path, write):
    cases, values = lli_values(path)
    if not write:
        for i, (line, entry, args, expected) in enumerate(cases):
            print(f'; RUN line {line} @{entry}: ; CHECK: {values.get(i)}')
        return 0
    lines = open(path).read().splitlines()
    by_line = {c[0]: values.get(i) for i, c in enumerate(cases)}
    out = []
    skip_next_check = False
    for n, line in enumerate(lines, 1):
        if skip_next_check and re.match(r'\s*;\s*CHECK:', line):
            skip_next_check = False
            continue
        skip_next_check = False
        out.append(line)
        if n in by_line:
            out.append(f'; CHECK: {by_line[n]}')
            skip_next_check = True
    open(path, 'w').write('\n'.join(out) + '\n')
    failed = [v for v in by_line.values() if v is None or v.startswith('ERROR')]
    for v in failed:
        print('problem:', v)
    return 0


def check_pyir(paths):
    """Exact comparison of PyIR's output with each CHECK line, one pyir process per case."""
    pyir = os.path.join(REPO, 'pyir')
    extra = shlex.split(os.environ.get('PYIR_FLAGS', ''))
    passed = failed = 0
    for path in edge_files(paths):
        rel = os.path.relpath(path, REPO)
        for line, entry, args, expected in read_cases(path):
            p = subprocess.run([pyir, 'run', *extra, path, '--entry', entry, *args],
                               capture_output=True, text=True, timeout=300)
            got = p.stdout.strip()
            if p.returncode == 0 and got == expected:
                passed += 1
            else:
                failed += 1
                err = (p.stderr.strip().splitlines() or [''])[0]
                print(f'{rel}:{line}: @{entry} {" ".join(args)}: CHECK says {expected!r}, pyir gives '
                      f'{got!r} (exit {p.returncode}) {err}')
    print(f'{passed} passed, {failed} failed')
    return 1 if failed else 0


def main(argv):
    if argv and argv[0] == '--pyir':
        return check_pyir(argv[1:] or [os.path.join(REPO, 'tests', 'edge')])
    if argv and argv[0] == '--fill':
        return fill(argv[1], '--write' in argv[2:])
    if argv and argv[0] == '--check':
        argv = argv[1:]
    return check(argv or [os.path.join(REPO, 'tests', 'edge')])


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
