"""Building the portable app once per test session and running what it holds, for the tests and
the benchmark: where the executables are on each system, and a clean environment to run them
in (nothing of this repository or its Python on the path)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle  # noqa: E402  (packaging/bundle.py: zip name, sizes, zip and unzip)

sys.path.pop(0)


def build(dist: Path, work: Path | None = None) -> Path:
    """Run the build script exactly as a person would; returns the zip it made."""
    env = {**os.environ, "PYTHON": sys.executable, "DIST": str(dist)}
    if work is not None:
        env["WORK"] = str(work)
    if sys.platform == "win32":
        command = ["powershell", "-ExecutionPolicy", "Bypass", "-File", str(ROOT / "packaging" / "build.ps1")]
    else:
        command = ["bash", str(ROOT / "packaging" / "build.sh")]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    print(result.stdout)
    return dist / f"{bundle.zip_name()}.zip"


def program_folder(unpacked: Path) -> Path:
    """The folder a person sees after unpacking (``Elamani-peli/`` or ``Elamani-peli.app``)."""
    return unpacked / ("Elamani-peli.app" if sys.platform == "darwin" else "Elamani-peli")


def executable(unpacked: Path, name: str) -> Path:
    """``Elamani-peli`` (the game) or ``elamani-peli-cli`` (the commands) inside the unpacked zip."""
    folder = program_folder(unpacked)
    if sys.platform == "darwin":
        folder = folder / "Contents" / "MacOS"
    return folder / (name + ".exe" if sys.platform == "win32" else name)


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a machine without this project: no venv, no PYTHONPATH, headless SDL."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "ELAMANI_PELI", "PYTEST", "CONDA"))
    }
    env["PATH"] = os.pathsep.join(
        part
        for part in env.get("PATH", "").split(os.pathsep)
        if part and Path(sys.executable).parent != Path(part)
    )
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    env.update(extra)
    return env
