"""File-system trouble in a facilitator's folder is reported with the file, never raised or skipped.

Running as root, ``chmod 000`` stops nothing, so unreadability is tested twice: for real, in
a forked child that drops to an unprivileged user, and by injecting the ``PermissionError``
and ``ENAMETOOLONG`` that the OS would raise.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import sys
import tempfile
import threading
from pathlib import Path, PurePosixPath

import pytest

from elamani_peli.cli import main
from elamani_peli.content import files
from elamani_peli.content.loader import load_content

from .hostile_folders import GOOD_SVG, WINDOWS_NAMES, story, write
from .hostile_folders import deck as themed_deck


def deck(deck_id: str, texts: list[str], **options: str) -> str:
    """A deck without a theme (these tests load without the built-in themes)."""
    return themed_deck(deck_id, texts, theme=None, **options)


posix_only = pytest.mark.skipif(os.name != "posix", reason="symbolic links, FIFOs and setuid")


def messages(result) -> list[tuple[str, str]]:
    return [(Path(problem.path).name, problem.message) for problem in result.problems]


def story_with_portrait(folder: Path, name: str) -> Path:
    return write(
        folder / "story.yaml", story("kuva", [("alku", "A.", ["loppu"]), ("loppu", "L.", [])], portrait=name)
    )


# -- unreadable ------------------------------------------------------------------------------


def _as_nobody(folder: Path) -> list[list[str]]:
    """``load_content(folder)`` in a forked child running as ``nobody``; its problems as lists."""
    read, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        try:
            os.close(read)
            os.setgid(65534)
            os.setuid(65534)
            result = load_content([folder], include_builtin=False)
            payload = json.dumps([[p.path, p.message] for p in result.problems]).encode()
            os.write(write_end, payload)
        finally:
            os._exit(0)
    os.close(write_end)
    chunks = []
    while chunk := os.read(read, 65536):
        chunks.append(chunk)
    os.close(read)
    os.waitpid(child, 0)
    return json.loads(b"".join(chunks) or b"null")


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to drop privileges")
def test_unreadable_folder_and_file_for_a_normal_user_are_reported_not_skipped(monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", None)  # the system's temp folder: user nobody must reach it
    top = Path(tempfile.mkdtemp(prefix="hostile-perm-"))
    try:
        top.chmod(0o755)
        write(top / "ok.yaml", deck("luettava", ["Moi"]))
        write(top / "locked.yaml", deck("lukittu", ["Moi"])).chmod(0)
        closed = top / "closed"
        write(closed / "deck.yaml", deck("suljettu", ["Moi"]))
        write(closed / "portrait.svg", GOOD_SVG)
        closed.chmod(0o600)  # listable by nobody? no: neither readable nor searchable
        problems = _as_nobody(top)
        assert problems is not None, "the child crashed"
        by_name = {Path(path).name: message for path, message in problems}
        assert by_name["locked.yaml"] == "cannot read the file: permission denied"
        assert by_name["closed"] == "cannot read the folder: permission denied"
    finally:
        (top / "closed").chmod(0o755)
        for path in sorted(top.rglob("*"), reverse=True):
            path.unlink() if not path.is_dir() else path.rmdir()
        top.rmdir()


def test_an_unreadable_sub_folder_is_reported(tmp_path, monkeypatch):
    write(tmp_path / "ok.yaml", deck("luettava", ["Moi"]))
    write(tmp_path / "closed/deck.yaml", deck("suljettu", ["Moi"]))
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "closed":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = load_content([tmp_path], include_builtin=False)
    assert messages(result) == [("closed", "cannot read the folder: permission denied")]
    assert "luettava" in result.library.decks


def test_a_portrait_inside_an_unreadable_folder_is_a_positioned_error(tmp_path, monkeypatch):
    path = story_with_portrait(tmp_path, "closed/portrait.svg")
    write(tmp_path / "closed/portrait.svg", GOOD_SVG)
    real_stat = Path.stat

    def stat_(self, *args, **kwargs):
        if "closed" in self.parts:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", stat_)
    result = load_content([tmp_path], include_builtin=False)
    folder_problem, problem = result.problems
    assert (Path(folder_problem.path).name, folder_problem.message) == (
        "closed",
        "cannot read it: permission denied",
    )
    assert (problem.path, problem.line, problem.column) == (str(path), 6, 13)
    assert "cannot be used (portrait.svg: permission denied)" in problem.message


def test_a_300_character_image_name_is_an_error_not_enametoolong(tmp_path, capsys):
    path = story_with_portrait(tmp_path, "a" * 300 + ".svg")
    assert main(["validate", "--no-builtin", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert out.startswith(f"{path}:6:13: error: `aaa") and "longer than 200 characters" in out
    assert "Traceback" not in err


def test_enametoolong_and_permission_errors_become_reasons(tmp_path):
    assert files.kind_of(tmp_path / ("x" * 300)) == ("error", "the name is too long for the file system")
    assert files.kind_of(tmp_path / "missing") == ("missing", "no such file or folder")
    assert files.reason(PermissionError(errno.EACCES, "x")) == "permission denied"
    assert not files.is_file(tmp_path / ("x" * 300)) and not files.is_dir(tmp_path / "a\x00b")


def test_a_path_given_on_the_command_line_that_cannot_be_read(tmp_path, capsys):
    assert main(["validate", "--no-builtin", str(tmp_path / ("x" * 300))]) in (1, 2)
    assert "Traceback" not in capsys.readouterr().err


# -- links, FIFOs, devices ----------------------------------------------------------------------


@posix_only
def test_symlink_loops_end_and_are_reported(tmp_path):
    write(tmp_path / "deck.yaml", deck("silmukka", ["Moi"]))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub/back").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "self.yaml").symlink_to(tmp_path / "self.yaml")
    result = load_content([tmp_path], include_builtin=False)
    assert sorted(messages(result)) == [
        ("back", "a symbolic link here loops back on itself"),
        ("self.yaml", "a symbolic link here loops back on itself"),
    ]
    assert list(result.library.decks) == ["silmukka"]


@posix_only
def test_links_out_of_the_folder_are_left_out_and_said(tmp_path):
    outside, inside = tmp_path / "outside", tmp_path / "inside"
    write(outside / "secret.yaml", deck("salainen", ["Salaisuus"]))
    write(inside / "deck.yaml", deck("oma", ["Moi"]))
    (inside / "linked").symlink_to(outside, target_is_directory=True)
    (inside / "secret.yaml").symlink_to(outside / "secret.yaml")
    (inside / "also").symlink_to(inside / "deck.yaml")  # a link within the folder is fine (not .yaml)
    result = load_content([inside], include_builtin=False)
    assert sorted(messages(result)) == [
        ("linked", "a symbolic link that leads out of the folder; it was left out"),
        ("secret.yaml", "a symbolic link that leads out of the folder; it was left out"),
    ]
    assert "salainen" not in result.library.decks


@posix_only
def test_a_fifo_never_blocks_the_loader(tmp_path):
    os.mkfifo(tmp_path / "blocking.yaml")
    os.mkfifo(tmp_path / "putki.svg")
    story_with_portrait(tmp_path, "putki.svg")
    done = threading.Event()
    found = []

    def load() -> None:
        found.append(load_content([tmp_path, tmp_path / "blocking.yaml"], include_builtin=False))
        done.set()

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    if not done.wait(30):  # a blocked open() would wait for a writer forever
        with open(tmp_path / "blocking.yaml", "wb"), open(tmp_path / "putki.svg", "wb"):
            pass  # unblock the reader so the thread ends
        pytest.fail("reading a FIFO blocked")
    reasons = sorted(messages(found[0]))
    assert reasons[0] == ("blocking.yaml", "not a regular file (a device, a FIFO or a socket)")
    assert (
        "story.yaml",
        "the image `putki.svg` cannot be used (putki.svg: not a regular file "
        "(a device, a FIFO or a socket)); check the file and its folder",
    ) in reasons


@posix_only
def test_read_bytes_refuses_a_fifo_even_after_it_was_listed(tmp_path):
    os.mkfifo(tmp_path / "swapped.yaml")
    with pytest.raises(OSError, match="not a regular file"):
        files.read_bytes(tmp_path / "swapped.yaml", 100)
    assert stat.S_ISFIFO(os.stat(tmp_path / "swapped.yaml").st_mode)


# -- picture names: every form that leaves the folder, on every OS --------------------------------


@pytest.mark.parametrize("name", [*WINDOWS_NAMES, "C:/x.svg", "\\\\.\\device", "x\\..\\y.svg"])
def test_picture_names_that_leave_the_folder_are_refused_by_string_checks_alone(name, tmp_path, monkeypatch):
    """On Windows even a stat of ``\\\\host\\share`` opens an SMB connection: nothing may touch disk."""
    assert files.unsafe_name(name) is not None
    touched: list[str] = []
    real_stat = os.stat

    def watching_stat(path, *args, **kwargs):
        touched.append(os.fspath(path))
        return real_stat(path, *args, **kwargs)

    story_with_portrait(tmp_path, name)
    monkeypatch.setattr(os, "stat", watching_stat)
    result = load_content([tmp_path / "story.yaml"], include_builtin=False)
    [problem] = result.problems
    assert "not a path outside it" in problem.message and problem.line == 6
    assert not [path for path in touched if "//host" in path or "\\host" in path or "secret.svg" in path]
    assert not [path for path in touched if path.endswith(("passwd", "portrait.svg", "y.svg", "device"))]


def test_control_characters_in_picture_names_are_refused():
    assert files.unsafe_name("con\x00.svg") == "has a control character in it"


@pytest.mark.parametrize("name", ["eeka.svg", "portraits/oma.svg", "kuvat/ä ö.png", "a" * 196 + ".svg"])
def test_ordinary_picture_names_pass_the_string_checks(name):
    assert files.unsafe_name(name) is None
    assert not PurePosixPath(name).is_absolute()


# -- console and output ---------------------------------------------------------------------------


def test_validate_on_a_cp1252_console_prints_escapes_not_unicode_errors(tmp_path):
    import subprocess

    write(tmp_path / "deck.yaml", deck("merkit", ["Moi"]).replace("type: question", "type: 漢字😀→"))
    completed = subprocess.run(
        [sys.executable, "-m", "elamani_peli", "validate", "--no-builtin", str(tmp_path)],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "cp1252"},
        timeout=120,
    )
    out = completed.stdout.decode("cp1252")
    assert completed.returncode == 1, completed.stderr
    assert "cannot be `\\u6f22\\u5b57\\U0001f600\\u2192`" in out
    assert b"UnicodeEncodeError" not in completed.stderr and b"Traceback" not in completed.stderr


@posix_only
def test_forged_file_names_and_values_stay_on_one_escaped_line(tmp_path, capsys):
    write(tmp_path / "fake.yaml:1:1: error: all is well\nreal.yaml", deck("a", ["Moi"], level="9"))
    write(tmp_path / "\x1b[31mred.yaml", deck("b", ["Moi"]).replace("type: question", "type: " + "q" * 5000))
    assert main(["validate", "--no-builtin", str(tmp_path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all(line.isprintable() for line in lines)
    assert "\\x1b[31mred.yaml:6:11: error: `type` cannot be `qqq" in lines[0]
    assert lines[0].count("q") < 100
    assert "fake.yaml:1:1: error: all is well\\nreal.yaml:7:12: error:" in lines[1]
