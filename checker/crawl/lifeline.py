"""A crawl's processes die together. `cekresmi crawl` (the parent) starts `python -m
spiders.run` (the child), which forks analysis workers. When the child was killed alone, a
worker used to live on under init, holding the parent's pipe and the crawl lock: the parent
waited forever and every later crawl was refused.

Now each process asks the kernel to kill it when its parent dies (prctl PR_SET_PDEATHSIG on
Linux) and, everywhere, a watchdog thread checks once a second that its parent is still the
one it started under (covering the moment before prctl, and systems without it).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

__all__ = ["LOCK_FD_ENV", "PARENT_ENV", "die_with_parent", "drop_inherited"]

PARENT_ENV = "CEKRESMI_CRAWL_PARENT"    # the pid the crawl child must outlive no longer
LOCK_FD_ENV = "CEKRESMI_CRAWL_LOCK_FD"  # the crawl lock's descriptor, inherited by the child
_PR_SET_PDEATHSIG = 1


def _pdeathsig(sig: int) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int, interval: float) -> None:
    while True:
        if os.getppid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        time.sleep(interval)


def die_with_parent(parent: int | None, interval: float = 1.0) -> None:
    """Be killed (SIGKILL: the store's writes are transactions, a crawl resumes) as soon as
    `parent` is no longer this process's parent. None: nothing to watch."""
    if not parent:
        return
    _pdeathsig(signal.SIGKILL)
    if os.getppid() != parent:  # it died before prctl took effect
        os.kill(os.getpid(), signal.SIGKILL)
    threading.Thread(target=_watch, args=(parent, interval), daemon=True,
                     name="cekresmi-lifeline").start()


def drop_inherited() -> None:
    """In an analysis worker: let go of what only the crawl's own processes should hold, the
    crawl lock and the pipe the parent reads events from (stdout goes to /dev/null)."""
    fd = os.environ.get(LOCK_FD_ENV, "")
    if fd.isdigit():
        try:
            os.close(int(fd))
        except OSError:
            pass
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    except OSError:
        pass
