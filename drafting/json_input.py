"""Reading a draft from outside (a file given to validate, review, render or import):
every check a hostile or accidental file needs before the terms model sees it.

- the file must be an ordinary file (a FIFO would hang, ``/dev/zero`` never ends) and
  at most ``MAX_FILE_BYTES`` long;
- a UTF-8 byte-order mark (Notepad writes one) is accepted and dropped;
- a key given twice in one object is refused, naming the key (JSON keeps the last one
  silently, so a second ``"model"`` would switch the agreement type);
- ``NaN`` and ``Infinity`` are refused in plain words;
- nesting is limited to ``MAX_DEPTH`` levels, every text to ``MAX_TEXT_CHARS``
  characters, and a lone surrogate (half of a character, ``"\\ud800"``) is refused.

Each refusal is a ``Problem`` with the path of the field and the limit it broke.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARS = 1_000_000
MAX_DEPTH = 64
_BOM = "\ufeff"
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class InputProblem:
    """Why the input cannot be read; ``path`` is the field at fault ('' for the whole file)."""

    path: str
    message: str


class InputRefusedError(ValueError):
    def __init__(self, problem: InputProblem) -> None:
        self.problem = problem
        super().__init__(f"{problem.path}: {problem.message}" if problem.path else problem.message)


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(key)


def read_text(path: Path) -> str:
    """The file's text (UTF-8, BOM dropped); ``OSError``/``UnicodeDecodeError`` as usual,
    ``InputRefusedError`` for what is not an ordinary file or is too large."""
    status = os.stat(path)
    if stat.S_ISDIR(status.st_mode):
        raise IsADirectoryError(21, "is a folder", str(path))
    if not stat.S_ISREG(status.st_mode):
        raise InputRefusedError(InputProblem("", "is not an ordinary file (a device or a pipe); give a .json file"))
    if status.st_size > MAX_FILE_BYTES:
        raise InputRefusedError(InputProblem("", f"is larger than the limit of {MAX_FILE_BYTES // (1024 * 1024)} MB"))
    with open(path, "rb") as stream:
        raw = stream.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat
    if len(raw) > MAX_FILE_BYTES:
        raise InputRefusedError(InputProblem("", f"is larger than the limit of {MAX_FILE_BYTES // (1024 * 1024)} MB"))
    return without_bom(raw.decode("utf-8"))


def without_bom(text: str) -> str:
    return text[1:] if text.startswith(_BOM) else text


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _constant(name: str) -> Any:
    raise InputRefusedError(
        InputProblem("", f"{name} is not a number; write a number such as 12.5 (or leave the field out)")
    )


def decode(text: str) -> Any:
    """Parse JSON text under the checks above; ``json.JSONDecodeError`` for bad syntax."""
    text = without_bom(text)
    try:
        data = json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant)
    except _DuplicateKeyError as duplicate:
        key = _SURROGATE.sub("?", duplicate.key)
        raise InputRefusedError(
            InputProblem("", f"the key '{key}' appears twice in one group; keep only one of them")
        ) from None
    except RecursionError:
        raise InputRefusedError(InputProblem("", f"it is nested more than {MAX_DEPTH} levels deep")) from None
    check_values(data)
    return data


def _walk(data: Any) -> Iterator[tuple[str, Any, int]]:
    # Iterative, so that depth never costs Python stack.
    stack: list[tuple[str, Any, int]] = [("", data, 0)]
    while stack:
        path, value, depth = stack.pop()
        yield path, value, depth
        if isinstance(value, dict):
            for key, item in value.items():
                yield f"{path}.{key}" if path else str(key), key, depth + 1
                stack.append((f"{path}.{key}" if path else str(key), item, depth + 1))
        elif isinstance(value, list | tuple):
            stack.extend((f"{path}[{index}]", item, depth + 1) for index, item in enumerate(value))


def check_values(data: Any) -> None:
    """Depth, text length and lone surrogates, anywhere in ``data``; ``InputRefusedError``."""
    for path, value, depth in _walk(data):
        shown = _SURROGATE.sub("?", path)
        if depth > MAX_DEPTH:
            raise InputRefusedError(InputProblem("", f"it is nested more than {MAX_DEPTH} levels deep"))
        if not isinstance(value, str):
            continue
        if len(value) > MAX_TEXT_CHARS:
            raise InputRefusedError(
                InputProblem(shown, f"is longer than the limit of {MAX_TEXT_CHARS:,} characters ({len(value):,})")
            )
        if _SURROGATE.search(value):
            raise InputRefusedError(
                InputProblem(shown, "contains half of a character (a lone surrogate); retype or remove it")
            )
