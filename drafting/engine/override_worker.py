"""Clause overrides rendered in a spawned worker process, where ``fork`` is not used.

``drafting.engine.isolation`` forks a child per render on Linux. Windows has no
``fork``, and on macOS forking a process that runs Qt is unsafe, so there an override
renders in a separate interpreter started with multiprocessing's ``spawn``. Starting
one costs a fresh interpreter and the engine's imports (a few hundred milliseconds), far
too slow for a preview that renders on every keystroke, so the workers persist: a small
pool, reused across renders, each rendering one override at a time.

Hard limits, enforced from outside the rendering code:

- time: the parent waits for the answer with a deadline (the wait releases the GIL, so
  the app stays responsive) and kills the worker when it passes; the next render starts
  a new worker. Start-up is not charged to the render's deadline.
- memory: set once, when the worker starts and before it reads any override. On POSIX
  an address-space limit (``RLIMIT_AS``: what the worker has mapped plus the cap); on
  Windows a Job Object with ``JOB_OBJECT_LIMIT_PROCESS_MEMORY`` (through ``ctypes``: no
  new dependency). A blow-up then ends in a ``MemoryError`` inside the worker, which is
  reported and the worker replaced. No CPU limit: a persistent worker's CPU time adds up
  over its life, so the wall-clock deadline does that job.

The request (environment, source, context) travels pickled; the context's helpers are
small picklable objects for this reason. The answer travels back as JSON, two strings:
the parent never unpickles anything the worker sends.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import json
import logging
import os
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable, Mapping
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, Protocol, cast

log = logging.getLogger(__name__)

#: How long a new worker may take to start (a cold interpreter on a slow laptop with a
#: virus scanner reading every module): not part of any render's deadline.
START_SECONDS = 60.0
#: Idle workers kept per memory cap; a render that finds none idle starts one.
MAX_IDLE_WORKERS = 2
_READY = b"ready"
#: Time for the worker to hand its answer back, beyond the render itself.
_GRACE_SECONDS = 1.0

Outcome = list[str]
#: Renders one override in the worker: ``(environment, source, context, max_chars,
#: max_seconds)`` to ``[kind, text]`` (``drafting.engine.isolation.render_outcome``).
Renderer = Callable[[Any, str, Mapping[str, Any], int, float], Outcome]


# --- Windows: a Job Object caps the worker's memory --------------------------------------
# The structures are plain ctypes, defined on every platform so the code is type-checked
# and unit-tested here with the kernel32 calls mocked; only ``_kernel32`` needs Windows.
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9
JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x0000_0100
JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION = 0x0000_0400
JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x0000_2000
#: Assumed for the interpreter itself when its commit charge cannot be read.
_BASE_COMMIT = 256 * 1024 * 1024


class JobBasicLimitInformation(ctypes.Structure):
    """``JOBOBJECT_BASIC_LIMIT_INFORMATION``."""

    _fields_ = (
        ("PerProcessUserTimeLimit", ctypes.c_int64),
        ("PerJobUserTimeLimit", ctypes.c_int64),
        ("LimitFlags", ctypes.c_uint32),
        ("MinimumWorkingSetSize", ctypes.c_size_t),
        ("MaximumWorkingSetSize", ctypes.c_size_t),
        ("ActiveProcessLimit", ctypes.c_uint32),
        ("Affinity", ctypes.c_size_t),
        ("PriorityClass", ctypes.c_uint32),
        ("SchedulingClass", ctypes.c_uint32),
    )


class IoCounters(ctypes.Structure):
    """``IO_COUNTERS``."""

    _fields_ = tuple(
        (name, ctypes.c_uint64)
        for name in (
            "ReadOperationCount",
            "WriteOperationCount",
            "OtherOperationCount",
            "ReadTransferCount",
            "WriteTransferCount",
            "OtherTransferCount",
        )
    )


class JobExtendedLimitInformation(ctypes.Structure):
    """``JOBOBJECT_EXTENDED_LIMIT_INFORMATION``."""

    _fields_ = (
        ("BasicLimitInformation", JobBasicLimitInformation),
        ("IoInfo", IoCounters),
        ("ProcessMemoryLimit", ctypes.c_size_t),
        ("JobMemoryLimit", ctypes.c_size_t),
        ("PeakProcessMemoryUsed", ctypes.c_size_t),
        ("PeakJobMemoryUsed", ctypes.c_size_t),
    )


class ProcessMemoryCounters(ctypes.Structure):
    """``PROCESS_MEMORY_COUNTERS_EX``: ``PrivateUsage`` is the commit charge the job limits."""

    _fields_ = (
        ("cb", ctypes.c_uint32),
        ("PageFaultCount", ctypes.c_uint32),
        ("PeakWorkingSetSize", ctypes.c_size_t),
        ("WorkingSetSize", ctypes.c_size_t),
        ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
        ("QuotaPagedPoolUsage", ctypes.c_size_t),
        ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
        ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
        ("PagefileUsage", ctypes.c_size_t),
        ("PeakPagefileUsage", ctypes.c_size_t),
        ("PrivateUsage", ctypes.c_size_t),
    )


class Kernel32(Protocol):
    """The kernel32 functions the job object needs (``ctypes.WinDLL`` on Windows)."""

    def CreateJobObjectW(self, attributes: object, name: object) -> int: ...  # noqa: N802
    def SetInformationJobObject(self, job: int, info_class: int, info: object, length: int) -> int: ...  # noqa: N802
    def AssignProcessToJobObject(self, job: int, process: int) -> int: ...  # noqa: N802
    def GetCurrentProcess(self) -> int: ...  # noqa: N802
    def K32GetProcessMemoryInfo(self, process: int, counters: object, size: int) -> int: ...  # noqa: N802
    def CloseHandle(self, handle: int) -> int: ...  # noqa: N802
    def GetLastError(self) -> int: ...  # noqa: N802


def _kernel32() -> Kernel32:
    if sys.platform == "win32":
        handle = ctypes.c_void_p
        library = ctypes.WinDLL("kernel32")
        # Handles are pointer-sized: without these, ctypes would pass 32-bit ints.
        library.CreateJobObjectW.restype = handle
        library.CreateJobObjectW.argtypes = (ctypes.c_void_p, ctypes.c_wchar_p)
        library.SetInformationJobObject.argtypes = (handle, ctypes.c_int, ctypes.c_void_p, ctypes.c_uint32)
        library.AssignProcessToJobObject.argtypes = (handle, handle)
        library.GetCurrentProcess.restype = handle
        library.K32GetProcessMemoryInfo.argtypes = (handle, ctypes.c_void_p, ctypes.c_uint32)
        library.CloseHandle.argtypes = (handle,)
        return cast(Kernel32, library)
    raise OSError("job objects exist only on Windows")


def _commit_charge(kernel32: Kernel32) -> int | None:
    counters = ProcessMemoryCounters()
    counters.cb = ctypes.sizeof(counters)
    if not kernel32.K32GetProcessMemoryInfo(kernel32.GetCurrentProcess(), ctypes.byref(counters), counters.cb):
        return None
    return int(counters.PrivateUsage)


def limit_memory_with_job(max_memory: int, kernel32: Kernel32 | None = None) -> int:
    """Put this process in a new Job Object whose per-process memory limit is what the
    process already commits plus ``max_memory``: an allocation beyond it fails, which
    Python raises as ``MemoryError``. Returns the job's handle, left open for the
    process's life (the job ends with the process). Raises ``OSError`` naming the call
    that failed."""
    kernel32 = kernel32 or _kernel32()
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        raise OSError(f"CreateJobObjectW failed (error {kernel32.GetLastError()})")
    limits = JobExtendedLimitInformation()
    limits.BasicLimitInformation.LimitFlags = (
        JOB_OBJECT_LIMIT_PROCESS_MEMORY
        | JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
        # A crash ends the worker quietly instead of opening Windows Error Reporting.
        | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION
    )
    limits.ProcessMemoryLimit = (_commit_charge(kernel32) or _BASE_COMMIT) + max_memory
    try:
        if not kernel32.SetInformationJobObject(
            job, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS, ctypes.byref(limits), ctypes.sizeof(limits)
        ):
            raise OSError(f"SetInformationJobObject failed (error {kernel32.GetLastError()})")
        if not kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()):
            raise OSError(f"AssignProcessToJobObject failed (error {kernel32.GetLastError()})")
    except OSError:
        kernel32.CloseHandle(job)
        raise
    return job


# --- POSIX: an address-space limit ---------------------------------------------------------
def mapped_bytes() -> int | None:
    """What this process has mapped (Linux), ``None`` where it cannot be read."""
    if sys.platform == "win32":
        return None
    try:
        with open("/proc/self/statm", encoding="ascii") as stream:
            pages = int(stream.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


def limit_memory_with_rlimit(max_memory: int) -> None:
    """``RLIMIT_AS`` at what this process has mapped plus ``max_memory``. Raises
    ``OSError`` where the size cannot be read (macOS has no ``/proc``; it does not
    enforce ``RLIMIT_AS`` either, so the deadline is the bound there)."""
    if sys.platform == "win32":
        raise OSError("no resource limits on Windows")
    import resource

    mapped = mapped_bytes()
    if mapped is None:
        raise OSError("the process's mapped size cannot be read")
    try:
        resource.setrlimit(resource.RLIMIT_AS, (mapped + max_memory, mapped + max_memory))
    except ValueError as error:
        raise OSError(str(error)) from None


# --- the worker process ----------------------------------------------------------------------
def limit_worker(max_memory: int) -> str:
    """Cap this (worker) process's memory; "" or why it could not be capped."""
    try:
        if sys.platform == "win32":
            limit_memory_with_job(max_memory)
        else:
            limit_memory_with_rlimit(max_memory)
    except OSError as error:
        return str(error)
    return ""


def _answer(request: bytes, render: Renderer) -> Outcome:
    try:
        environment, source, context, max_chars, max_seconds = pickle.loads(request)
        return render(environment, source, context, int(max_chars), float(max_seconds))
    except MemoryError:
        return ["memory", "it needs more memory than a clause may use"]
    except RecursionError:
        return ["limit", "it nests too deeply (a macro or expression calling itself without end)"]
    except Exception as error:  # the worker must answer, never die of an odd request
        return ["error", f"{type(error).__name__}: {error}"]


def serve(connection: Connection, max_memory: int) -> None:
    """The worker's loop: cap memory, say ready, then answer one request at a time
    until the parent closes the pipe (or dies)."""
    # Ctrl+C in a terminal reaches the whole process group: the parent decides.
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    from drafting.engine.isolation import render_outcome  # imported before the cap

    problem = limit_worker(max_memory)
    connection.send_bytes(_READY + (b":" + problem.encode("utf-8", "replace") if problem else b""))
    while True:
        try:
            request = connection.recv_bytes()
        except (EOFError, OSError):
            return
        answer = json.dumps(_answer(request, render_outcome)).encode("ascii")
        try:
            connection.send_bytes(answer)
        except (EOFError, OSError):
            return


# --- the parent's side ------------------------------------------------------------------------
class WorkerStartError(Exception):
    """The worker process could not be started."""


class Worker:
    """One spawned worker process and its pipe."""

    def __init__(self, max_memory: int, start_seconds: float = START_SECONDS) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        self.max_memory = max_memory
        self.renders = 0
        self.connection, child = context.Pipe(duplex=True)
        self.process: BaseProcess = context.Process(
            target=serve, args=(child, max_memory), name="pactwright-override-worker", daemon=True
        )
        try:
            self.process.start()
        except (OSError, RuntimeError) as error:
            self.connection.close()
            raise WorkerStartError(str(error)) from None
        finally:
            child.close()
        try:
            ready = self._receive(time.monotonic() + start_seconds)
        except EOFError:
            ready = b""  # it died while starting (e.g. the main module cannot be imported)
        if ready is None or not ready.startswith(_READY):
            self.kill()
            raise WorkerStartError("it did not start in time" if ready is None else "it did not start")
        self.uncapped = ready[len(_READY) + 1 :].decode("utf-8", "replace")
        if self.uncapped:
            log.warning("clause overrides render without a memory cap: %s", self.uncapped)

    def _receive(self, deadline: float) -> bytes | None:
        """The next message, ``None`` at the deadline; ``EOFError`` if the worker died."""
        remaining = deadline - time.monotonic()
        # poll() waits in the OS with the GIL released: the GUI's thread keeps running.
        if remaining <= 0 or not self.connection.poll(remaining):
            return None
        try:
            return self.connection.recv_bytes()
        except OSError:
            raise EOFError from None

    def render(self, request: bytes, max_seconds: float) -> Outcome | None:
        """The worker's answer, or ``None`` if the deadline passed (the worker is killed).
        ``EOFError`` if the worker died without answering."""
        try:
            self.connection.send_bytes(request)
        except OSError:
            raise EOFError from None
        answer = self._receive(time.monotonic() + max_seconds)
        if answer is None:
            self.kill()
            return None
        self.renders += 1
        outcome = json.loads(answer)
        if not (isinstance(outcome, list) and len(outcome) == 2 and all(isinstance(part, str) for part in outcome)):
            return ["error", "it could not be rendered"]
        return outcome

    def alive(self) -> bool:
        return self.process.is_alive() and not self.connection.closed

    def kill(self) -> None:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            self.process.kill()
        with contextlib.suppress(OSError, ValueError, AssertionError):
            self.process.join(5)
        with contextlib.suppress(OSError):
            self.connection.close()
        with contextlib.suppress(ValueError, AssertionError):
            self.process.close()


class WorkerPool:
    """Idle workers by memory cap; a render takes one (or starts one) and gives it back."""

    def __init__(self, max_idle: int = MAX_IDLE_WORKERS) -> None:
        self.max_idle = max_idle
        self._idle: dict[int, list[Worker]] = {}
        self._lock = threading.Lock()
        self.started = 0

    def take(self, max_memory: int) -> Worker:
        with self._lock:
            idle = self._idle.get(max_memory, [])
            while idle:
                worker = idle.pop()
                if worker.alive():
                    return worker
                worker.kill()
        worker = Worker(max_memory)  # outside the lock: starting takes a while
        with self._lock:
            self.started += 1
        return worker

    def give_back(self, worker: Worker) -> None:
        with self._lock:
            idle = self._idle.setdefault(worker.max_memory, [])
            if worker.alive() and len(idle) < self.max_idle:
                idle.append(worker)
                return
        worker.kill()

    def prestart(self, max_memory: int) -> None:
        """Have an idle worker ready, so the first render does not wait for one to start."""
        with self._lock:
            if self._idle.get(max_memory):
                return
        with contextlib.suppress(WorkerStartError):
            self.give_back(self.take(max_memory))

    def idle_pids(self) -> list[int]:
        with self._lock:
            return [worker.process.pid or 0 for workers in self._idle.values() for worker in workers]

    def shutdown(self) -> None:
        with self._lock:
            workers = [worker for idle in self._idle.values() for worker in idle]
            self._idle.clear()
        for worker in workers:
            worker.kill()


POOL = WorkerPool()
atexit.register(POOL.shutdown)


def render_in_worker(
    environment: Any, source: str, context: Mapping[str, Any], limits: tuple[int, float, int]
) -> Outcome:
    """``[kind, text]`` for one override rendered by a pooled worker under the limits
    ``(max_chars, max_seconds, max_memory)``; the same kinds and sentences as a forked
    child's (``drafting.engine.isolation``)."""
    max_chars, max_seconds, max_memory = limits
    try:
        request = pickle.dumps((environment, source, context, max_chars, max_seconds), pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError) as error:
        return ["error", f"it could not be handed to the process that checks overrides ({error})"]
    try:
        worker = POOL.take(max_memory)
    except WorkerStartError as error:
        return ["error", f"the process that checks overrides could not start ({error})"]
    try:
        # The worker's own streaming check ends a slow render at max_seconds; this
        # deadline (a grace later) catches what that check cannot see.
        outcome = worker.render(request, max_seconds + _GRACE_SECONDS)
    except (EOFError, ValueError):
        # The worker died without a complete answer: out of memory or killed.
        worker.kill()
        return ["memory", "it needs more memory or time than a clause may use"]
    if outcome is None:
        return ["limit", f"it took longer than {max_seconds:g} seconds"]
    if outcome[0] == "memory":
        # A MemoryError was caught, but the worker's heap may be fragmented: replace it.
        worker.kill()
    else:
        POOL.give_back(worker)
    return outcome
