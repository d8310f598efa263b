#!/usr/bin/env python3
"""The rules the code states, checked (scripts/run-tests.sh runs this, so CI does):

- layers: a file under src/LAYER includes only from the layers docs/architecture.md
  allows LAYER (its table's "may include" column, followed transitively);
- widgets never touch SQL or HTTP: nothing under src/ui includes Qt Sql or Qt Network;
- rooms with one job: no function in src/ is longer than MAX_FUNCTION_LINES lines.

Prints every violation as FILE:LINE: message and exits 1 when there is one.
"""
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
SRC = os.path.join(ROOT, 'src')
MAX_FUNCTION_LINES = 80


def allowed_layers():
    """{layer: set of layers it may include}, from the table in docs/architecture.md."""
    direct = {}
    row = re.compile(r'^\| (`[a-z]+/`(?:, `[a-z]+/`)*) \|.*\| ([^|]+) \|$')
    with open(os.path.join(ROOT, 'docs', 'architecture.md'), encoding='utf-8') as doc:
        for line in doc:
            m = row.match(line.strip())
            if not m:
                continue
            layers = re.findall(r'`([a-z]+)/`', m.group(1))
            cell = m.group(2).strip()
            names = set() if cell == 'Qt only' else {n.strip() for n in cell.split(',')}
            for layer in layers:
                direct[layer] = names
    closed = {}

    def close(layer, seen=()):
        if layer in closed:
            return closed[layer]
        out = set()
        for dep in direct.get(layer, ()):
            if dep in seen:
                continue
            out.add(dep)
            out |= close(dep, seen + (layer,))
        closed[layer] = out
        return out

    for layer in direct:
        close(layer)
    return closed


def sources():
    for folder, _, files in os.walk(SRC):
        for name in sorted(files):
            if name.endswith(('.cpp', '.h')):
                yield os.path.join(folder, name)


def check_layers(problems):
    allowed = allowed_layers()
    top_layers = {d for d in os.listdir(SRC) if os.path.isdir(os.path.join(SRC, d))}
    missing = top_layers - set(allowed)
    for layer in sorted(missing):
        problems.append(f'docs/architecture.md: the layer {layer}/ is not in the table')
    include = re.compile(r'^\s*#\s*include\s+"([a-z]+)/')
    for path in sources():
        layer = os.path.relpath(path, SRC).split(os.sep)[0]
        with open(path, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                m = include.match(line)
                if not m:
                    continue
                target = m.group(1)
                if target == layer or target not in top_layers:
                    continue   # the same layer, or a folder inside it (providers/jules/)
                if target not in allowed.get(layer, set()):
                    problems.append(f'{os.path.relpath(path, ROOT)}:{number}: {layer}/ may not include {target}/ '
                                    '(docs/architecture.md, Layers)')


def check_widgets(problems):
    forbidden = re.compile(r'^\s*#\s*include\s+<(QSql\w*|QNetwork\w*|QtSql/\w*|QtNetwork/\w*)>')
    for path in sources():
        if not os.path.relpath(path, SRC).startswith('ui' + os.sep):
            continue
        with open(path, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                m = forbidden.match(line)
                if m:
                    problems.append(f'{os.path.relpath(path, ROOT)}:{number}: widgets never touch SQL or HTTP '
                                    f'(<{m.group(1)}>): go through a store or a service')


def check_no_nested_event_loops(problems):
    """The window never waits: no exec() of a dialog or an event loop, no static
    QMessageBox/QFileDialog/QInputDialog helpers (each runs a loop of its own)."""
    forbidden = re.compile(r'(\.|->)exec\(\)|QMessageBox::(question|warning|critical|information|about)\('
                           r'|QFileDialog::get\w+\(|QInputDialog::get\w+\(|QEventLoop\b|BlockingQueuedConnection')
    for path in sources():
        relative = os.path.relpath(path, SRC)
        if not relative.startswith(('ui' + os.sep, 'models' + os.sep)):
            continue
        with open(path, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                code = line.split('//')[0]
                m = forbidden.search(code)
                if m:
                    problems.append(f'{os.path.relpath(path, ROOT)}:{number}: no nested event loop on the GUI thread '
                                    f'({m.group(0)}): open() a dialog and answer through a signal')


def function_bodies(lines):
    """(first line, last line) of each function body: an opening brace alone on its line
    after a signature, up to the closing brace at the same indentation."""
    opener = re.compile(r'^(\s*)\{\s*$')
    for i, line in enumerate(lines):
        m = opener.match(line)
        if not m:
            continue
        previous = next((lines[j].strip() for j in range(i - 1, -1, -1) if lines[j].strip()), '')
        if re.match(r'^(class|struct|enum|union|namespace)\b', previous) or previous.endswith(('=', ',')):
            continue
        if not (previous.endswith(')') or re.search(r'\)\s*(const|override|noexcept|final|\s)*$', previous)
                or previous.startswith(':') or re.search(r'[)}]\s*$', previous)):
            continue
        closer = re.compile('^' + re.escape(m.group(1)) + r'\};?\s*$')
        for k in range(i + 1, len(lines)):
            if closer.match(lines[k]):
                yield i + 1, k + 1
                break


def check_function_length(problems):
    for path in sources():
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        for start, end in function_bodies(lines):
            body = end - start - 1
            if body > MAX_FUNCTION_LINES:
                signature = next(lines[j].strip() for j in range(start - 2, -1, -1) if lines[j].strip())
                problems.append(f'{os.path.relpath(path, ROOT)}:{start}: a function of {body} lines '
                                f'(at most {MAX_FUNCTION_LINES}): {signature[:80]}')


def main():
    problems = []
    check_layers(problems)
    check_widgets(problems)
    check_no_nested_event_loops(problems)
    check_function_length(problems)
    for p in problems:
        print(p)
    if problems:
        print(f'{len(problems)} rule(s) broken; see docs/architecture.md and CONTRIBUTING.md.', file=sys.stderr)
        return 1
    print('rules: layers, widgets, no nested event loops and function length hold.')
    return 0


if __name__ == '__main__':
    sys.exit(main())
