"""Helpers for the portable build: size by component, and a zip that keeps what unpacks right.

Used by ``build.sh`` / ``build.ps1``, by the frozen smoke test and by ``benchmarks/bench_frozen.py``::

    python packaging/bundle.py sizes dist/Elamani-peli
    python packaging/bundle.py zip dist/Elamani-peli dist/Elamani-peli-0.1.0-linux-x86_64.zip
    python packaging/bundle.py name            # Elamani-peli-0.1.0-linux-x86_64

On Linux PyInstaller puts symbolic links in ``_internal/`` (25 of them, ~20 MB if copied) and
a macOS ``.app`` has them too: the zip stores them as links (``unzip``, Finder and the
extractor below restore them), and keeps the executable bit. Only the standard library is
used, so the build needs no ``zip`` program.
"""

from __future__ import annotations

import argparse
import os
import platform
import stat
import sys
import tomllib
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = "Elamani-peli"

# first path part under _internal/ (or beside the executables) → component, by prefix
COMPONENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("game data (cards, art, catalogs, guides)", ("cards", "assets", "locales", "docs", "VERSION")),
    ("pygame-ce + SDL", ("pygame", "libSDL2", "SDL2")),
    ("Pillow", ("PIL", "pillow")),
    ("Babel + CLDR data", ("babel",)),
    ("fontTools (fpdf2's font subsetting)", ("fontTools",)),
    ("pydantic", ("pydantic",)),
    ("read-aloud and screen-reader bridge (prismatoid, accesskit)", ("prism", "accesskit", "_cffi_backend")),
    ("PyYAML", ("yaml", "_yaml")),
    ("package metadata", ("elamani_peli-",)),
    (
        "Python runtime + system libraries",
        (
            "libpython",
            "python3",
            "base_library.zip",
            "lib",
            "ucrt",
            "api-ms",
            "vcruntime",
            "msvcp",
            "_",
            "select",
            "unicodedata",
            "pyexpat",
        ),
    ),
)
EXECUTABLES = "executables (each carries the compressed Python code)"


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf8"))["project"]["version"]


def platform_tag() -> str:
    """``linux-x86_64``, ``windows-x86_64``, ``macos-arm64`` …"""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def zip_name() -> str:
    return f"{APP}-{version()}-{platform_tag()}"


def component_of(relative: Path) -> str:
    parts = relative.parts
    if len(parts) == 1 and parts[0] != "_internal":
        return "game data (cards, art, catalogs, guides)" if parts[0].endswith(".txt") else EXECUTABLES
    inner = parts[1] if parts[0] == "_internal" and len(parts) > 1 else parts[-1]
    if parts[0].endswith(".app"):  # macOS: Contents/{MacOS,Frameworks,Resources}/…
        inner = parts[3] if len(parts) > 3 else parts[-1]
        if parts[2:3] == ("MacOS",):
            return EXECUTABLES
    for name, prefixes in COMPONENTS:
        if inner.startswith(prefixes):
            return name
    return "other"


def component_sizes(folder: Path) -> dict[str, int]:
    """Bytes by component; a symbolic link counts as the link, not as what it points to."""
    sizes: dict[str, int] = defaultdict(int)
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        sizes[component_of(path.relative_to(folder))] += path.stat().st_size
    return dict(sorted(sizes.items(), key=lambda item: -item[1]))


def unsorted_entries(folder: Path, limit: int = 5) -> list[tuple[str, int]]:
    """The largest top entries counted as "other", so a budget failure says what grew."""
    sizes: dict[str, int] = defaultdict(int)
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if path.is_symlink() or not path.is_file() or component_of(relative) != "other":
            continue
        inside = relative.parts[0] == "_internal" and len(relative.parts) > 1
        entry = relative.parts[1] if inside else relative.parts[0]
        sizes[entry] += path.stat().st_size
    return sorted(sizes.items(), key=lambda item: -item[1])[:limit]


def size_report(folder: Path) -> str:
    sizes = component_sizes(folder)
    width = max(len(name) for name in sizes)
    lines = [f"Unpacked size of {folder.name}/, by component:"]
    for name, size in sizes.items():
        lines.append(f"  {name:<{width}}  {size / 1e6:6.1f} MB")
        if name == "other":
            for entry, part in unsorted_entries(folder):
                lines.append(f"    {entry:<{width - 2}}  {part / 1e6:6.1f} MB")
    lines.append(f"  {'total':<{width}}  {sum(sizes.values()) / 1e6:6.1f} MB")
    return "\n".join(lines)


def unpacked_size(folder: Path) -> int:
    return sum(component_sizes(folder).values())


def zip_folder(folder: Path, target: Path) -> Path:
    """``target`` holding ``folder/`` itself (one top folder when unpacked), links kept as links."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(folder.rglob("*")):
            name = path.relative_to(folder.parent).as_posix()
            if path.is_symlink():
                info = zipfile.ZipInfo(name)
                info.create_system = 3  # Unix, so that external_attr is read as a mode
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(info, os.readlink(path))
            elif path.is_dir():
                archive.write(path, name + "/")
            else:
                archive.write(path, name)
    return target


def unzip(source: Path, destination: Path) -> Path:
    """Unpack as ``unzip`` would: executable bits and symbolic links restored."""
    with zipfile.ZipFile(source) as archive:
        for info in archive.infolist():
            mode = info.external_attr >> 16
            target = destination / info.filename
            if stat.S_ISLNK(mode):
                target.parent.mkdir(parents=True, exist_ok=True)
                target.symlink_to(archive.read(info).decode("utf8"))
                continue
            archive.extract(info, destination)
            if mode and not info.is_dir():
                target.chmod(stat.S_IMODE(mode))
    return destination


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("name", help="the zip's name without .zip")
    commands.add_parser("version", help="the version in pyproject.toml")
    sizes = commands.add_parser("sizes", help="unpacked size by component")
    sizes.add_argument("folder", type=Path)
    sizes.add_argument("--budget-mb", type=float, help="exit 1 when the folder is larger")
    pack = commands.add_parser("zip", help="zip a folder, keeping links and modes")
    pack.add_argument("folder", type=Path)
    pack.add_argument("target", type=Path)
    args = parser.parse_args()
    if args.command == "name":
        print(zip_name())
    elif args.command == "version":
        print(version())
    elif args.command == "sizes":
        print(size_report(args.folder))
        total = unpacked_size(args.folder) / 1e6
        if args.budget_mb is not None and total > args.budget_mb:
            print(f"over the size budget: {total:.1f} MB > {args.budget_mb:.0f} MB", file=sys.stderr)
            return 1
    else:
        print(zip_folder(args.folder, args.target))
    return 0


if __name__ == "__main__":
    sys.exit(main())
