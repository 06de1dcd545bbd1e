"""Run a parser in a child process under a time and memory budget.

One hostile file (a decompression bomb, a page tree that never ends) must not
hang or exhaust the whole indexing run: the work runs in a forked child with
rlimits, and every way it can end becomes an `IngestError` with a reason.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager

from .errors import IngestError, short


class ChildUnavailable(Exception):
    """The child process could not be started; the caller falls back to parsing in-process."""


_CTX = None
_START_LOCK = threading.Lock()


def _context():
    """A forkserver context: children fork from a clean single-threaded server,
    never from a process that already runs torch or FAISS threads."""
    global _CTX
    if _CTX is None:
        import multiprocessing

        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["qa.ingest", "pypdf"])
        _CTX = ctx
    return _CTX


@contextmanager
def _plain_main():
    """Start children without re-running the program's main module in them.

    multiprocessing re-imports `__main__` in every child (for `streamlit run`
    that is the UI script itself, for `python -` it is a file that does not
    exist). The child needs only qa.* functions, so it is shown a bare
    `__main__` while it is started.
    """
    import sys
    import types

    with _START_LOCK:
        real = sys.modules.get("__main__")
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            if real is not None:
                sys.modules["__main__"] = real


def _child(conn, fn, args, memory_mb: int, cpu_s: int) -> None:
    import resource

    try:
        if memory_mb:
            limit = memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 5))  # a hard stop even if the parent is gone
    except (ValueError, OSError):
        pass
    conn.send(("started", None))
    try:
        result = ("ok", fn(*args))
    except MemoryError:
        result = ("memory", None)
    except IngestError as exc:
        result = ("ingest", str(exc))
    except BaseException as exc:  # report, never hang: the parent turns it into a skip reason
        result = ("error", f"{type(exc).__name__}: {short(exc)}")
    try:
        conn.send(result)
    except MemoryError:
        conn.send(("memory", None))
    conn.close()


def run_limited(fn, *args, timeout_s: float, memory_mb: int, what: str = "parsing"):
    """fn(*args) in a child process; IngestError when it exceeds the budget or fails.

    Raises ChildUnavailable when no child process can be started (the caller
    then runs fn in-process).
    """
    import signal

    try:
        ctx = _context()
        recv, send = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_child, args=(send, fn, args, memory_mb, int(timeout_s) + 1), daemon=True)
        with _plain_main():
            proc.start()
    except Exception as exc:
        raise ChildUnavailable(str(exc)) from exc
    send.close()
    try:
        try:
            if not recv.poll(max(30.0, timeout_s)):
                raise ChildUnavailable("child process did not start")
            recv.recv()
        except (EOFError, OSError) as exc:
            raise ChildUnavailable("child process died while starting") from exc
        if not recv.poll(timeout_s):
            raise IngestError(f"{what} took longer than the {timeout_s:g} s limit per file")
        try:
            status, value = recv.recv()
        except (EOFError, OSError):
            proc.join(5)
            code = proc.exitcode
            if code == -signal.SIGXCPU:
                raise IngestError(f"{what} took longer than the {timeout_s:g} s limit per file") from None
            if code is not None and code < 0:
                raise IngestError(f"{what} crashed (signal {-code}: {signal.Signals(-code).name})") from None
            raise IngestError(f"{what} stopped unexpectedly (exit code {code})") from None
    finally:
        recv.close()
        if proc.is_alive():
            proc.kill()
        proc.join(5)
    if status == "ok":
        return value
    if status == "memory":
        raise IngestError(f"{what} needed more than the {memory_mb} MB memory limit per file")
    if status == "ingest":
        raise IngestError(value)
    raise IngestError(f"{what} failed ({value})")
