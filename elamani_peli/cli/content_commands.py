"""``validate``, ``lint`` and ``schema``: the facilitator's checks of content files."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    """Placeholder until the content layer lands; replaced by the real commands."""
