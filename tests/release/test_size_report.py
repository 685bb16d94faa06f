"""The build's size report: every byte is counted once, and what no component claims is named,
so a build over budget says which library grew (a full Python environment once pulled in
fpdf2's optional `cryptography`, 11 MB, and the report only said "other")."""

from __future__ import annotations

from pathlib import Path

from tests.release.frozen import bundle


def _file(path: Path, size: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\0" * size)


def test_the_report_names_the_largest_unclaimed_entries(tmp_path):
    folder = tmp_path / "Elamani-peli"
    _file(folder / "Elamani-peli", 2_000_000)
    _file(folder / "_internal" / "pygame" / "base.so", 1_000_000)
    _file(folder / "_internal" / "cryptography" / "hazmat" / "rust.so", 3_000_000)
    _file(folder / "_internal" / "mystery.so", 500_000)
    report = bundle.size_report(folder)
    lines = report.splitlines()
    other = next(i for i, line in enumerate(lines) if line.strip().startswith("other"))
    assert "3.5 MB" in lines[other]
    assert lines[other + 1].split() == ["cryptography", "3.0", "MB"]
    assert lines[other + 2].split() == ["mystery.so", "0.5", "MB"]
    assert lines[-1].split() == ["total", "6.5", "MB"]
    assert bundle.unpacked_size(folder) == 6_500_000


def test_without_unclaimed_files_there_is_no_other_line(tmp_path):
    folder = tmp_path / "Elamani-peli"
    _file(folder / "_internal" / "babel" / "global.dat", 1_000)
    assert "other" not in bundle.size_report(folder)
