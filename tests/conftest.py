"""Test-wide set-up: headless SDL before pygame is imported, and a private user folder."""

from __future__ import annotations

import os
import tempfile

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True)
def private_user_folder(tmp_path, monkeypatch):
    """Every test gets its own user data folder and temporary folder, never the real ones
    (logs fall back to the temporary folder, and Settings lists what is there)."""
    home = tmp_path / "user-data"
    monkeypatch.setenv("ELAMANI_PELI_HOME", str(home))
    temp = tmp_path / "temp"
    temp.mkdir(exist_ok=True)
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return home
