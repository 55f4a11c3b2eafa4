"""A site folder that is always whole: the build writes beside it and swaps the new folder in when complete.

An interrupted build (kill -9, power loss, a full disk) leaves the previous site/ as it was; what it wrote stays in a
hidden staging folder beside it, removed by the next build once its process is gone.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import shutil
from pathlib import Path

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def staging_dir(site: Path) -> Path:
    """Where this process builds the site: a hidden folder beside it, on the same file system."""
    return site.parent / f".{site.name}.bouw-{os.getpid()}"


def _leftover(site: Path) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(site.name)}\.(?:bouw|oud)-([0-9]+)")


def clean_leftovers(site: Path) -> list[Path]:
    """Remove staging folders of builds whose process is gone (interrupted builds); return what was removed."""
    removed = []
    pattern = _leftover(site)
    try:
        entries = list(site.parent.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None or entry.is_symlink() or not entry.is_dir() or _alive(int(match[1])):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed.append(entry)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where the system cannot."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
    return result == 0


def swap_in(staging: Path, site: Path) -> None:
    """Put the complete staging folder in the place of site/ and remove the old site."""
    if not site.exists() and not site.is_symlink():
        os.rename(staging, site)
        return
    if _exchange(staging, site):
        shutil.rmtree(staging, ignore_errors=True)  # now the old site
        return
    old = site.parent / f".{site.name}.oud-{os.getpid()}"
    os.rename(site, old)  # between these two renames site/ is briefly missing, never half-written
    os.rename(staging, site)
    shutil.rmtree(old, ignore_errors=True)


def discard(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)
