"""Limits on facilitators' pictures (portraits, theme icons), checked before anything decodes them.

A picture from a facilitator's folder is shown in the game only when it is within limits
that bound decoding in time and memory: the file is at most :data:`MAX_IMAGE_BYTES` (an SVG
:data:`MAX_SVG_BYTES` with at most :data:`MAX_SVG_ELEMENTS` shapes and :data:`MAX_SVG_NUMBERS`
coordinates, since rasterising costs per shape); a PNG
or JPEG declares at most :data:`MAX_PIXELS` pixels in its header (read here, so a
"decompression bomb" — a tiny file that unpacks to gigabytes — is refused before it is
unpacked); an SVG is UTF-8 text without a DTD or entities (the "billion laughs" of XML),
scripts, embedded or external references (every ``href``/``url()`` points inside the file,
``#name``). SVGs are rasterised at the size they are drawn, so their pixel count is the
game's own. Anything else falls back to the silhouette or the theme's icon; ``validate``
reports why, as a warning at the ``portrait:``/``icon:`` line.

Pure Python (no pygame), so ``validate`` and the game apply the same rules.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

from . import files

MAX_IMAGE_BYTES = 2 * 1024 * 1024
"""Largest picture file: a portrait SVG is a few kilobytes, a photo-like PNG a few hundred."""
MAX_PIXELS = 4096 * 4096
"""Most pixels a PNG or JPEG may declare (64 MB once decoded; a portrait needs ~1 megapixel)."""
MAX_SVG_BYTES = 256 * 1024
MAX_SVG_ELEMENTS = 200
"""Shapes in an SVG. Rasterising costs about a millisecond per full-size shape (1,000 overlapping
circles took 3–13 s at 600×800 here); the built-in portraits have about 30."""
MAX_SVG_NUMBERS = 20_000
"""Coordinates in an SVG (the built-in portraits have about 400)."""
SUFFIXES = (".svg", ".png", ".jpg", ".jpeg")

_SVG_FORBIDDEN = re.compile(r"<!DOCTYPE|<!ENTITY|<script|<foreignObject|<image\b|@import", re.IGNORECASE)
_REFERENCE = re.compile(r"""(?:href\s*=\s*["']\s*([^"']*)|url\(\s*["']?\s*([^)"']*))""", re.IGNORECASE)
_ELEMENT = re.compile(r"<[A-Za-z]")
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)")
_JPEG_SIZE_MARKERS = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def image_problem(path: Path) -> str | None:
    """Why the picture at ``path`` will not be shown (in words), or None when it is fine."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        return f"a picture must be an SVG, PNG or JPEG file, not `{suffix or path.name}`"
    try:
        data = files.read_bytes(path, MAX_IMAGE_BYTES)
    except OSError as error:
        return f"it cannot be read: {files.reason(error)}"
    if len(data) > MAX_IMAGE_BYTES:
        return f"the file is larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MiB; make it smaller"
    if suffix == ".svg":
        if len(data) > MAX_SVG_BYTES:
            return f"the SVG is larger than {MAX_SVG_BYTES // 1024} KiB; simplify it"
        return _svg_problem(data)
    size = _png_size(data) if suffix == ".png" else _jpeg_size(data)
    if size is None:
        return f"it is not a readable {suffix[1:].upper()} file"
    width, height = size
    if width * height > MAX_PIXELS:
        return (
            f"it is {width}×{height} pixels, more than the {MAX_PIXELS // 1_000_000} megapixels a picture "
            "may have; scale it down (about 1000×1000 is plenty)"
        )
    return None


def _svg_problem(data: bytes) -> str | None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return "the SVG is not UTF-8 text"
    forbidden = _SVG_FORBIDDEN.search(text)
    if forbidden:
        found = forbidden.group(0)
        return f"the SVG has `{found}`, which pictures may not have (no DTD, entities or scripts)"
    for match in _REFERENCE.finditer(text):
        target = (match.group(1) if match.group(1) is not None else match.group(2)).strip()
        if not target.startswith("#"):
            shown = target if len(target) <= 40 else target[:39] + "…"
            return f"the SVG refers to `{shown}`; a picture may only refer to parts of itself (`#name`)"
    if "<svg" not in text:
        return "it is not an SVG picture (no `<svg` element)"
    elements = len(_ELEMENT.findall(text))
    if elements > MAX_SVG_ELEMENTS:
        return f"the SVG has {elements:,} shapes, more than the {MAX_SVG_ELEMENTS} a picture may have"
    numbers = len(_NUMBER.findall(text))
    if numbers > MAX_SVG_NUMBERS:
        return f"the SVG has {numbers:,} coordinates, more than the {MAX_SVG_NUMBERS:,} a picture may have"
    return None


def _png_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 24 or data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """The frame size from the first SOF marker (walking the marker segments, never decoding)."""
    if data[:2] != b"\xff\xd8":
        return None
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # markers without a length
            position += 2
            continue
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        if marker in _JPEG_SIZE_MARKERS and position + 9 <= len(data):
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return width, height
        if length < 2:
            return None
        position += 2 + length
    return None
