#!/usr/bin/env python3
"""Counts string-literal alternatives in `matches!(...)` and `match` arms in src/ outside
test modules. Usage: wordlists.py [SRC_DIR] [--per-fn]"""
import re, sys, os, collections
root = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith('--') else 'src'
per = collections.Counter()
LITERAL = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)\'|\'\\u\{[0-9a-fA-F]+\}\'')
total = 0
for dp, dn, fn in os.walk(root):
    for f in fn:
        if not f.endswith('.rs') or f == 'tests.rs': continue
        p = os.path.join(dp, f)
        src = open(p).read()
        # strip test modules: from '#[cfg(test)]' to end of file (convention here)
        i = src.find('#[cfg(test)]')
        if i >= 0: src = src[:i]
        # matches!( ... ) bodies
        for m in re.finditer(r'matches!\s*\(', src):
            depth, j = 1, m.end()
            while j < len(src) and depth:
                # Skip string and char literals: a '(' or ')' inside one is no bracket.
                lit = LITERAL.match(src, j)
                if lit:
                    j = lit.end()
                    continue
                if src[j] == '(': depth += 1
                elif src[j] == ')': depth -= 1
                j += 1
            body = src[m.end():j]
            # only the pattern part after first top-level comma
            n = len(re.findall(r'"(?:[^"\\]|\\.)*"', body.split(',', 1)[1] if ',' in body else ''))
            line = src[:m.start()].count('\n') + 1
            per[f'{p}:{line}'] += n; total += n
        # match arms: lines like  "a" | "b" => ...
        for m in re.finditer(r'^\s*((?:"(?:[^"\\]|\\.)*"\s*\|?\s*)+)(?:if [^=]*)?=>', src, re.M):
            n = len(re.findall(r'"(?:[^"\\]|\\.)*"', m.group(1)))
            line = src[:m.start()].count('\n') + 1
            per[f'{p}:{line}'] += n; total += n
        # multi-line arms:  | "x"\n | "y" => : count string literals on lines starting with | or " inside match blocks (approx)
print(total)
if '--per-fn' in sys.argv:
    for k, v in per.most_common(40): print(v, k)
