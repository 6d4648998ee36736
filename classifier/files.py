"""Writing files safely: atomic replacement (temp file + rename) and the usual permissions."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Iterator

from classifier.errors import OutputError


def current_umask() -> int:
    """The process umask (reading it means setting it, so it is set straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def usual_permissions(folder: Path) -> None:
    """Give a folder made by ``mkdtemp`` (0700) and its contents the modes of ordinary output."""
    mask = current_umask()
    folder.chmod(0o777 & ~mask)
    for p in folder.rglob("*"):
        p.chmod((0o777 if p.is_dir() else 0o666) & ~mask)


@contextlib.contextmanager
def atomic_replace(target: Path, mode: str = "w", usual_mode: bool = True) -> Iterator[IO]:
    """Yield a temp file beside ``target`` that replaces it only when the block succeeds.

    The data is flushed and fsynced before the rename; on any failure the temp file is
    removed and an earlier ``target`` is left untouched. OSError propagates to the caller.
    ``usual_mode`` gives the file the umask's usual mode (``mkstemp`` makes it 0600).
    """
    tmp_name = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=str(target.parent))
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": ""})) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if usual_mode:
            os.chmod(tmp_name, 0o666 & ~current_umask())
        os.replace(tmp_name, target)
        tmp_name = None
    finally:
        if tmp_name and os.path.exists(tmp_name):
            os.unlink(tmp_name)


@contextlib.contextmanager
def atomic_writer(path: str | Path | None, mode: str = "w") -> Iterator[IO]:
    """Yield a handle that lands at ``path`` only when the block succeeds (temp + rename).

    ``None`` or ``-`` means standard output. A failure leaves any earlier file untouched and
    no temp file behind; disk-full and permission errors become one clear :class:`OutputError`.
    """
    if path is None or str(path) == "-":
        yield sys.stdout if "b" not in mode else sys.stdout.buffer
        return
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target}: is a directory, expected a file path")
    try:
        with atomic_replace(target, mode) as handle:
            yield handle
    except OSError as exc:
        reason = "disk full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
        raise OutputError(f"{target}: cannot write ({reason})") from None
