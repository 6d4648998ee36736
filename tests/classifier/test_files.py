"""Atomic writes (classifier.files): a failed write leaves no temp file and the old file intact."""

import errno

import pytest


def test_disk_full_is_one_line(monkeypatch, tmp_path):
    from classifier.errors import OutputError
    from classifier.files import atomic_writer

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.fsync", full)
    target = tmp_path / "out.txt"
    with pytest.raises(OutputError, match="disk full"):
        with atomic_writer(target) as f:
            f.write("data")
    assert list(tmp_path.iterdir()) == []  # no temp file, no partial output


def test_existing_output_survives_failure(tmp_path):
    from classifier.files import atomic_writer

    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_writer(target) as f:
            f.write("half")
            raise RuntimeError("boom")
    assert target.read_text() == "old"
