"""Render a lawyer's clause override in a child process with hard limits.

The sandbox refuses escapes, and ``render_limited`` checks size and time as output
streams; neither can stop a template that loops without printing, nor one C call that
builds a gigabyte string (``'%0999999999d' % 1``, ``'{:>999999999}'.format``). So an
override renders in a forked child: the parent waits for its answer with a deadline
and kills it at the deadline, and the child runs under an address-space limit
(``RLIMIT_AS``) and a CPU limit, so a memory blow-up ends in a ``MemoryError`` inside
the child, never in the app. Deep recursion (a recursive macro) ends in a
``RecursionError`` there too. Every outcome comes back as a plain sentence.

A fork shares the parent's already-built terms, catalogue and helpers without pickling
them; only the rendered text travels back (as JSON on a pipe). The parent waits in
``select``, releasing the GIL, so the app's other threads keep running.

Where ``fork`` does not exist (Windows), or is unsafe (macOS, where a forked Qt app
may crash), the override renders in a persistent spawned worker instead, under the same
deadline and a memory cap set when the worker starts (``drafting.engine.override_worker``).
The outcomes and their sentences are the same either way. ``PACTWRIGHT_OVERRIDE_ISOLATION``
(``fork`` or ``spawn``) chooses the way, for tests and for a platform that misbehaves.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import select
import signal
import sys
import threading
import time
import warnings
from collections.abc import Mapping
from typing import Any

from jinja2 import Environment, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError

from drafting.engine import override_worker
from drafting.engine.environment import (
    MAX_OUTPUT_CHARS,
    MAX_RENDER_SECONDS,
    EmptyValueError,
    RenderLimitError,
    render_limited,
)

#: Memory an override may use beyond what the app already has mapped.
MAX_OVERRIDE_MEMORY = 512 * 1024 * 1024
#: Time for the child to start and hand its answer back, beyond the render itself.
_GRACE_SECONDS = 1.0
_CAN_FORK = hasattr(os, "fork")
#: Chooses how overrides are isolated: "fork" or "spawn" (anything else: the platform's way).
ISOLATION_ENV = "PACTWRIGHT_OVERRIDE_ISOLATION"

#: Overrides that already ran out of time or memory: refused at once afterwards, so a bad
#: override does not cost the preview its whole time limit on every keystroke.
_exhausted: dict[str, str] = {}
_exhausted_guard = threading.Lock()


def isolation_mode() -> str:
    """ "fork" (a forked child per render) or "spawn" (a persistent spawned worker)."""
    chosen = os.environ.get(ISOLATION_ENV, "").strip().lower()
    if chosen == "spawn" or not _CAN_FORK:
        return "spawn"
    if chosen == "fork":
        return "fork"
    # macOS: Apple's frameworks (and so Qt) are not safe in a forked child.
    return "spawn" if sys.platform == "darwin" else "fork"


def prestart_isolation(max_memory: int = MAX_OVERRIDE_MEMORY) -> None:
    """Start an override worker in the background where overrides render in one, so the
    first preview of a draft with overrides does not wait for it (a no-op with fork)."""
    if isolation_mode() == "spawn":
        threading.Thread(
            target=override_worker.POOL.prestart, args=(max_memory,), name="override-worker-start", daemon=True
        ).start()


def render_outcome(
    environment: Environment, source: str, context: Mapping[str, Any], max_chars: int, max_seconds: float
) -> list[str]:
    """``["ok", text]`` or ``[kind, message]``: every way a render can end, as data.

    Compiling is part of it: Jinja folds constant expressions while compiling, so
    ``{{ '%0999999999d' % 1 }}`` is evaluated there, not when rendering.
    """
    try:
        template = environment.from_string(source)
        return ["ok", render_limited(template, context, max_chars=max_chars, max_seconds=max_seconds)]
    except TemplateSyntaxError as error:
        return ["error", f"the override has a syntax error on line {error.lineno}: {error.message}"]
    except UndefinedError as error:
        return ["undefined", str(error.message)]
    except EmptyValueError as error:
        return ["empty", str(error)]
    except SecurityError as error:
        return ["security", str(error)]
    except RenderLimitError as error:
        return ["limit", str(error)]
    except RecursionError:
        return ["limit", "it nests too deeply (a macro or expression calling itself without end)"]
    except MemoryError:
        return ["memory", "it needs more memory than a clause may use"]
    except (TemplateError, TypeError, ValueError, AttributeError, ArithmeticError, LookupError) as error:
        return ["error", f"{type(error).__name__}: {error}"]


def _raise(kind: str, message: str) -> None:
    errors: dict[str, type[Exception]] = {
        "undefined": UndefinedError,
        "empty": EmptyValueError,
        "security": SecurityError,
        "limit": RenderLimitError,
        "memory": RenderLimitError,
    }
    raise errors.get(kind, TemplateError)(message)


def _limit_child(max_memory: int, max_seconds: float) -> None:
    if sys.platform == "win32":  # no fork there: the spawned worker caps itself
        return
    import resource

    mapped = override_worker.mapped_bytes()
    if mapped is not None:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (mapped + max_memory, mapped + max_memory))
    cpu = math.ceil(max_seconds) + 1
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))


def _child(
    write_fd: int, environment: Environment, source: str, context: Mapping[str, Any], limits: tuple[int, float, int]
) -> None:
    max_chars, max_seconds, max_memory = limits
    try:
        # The child never shows a dialog nor writes the parent's files; it only answers.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _limit_child(max_memory, max_seconds)
        answer = json.dumps(render_outcome(environment, source, context, max_chars, max_seconds)).encode("ascii")
        view = memoryview(answer)
        while view:
            view = view[os.write(write_fd, view) :]
    finally:
        os._exit(0)


def _read_answer(read_fd: int, pid: int, deadline: float) -> bytes | None:
    """The child's whole answer, or None if the deadline passed first (the child is killed)."""
    if sys.platform == "win32":  # pragma: no cover - no fork there
        raise OSError("no forked children on Windows")
    chunks: list[bytes] = []
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            return None
        ready, _, _ = select.select([read_fd], [], [], remaining)
        if ready:
            chunk = os.read(read_fd, 1 << 16)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)


def _render_in_child(
    environment: Environment, source: str, context: Mapping[str, Any], limits: tuple[int, float, int]
) -> list[str]:
    if sys.platform == "win32":  # pragma: no cover - no fork there
        raise OSError("no fork on Windows")
    read_fd, write_fd = os.pipe()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # fork with threads: the child only renders
        pid = os.fork()
    if pid == 0:  # pragma: no cover - the child process
        os.close(read_fd)
        _child(write_fd, environment, source, context, limits)
    os.close(write_fd)
    try:
        answer = _read_answer(read_fd, pid, time.monotonic() + limits[1] + _GRACE_SECONDS)
    finally:
        os.close(read_fd)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
    if answer is None:
        return ["limit", f"it took longer than {limits[1]:g} seconds"]
    try:
        outcome = json.loads(answer)
    except ValueError:
        # The child died without a complete answer: killed by its memory or CPU limit.
        return ["memory", "it needs more memory or time than a clause may use"]
    if not (isinstance(outcome, list) and len(outcome) == 2 and all(isinstance(part, str) for part in outcome)):
        return ["error", "it could not be rendered"]
    return outcome


def render_isolated(
    environment: Environment,
    source: str,
    context: Mapping[str, Any],
    *,
    max_chars: int = MAX_OUTPUT_CHARS,
    max_seconds: float = MAX_RENDER_SECONDS,
    max_memory: int = MAX_OVERRIDE_MEMORY,
    isolation: str | None = None,
) -> str:
    """The override's text, rendered under hard limits; the engine's usual template errors
    (``UndefinedError``, ``EmptyValueError``, ``SecurityError``, ``RenderLimitError``,
    ``TemplateError``) otherwise. ``source`` is compiled in the child too. ``isolation``
    ("fork" or "spawn") overrides ``isolation_mode()``."""
    key = f"{max_chars}:{max_seconds}:{max_memory}:{source}"
    with _exhausted_guard:
        known = _exhausted.get(key)
    if known is not None:
        raise RenderLimitError(known)
    limits = (max_chars, max_seconds, max_memory)
    if (isolation or isolation_mode()) == "fork" and _CAN_FORK:
        kind, text = _render_in_child(environment, source, context, limits)
    else:
        kind, text = override_worker.render_in_worker(environment, source, context, limits)
    if kind == "ok":
        return text
    if kind in {"limit", "memory"}:
        with _exhausted_guard:
            _exhausted[key] = text
    _raise(kind, text)
    raise AssertionError("unreachable")
