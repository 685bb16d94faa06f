"""The screen-reader bridge end to end on Linux: the game in a real X window (Xvfb) on a
private D-Bus session with the AT-SPI bus, read back with pyatspi — the library Orca uses.

Skipped where those pieces are not installed (.ci/run installs them on Debian)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")
NEEDED = ("dbus-run-session", "Xvfb", "dbus-send")

# Waits for the window as long as a slow, busy machine may need (CI once took more than the
# 12 s this used to allow), and stops early if the game itself has gone.
READ_TREE = """
import os, pyatspi, sys, time
game = int(sys.argv[1])
deadline = time.monotonic() + 90
frames = []
while time.monotonic() < deadline:
    try:
        desktop = pyatspi.Registry.getDesktop(0)
        apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
        frames = [app.getChildAtIndex(j) for app in apps if app for j in range(app.childCount)]
        frames = [f for f in frames if f and f.name.startswith("Elämäni peli")]
    except Exception:  # the bus is still starting
        frames = []
    if frames and frames[0].childCount > 3:
        break
    try:
        os.kill(game, 0)
    except OSError:
        sys.exit("the game exited before its window reached the AT-SPI bus")
    time.sleep(0.25)
else:
    sys.exit("no Elämäni peli window on the AT-SPI bus")
frame = frames[0]
for i in range(frame.childCount):
    child = frame.getChildAtIndex(i)
    focused = pyatspi.STATE_FOCUSED in child.getState().getStates()
    print(child.getRoleName(), child.name.replace(chr(10), " / "), "focused" if focused else "", sep="|")
"""

SCRIPT = """
set -u
export DISPLAY=:{display}
Xvfb :{display} -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & XV=$!
for _ in $(seq 300); do [ -S /tmp/.X11-unix/X{display} ] && break; sleep 0.1; done
{launcher} --launch-immediately >/dev/null 2>&1 & AB=$!
sleep 1
for property in IsEnabled ScreenReaderEnabled; do
  dbus-send --session --dest=org.a11y.Bus /org/a11y/bus org.freedesktop.DBus.Properties.Set \\
    string:org.a11y.Status string:$property variant:boolean:true
done
SDL_AUDIODRIVER=dummy SDL_FRAMEBUFFER_ACCELERATION=0 {python} -m elamani_peli --lang fi >game.log 2>&1 & G=$!
{system_python} {reader} $G; STATUS=$?
[ $STATUS = 0 ] || cat game.log
kill $G $AB $XV 2>/dev/null
exit $STATUS
"""


def _missing() -> str | None:
    for command in NEEDED:
        if shutil.which(command) is None:
            return command
    if not BUS_LAUNCHER.exists() or not SYSTEM_PYTHON.exists():
        return "at-spi2-core"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return "python3-pyatspi"
    try:
        import accesskit  # noqa: F401
    except ImportError:
        return "accesskit"
    return None


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux" or _missing() is not None, reason=f"needs {_missing()}")
def test_orca_would_see_the_title_buttons_by_name_and_the_focus(tmp_path):
    reader = tmp_path / "read_tree.py"
    reader.write_text(READ_TREE, encoding="utf-8")
    script = tmp_path / "run.sh"
    script.write_text(
        SCRIPT.format(
            display=90 + os.getpid() % 9,
            launcher=BUS_LAUNCHER,
            python=sys.executable,
            system_python=SYSTEM_PYTHON,
            reader=reader,
        ),
        encoding="utf-8",
    )
    env = {**os.environ, "ELAMANI_PELI_HOME": str(tmp_path / "home")}
    env.pop("SDL_VIDEODRIVER", None)  # a real (virtual) X window, not the dummy driver
    result = subprocess.run(
        ["dbus-run-session", "--", "bash", str(script)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    rows = [line.split("|") for line in result.stdout.splitlines() if "|" in line]
    buttons = {name for role, name, _ in rows if role == "push button"}
    assert {"Uusi peli", "Tarinat", "Asetukset", "Apua"} <= buttons
    assert [name for _, name, focus in rows if focus == "focused"] == ["Uusi peli"]
    assert any(role == "label" and "Elämäni peli" in name for role, name, _ in rows)  # the live text
