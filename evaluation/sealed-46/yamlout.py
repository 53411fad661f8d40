"""Minimal YAML writer (standard library only) that reproduces the block layout of a
PyYAML ``dump(..., default_flow_style=False, sort_keys=False, allow_unicode=True, width=110)``:
indentless sequences inside mappings, plain scalars where PyYAML would write them plain,
single quotes otherwise, and PyYAML's line folding (a break at a single space once the
column has passed the width)."""

import re

WIDTH = 110

# YAML 1.1 implicit resolvers used by PyYAML (a plain scalar matching one of these would not
# read back as a string, so it must be quoted).
_RESOLVERS = [
    re.compile(r'''^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$'''),
    re.compile(r'''^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?'''
               r'''|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$'''),
    re.compile(r'''^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+'''
               r'''|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$'''),
    re.compile(r'''^(?:<<)$'''),
    re.compile(r'''^(?:~|null|Null|NULL|)$'''),
    re.compile(r'''^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?'''
               r'''|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?'''
               r''':[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$'''),
    re.compile(r'''^(?:=)$'''),
    re.compile(r'''^(?:!|&|\*)$'''),
]


def _resolves_to_non_string(text):
    return any(r.match(text) for r in _RESOLVERS)


def _allow_plain(text):
    """PyYAML's analyze_scalar, block context, for single-line printable text."""
    if not text:
        return False
    if text.startswith('---') or text.startswith('...'):
        return False
    if text[0] == ' ' or text[-1] == ' ':
        return False
    for i, ch in enumerate(text):
        followed_by_ws = (i + 1 >= len(text)) or text[i + 1] in ' \t\r\n'
        preceded_by_ws = (i == 0) or text[i - 1] in ' \t\r\n'
        if i == 0:
            if ch in '#,[]{}&*!|>\'"%@`':
                return False
            if ch in '?:' and followed_by_ws:
                return False
            if ch == '-' and followed_by_ws:
                return False
        else:
            if ch == ':' and followed_by_ws:
                return False
            if ch == '#' and preceded_by_ws:
                return False
    return True


def _check_text(text):
    for ch in text:
        if not ('\x20' <= ch <= '\x7e' or ('\xa0' <= ch <= '\ud7ff')):
            raise ValueError('unsupported character %r in %r' % (ch, text))


def _fold(pieces, column, indent):
    """pieces: list of (word, is_single_space_before). Writes words, breaking at single spaces
    when the column is already past WIDTH. Returns text."""
    out = []
    for sep, word in pieces:
        if sep is not None:
            if sep == ' ' and column > WIDTH:
                out.append('\n' + ' ' * indent)
                column = indent
            else:
                out.append(sep)
                column += len(sep)
        out.append(word)
        column += len(word)
    return ''.join(out)


def _split_words(text):
    # returns [(None, first_word), (spaces, word), ...]
    parts = re.split(r'( +)', text)
    pieces = [(None, parts[0])]
    for k in range(1, len(parts), 2):
        pieces.append((parts[k], parts[k + 1]))
    return pieces


def scalar(text, column, indent):
    """Render a string starting at `column` (after 'key: ' or '- '); continuation lines at `indent`."""
    _check_text(text)
    if _allow_plain(text) and not _resolves_to_non_string(text):
        return _fold(_split_words(text), column, indent)
    # single-quoted: the opening quote is written first; a quote inside is doubled; no break at the
    # very first or last space run.
    body = text.replace("'", "''")
    pieces = _split_words(body)
    # breaks are not allowed before the first word or after the last (start != 0, end != len)
    out = "'"
    column += 1
    rendered = []
    for idx, (sep, word) in enumerate(pieces):
        if sep is not None:
            allowed = word != '' and idx != 0
            if sep == ' ' and column > WIDTH and allowed:
                rendered.append('\n' + ' ' * indent)
                column = indent
            else:
                rendered.append(sep)
                column += len(sep)
        rendered.append(word)
        column += len(word)
    return out + ''.join(rendered) + "'"


def _value_inline(v, column, indent):
    if v is None:
        return 'null'
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return scalar(v, column, indent)
    raise TypeError(type(v))


def emit_mapping(d, indent, lines, first_prefix=None):
    """Block mapping whose keys sit at column `indent`. If first_prefix is given (e.g. '- '),
    the first key is written after it on the current line."""
    first = True
    for key, v in d.items():
        if first and first_prefix is not None:
            head = ' ' * (indent - len(first_prefix)) + first_prefix + key + ':'
        else:
            head = ' ' * indent + key + ':'
        first = False
        if isinstance(v, dict):
            if not v:
                lines.append(head + ' {}')
            else:
                lines.append(head)
                emit_mapping(v, indent + 2, lines)
        elif isinstance(v, list):
            if not v:
                lines.append(head + ' []')
            else:
                lines.append(head)
                emit_sequence(v, indent, lines)
        else:
            col = len(head) + 1
            lines.append(head + ' ' + _value_inline(v, col, indent + 2))


def emit_sequence(items, indent, lines):
    """Block sequence whose dashes sit at column `indent`."""
    for v in items:
        if isinstance(v, dict):
            if not v:
                lines.append(' ' * indent + '- {}')
            else:
                emit_mapping(v, indent + 2, lines, first_prefix='- ')
        elif isinstance(v, list):
            raise TypeError('nested lists not used')
        else:
            head = ' ' * indent + '-'
            col = len(head) + 1
            lines.append(head + ' ' + _value_inline(v, col, indent + 2))


def dump(data):
    lines = []
    emit_mapping(data, 0, lines)
    return '\n'.join(lines) + '\n'
