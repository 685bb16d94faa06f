"""About 60 hostile and broken facilitator folders, generated (huge ones are never committed).

Each :class:`Folder` writes one facilitator folder and says what ``validate`` must find
there: nothing (``clean``), or message fragments that must each appear on some output line.
:func:`check_validate` runs the real ``validate`` command on a folder; :func:`walk_game` opens
it in the real game, headless — the title with the problems notice (first and last page),
every board, every card (as the card scene), every story (its start, its endings and the
story graph) and the deck browser — and fails on any exception.

The test (``test_hostile_folders.py``) runs every folder at a small ``scale``; run this file
to generate the folders at full size (100,000 cards, 100,000 errors, 50,000-scene stories)
and walk them::

    python tests/content/hostile_folders.py /tmp/hostile-folders --full [--only NAME]
"""

from __future__ import annotations

import argparse
import io
import os
import re
import struct
import sys
import time
import zlib
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from elamani_peli.content.library import LoadResult
    from elamani_peli.ui.app import App

GOOD_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
    '<circle cx="50" cy="50" r="45" fill="#c2185b"/></svg>\n'
)


@dataclass(frozen=True)
class Folder:
    name: str
    build: Callable[[Path, int], None]
    """``build(folder, scale)``: ``scale`` is 1 for the full-size set, smaller in the test."""
    errors: tuple[str, ...] = ()
    """Fragments that must each appear on an ``error:`` line; empty and ``clean``: no errors at all."""
    warnings: tuple[str, ...] = ()
    clean: bool = False
    unix_only: bool = False
    """Needs symbolic links or FIFOs."""
    expect_exit: tuple[int, ...] = (0, 1)


FOLDERS: list[Folder] = []


def folder(
    name: str, **options: object
) -> Callable[[Callable[[Path, int], None]], Callable[[Path, int], None]]:
    def add(build: Callable[[Path, int], None]) -> Callable[[Path, int], None]:
        FOLDERS.append(Folder(name, build, **options))  # type: ignore[arg-type]
        return build

    return add


# -- writing helpers -----------------------------------------------------------------------------


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def quoted(text: str) -> str:
    """A YAML double-quoted scalar holding ``text`` exactly (escapes for everything odd)."""
    out = []
    for character in text:
        code = ord(character)
        if character in '"\\':
            out.append("\\" + character)
        elif code < 32 or code == 127 or 0xD800 <= code <= 0xDFFF or 0x80 <= code < 0xA0:
            out.append(f"\\u{code:04x}")
        else:
            out.append(character)
    return '"' + "".join(out) + '"'


def deck(
    deck_id: str,
    texts: list[str],
    *,
    theme: str | None = "friends",
    level: str = "1",
    title: str = "Oma pakka",
) -> str:
    cards = "".join(
        f"  - id: {deck_id}-{index + 1:06d}\n    type: question\n"
        f"    level: {level}\n    text: {quoted(text)}\n"
        for index, text in enumerate(texts)
    )
    theme_line = f"theme: {theme}\n" if theme is not None else ""
    return f"kind: deck\nid: {deck_id}\ntitle: {quoted(title)}\n{theme_line}cards:\n{cards}"


def story(
    story_id: str,
    scenes: list[tuple[str, str, list[str]]],
    *,
    portrait: str | None = None,
    once: bool = False,
) -> str:
    """``scenes``: (id, text, next ids); a scene without next ids is an ending."""
    lines = [
        "kind: story",
        f"id: {story_id}",
        "title: {fi: Oma tarina, en: Own story}",
        "character:",
        "  name: Oma",
        *([f"  portrait: {quoted(portrait)}"] if portrait is not None else []),
        f"start: {scenes[0][0]}",
        "scenes:",
    ]
    for scene_id, text, following in scenes:
        lines.append(f"  - id: {scene_id}\n    text: {quoted(text)}" + ("\n    once: true" if once else ""))
        if following:
            lines.append("    choices:")
            lines += [f"      - {{text: {{fi: Eteenpäin}}, next: {target}}}" for target in following]
        else:
            lines.append("    ending: {fi: Loppu.}")
    return "\n".join(lines) + "\n"


def themes(entries: list[tuple[str, str | None]]) -> str:
    body = "".join(
        f'  - id: {theme_id}\n    name: {{fi: Oma {index}}}\n    colour: "#4c9f70"\n'
        + (f"    icon: {quoted(icon)}\n" if icon is not None else "")
        for index, (theme_id, icon) in enumerate(entries)
    )
    return f"kind: themes\nthemes:\n{body}"


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares ``width``×``height`` (its pixel data is a few bytes: a "bomb")."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    chunk = struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    data = zlib.compress(b"\x00" * 1024)
    idat = struct.pack(">I", len(data)) + b"IDAT" + data + struct.pack(">I", zlib.crc32(b"IDAT" + data))
    end = struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND"))
    return b"\x89PNG\r\n\x1a\n" + chunk + idat + end


def sized(full: int, scale: int) -> int:
    return max(3, full // scale)


# -- YAML and structure --------------------------------------------------------------------------


@folder("merge-keys", errors=("aliases (*base) are not supported",))
def _merge_keys(root: Path, scale: int) -> None:
    write(
        root / "deck.yaml",
        "kind: deck\nid: yhdistetty\ntitle: Yhdistetty\ntheme: friends\n"
        "base: &base {type: question, level: 1}\n"
        "cards:\n  - <<: *base\n    id: yhdistetty-1\n    text: Moi\n",
    )


@folder("merge-key-without-alias", errors=("unknown key `<<`",))
def _merge_key_inline(root: Path, scale: int) -> None:
    write(
        root / "deck.yaml",
        "kind: deck\nid: yhdistetty-b\ntitle: Yhdistetty\ntheme: friends\ncards:\n"
        "  - {<<: {type: question, level: 1}, id: yhdistetty-b-1, text: Moi, '<<': x}\n",
    )


@folder("billion-laughs", errors=("aliases",))
def _laughs(root: Path, scale: int) -> None:
    lines = ["kind: deck", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    write(root / "laughs.yaml", "\n".join(lines) + "\n")


@folder("deep-nesting", errors=("nested more than 64 levels",))
def _deep(root: Path, scale: int) -> None:
    write(root / "deep.yaml", "kind: deck\ncards: " + "[" * 100_000 + "]" * 100_000 + "\n")


@folder("python-tags", errors=("is not allowed in content files",))
def _tags(root: Path, scale: int) -> None:
    write(
        root / "evil.yaml", "kind: deck\nid: !!python/object/apply:os.system ['touch /tmp/pwned-hostile']\n"
    )


@folder("duplicate-keys", errors=("appears twice",))
def _duplicate_keys(root: Path, scale: int) -> None:
    write(
        root / "deck.yaml",
        deck("tuplat", ["Yksi"]).replace("theme: friends\n", "theme: friends\ntheme: home\n"),
    )


@folder("two-documents", errors=("holds one document",))
def _two_documents(root: Path, scale: int) -> None:
    write(root / "deck.yaml", deck("kaksi", ["Yksi"]) + "---\n" + deck("kaksi-b", ["Kaksi"]))


@folder("latin-1", errors=("not UTF-8",))
def _latin1(root: Path, scale: int) -> None:
    write(root / "deck.yaml", deck("latin", ["Työ ja äly"]).encode("latin-1"))


@folder("utf-16", errors=("not UTF-8",))
def _utf16(root: Path, scale: int) -> None:
    write(root / "deck.yaml", deck("utf", ["Moi"]).encode("utf-16"))


@folder("bom-and-crlf", clean=True)
def _bom(root: Path, scale: int) -> None:
    write(
        root / "deck.yaml",
        b"\xef\xbb\xbf" + deck("windows", ["Miltä tuntuu?"]).replace("\n", "\r\n").encode(),
    )


@folder("empty-and-comments", errors=("the file is empty", "only comments"))
def _empty(root: Path, scale: int) -> None:
    write(root / "empty.yaml", "")
    write(root / "comments.yaml", "# nothing here\n")


@folder("tabs", errors=("indent with spaces",))
def _tabs(root: Path, scale: int) -> None:
    write(root / "deck.yaml", "kind: deck\nid: tab\ncards:\n\t- id: tab-1\n")


@folder("yes-no-and-numbers", errors=("`level` should be a whole number", "this key is not a name"))
def _yes_no(root: Path, scale: int) -> None:
    write(root / "deck.yaml", deck("kylla", ["Moi"], level='"2"'))
    write(root / "keys.yaml", "kind: deck\nid: avain\ntitle: A\ncards:\n  - {yes: 1, 3: x}\n")


@folder("unknown-kind", errors=("unknown kind",))
def _unknown_kind(root: Path, scale: int) -> None:
    write(root / "x.yaml", "kind: dek\nid: x\n")


@folder("huge-numbers", errors=("looks like a number",))
def _numbers(root: Path, scale: int) -> None:
    write(root / "deck.yaml", deck("numerot", ["Moi"], level="9" * 5000))


@folder("one-giant-line", errors=("this text has",))
def _giant_line(root: Path, scale: int) -> None:
    write(root / "deck.yaml", deck("rivi", ["sana " * (2_000_000 // scale)]))


@folder("huge-file", errors=("larger than 16 MiB",))
def _huge_file(root: Path, scale: int) -> None:
    write(root / "huge.yaml", b"kind: deck\n" + b"# " + b"x" * (17 * 1024 * 1024) + b"\n")


# -- many things ---------------------------------------------------------------------------------


@folder("100000-cards", clean=True)
def _many_cards(root: Path, scale: int) -> None:
    write(root / "deck.yaml", deck("iso", [f"Kysymys numero {n}?" for n in range(sized(100_000, scale))]))


@folder("100000-errors", errors=("`level` cannot be 7",))
def _many_errors(root: Path, scale: int) -> None:
    write(
        root / "deck.yaml",
        deck("virheet", [f"Kysymys {n}?" for n in range(sized(100_000, scale))], level="7"),
    )


@folder("2000-files", clean=True)
def _many_files(root: Path, scale: int) -> None:
    for n in range(sized(2000, scale)):
        write(root / f"pakat/pakka-{n:05d}.yaml", deck(f"pakka-{n:05d}", [f"Kortti {n}"]))


@folder("deep-folders", clean=True)
def _deep_folders(root: Path, scale: int) -> None:
    write(root.joinpath(*["k"] * 100) / "deck.yaml", deck("syva", ["Syvällä"]))


@folder("50000-scene-chain", clean=True)
def _chain(root: Path, scale: int) -> None:
    count = sized(50_000, scale)
    scenes = [(f"s{n}", f"Kohtaus {n}.", [f"s{n + 1}"]) for n in range(count - 1)] + [
        (f"s{count - 1}", "Loppu.", [])
    ]
    write(root / "story.yaml", story("ketju", scenes))


@folder("50000-scenes-back-to-start", clean=True)
def _star(root: Path, scale: int) -> None:
    count = sized(50_000, scale)
    scenes = [("s0", "Alku.", [f"s{n}" for n in (1, 2)])]
    scenes += [(f"s{n}", f"Kohtaus {n}.", [f"s{n + 1}", "s0"]) for n in range(1, count - 1)]
    scenes.append((f"s{count - 1}", "Loppu.", []))
    write(root / "story.yaml", story("tahti", scenes))


@folder("50000-once-scenes-in-a-loop", errors=("is marked `once: true`, but the story can come back to it",))
def _once_loop(root: Path, scale: int) -> None:
    count = sized(50_000, scale)
    scenes = [(f"s{n}", f"Kohtaus {n}.", [f"s{n + 1}"]) for n in range(count - 1)]
    scenes.append((f"s{count - 1}", "Ympäri.", ["s0", "loppu"]))
    scenes.append(("loppu", "Loppu.", []))
    write(root / "story.yaml", story("kerran", scenes, once=True))


@folder("50000-unreachable-scenes", errors=("cannot be reached from `start`",))
def _unreachable(root: Path, scale: int) -> None:
    count = sized(50_000, scale)
    scenes = [("alku", "Alku.", ["loppu"]), ("loppu", "Loppu.", [])]
    scenes += [(f"irti-{n}", "Irti.", ["loppu"]) for n in range(count)]
    write(root / "story.yaml", story("irti", scenes))


@folder("too-many-choices", errors=("may have at most 6 item(s)",))
def _choices(root: Path, scale: int) -> None:
    write(
        root / "story.yaml",
        story("valinnat", [("alku", "Valitse.", ["loppu"] * 200), ("loppu", "Loppu.", [])]),
    )


@folder("5000-space-board", clean=True)
def _long_board(root: Path, scale: int) -> None:
    spaces = "".join("  - {type: theme, theme: friends}\n" for _ in range(sized(5000, scale)))
    write(
        root / "board.yaml",
        f"kind: board\nid: pitka\ntitle: Pitkä\nspaces:\n  - {{type: start}}\n{spaces}  - {{type: goal}}\n",
    )


@folder("unknown-theme-board", errors=("unknown theme `ystavat`",))
def _board_theme(root: Path, scale: int) -> None:
    write(
        root / "board.yaml",
        "kind: board\nid: lauta\ntitle: L\nspaces:\n"
        "  - {type: start}\n  - {type: theme, theme: ystavat}\n  - {type: goal}\n",
    )


# -- texts ---------------------------------------------------------------------------------------


@folder("huge-text", errors=("more than the 3,000 a text may have",))
def _huge_text(root: Path, scale: int) -> None:
    write(root / "deck.yaml", deck("pitka", ["a" * 100_000]))


@folder("long-words", clean=True)
def _long_words(root: Path, scale: int) -> None:
    write(
        root / "deck.yaml",
        deck(
            "sanat",
            [
                "x" * 2999,
                "Lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilas " * 40,
                "/".join(["polku"] * 400),
            ],
        ),
    )


@folder("nul-in-text", errors=("U+0000 (NUL)",))
def _nul(root: Path, scale: int) -> None:
    write(root / "deck.yaml", deck("nul", ["A\x00B"]))


@folder("terminal-escapes-in-text", errors=("U+001B (ESC)",))
def _ansi_text(root: Path, scale: int) -> None:
    write(root / "deck.yaml", deck("ansi", ["\x1b[2J\x1b[31mpunainen"]))


@folder("control-characters", errors=("U+0007", "U+0085", "a carriage return"))
def _controls(root: Path, scale: int) -> None:
    write(root / "a.yaml", deck("kello", ["soi\x07"]))
    write(root / "b.yaml", deck("nel", ["rivi\x85rivi"]))
    write(root / "c.yaml", deck("cr", ["rivi\rrivi"]))


@folder("lone-surrogate", errors=("invalid Unicode character escape code",))
def _surrogate(root: Path, scale: int) -> None:
    write(root / "deck.yaml", deck("puolikas", ["puoli\ud800"]))


@folder("zero-width-only", errors=("only invisible characters",))
def _zero_width(root: Path, scale: int) -> None:
    write(root / "deck.yaml", deck("nakymaton", ["\u200b\u200c\u200d\u2060\ufeff", "\u3164", "\u0301\u0301"]))


@folder("zero-width-lines", clean=True)
def _zero_width_lines(root: Path, scale: int) -> None:
    write(
        root / "deck.yaml",
        deck("rivit", ["Ensimmäinen rivi\n\u200b\u200b\nkolmas rivi", "\u200bAlku\u200d", "a\u0301\u0301"]),
    )


@folder("scripts-the-font-lacks", clean=True)
def _scripts(root: Path, scale: int) -> None:
    write(
        root / "deck.yaml",
        deck(
            "kirjoitus",
            [
                "你好，你今天感觉怎么样？",
                "आज आप कैसा महसूस कर रहे हैं?",
                "كيف تشعر اليوم؟",
                "Ystävät ja 友達 ja दोस्त",
            ],
        ),
    )


@folder("emoji", clean=True)
def _emoji(root: Path, scale: int) -> None:
    write(root / "deck.yaml", deck("emoji", ["Miltä tuntuu? 😀👍🏽👨‍👩‍👧‍👦🏳️‍🌈", "🙂" * 500]))


@folder("bidi-text", clean=True)
def _bidi_text(root: Path, scale: int) -> None:
    write(root / "deck.yaml", deck("bidi", ["\u202eesrever\u202c normal \u2067isolate\u2069"]))


@folder("bidi-and-zero-width-ids", errors=("is not a valid id",))
def _bidi_ids(root: Path, scale: int) -> None:
    write(root / "a.yaml", deck("pakka\u202e10-", ["Moi"]))
    write(root / "b.yaml", deck("pak\u200bka", ["Moi"]))


@folder("non-cp1252-values", errors=("cannot be `漢字😀→`",))
def _cp1252(root: Path, scale: int) -> None:
    write(root / "deck.yaml", deck("merkit", ["Moi"]).replace("type: question", "type: 漢字😀→"))


@folder("long-values-in-messages", errors=("…`",))
def _long_values(root: Path, scale: int) -> None:
    write(root / "deck.yaml", deck("arvo", ["Moi"]).replace("type: question", "type: " + "q" * 5000))


# -- file names ----------------------------------------------------------------------------------


@folder("forged-file-names", errors=("\\x1b[31m", "\\n"), unix_only=True)
def _forged(root: Path, scale: int) -> None:
    write(root / "fake.yaml:1:1: error: all is well\nreal.yaml", deck("vaarennos", ["Moi"], level="9"))
    write(root / "\x1b[31mred.yaml", deck("punainen", ["Moi"], level="9"))


@folder("long-file-name", errors=("`level` cannot be 9",))
def _long_name(root: Path, scale: int) -> None:
    write(root / ("p" * 240 + ".yaml"), deck("pitkanimi", ["Moi"], level="9"))


@folder("image-name-300-characters", errors=("is longer than 200 characters",))
def _long_image_name(root: Path, scale: int) -> None:
    write(
        root / "story.yaml",
        story(
            "pitkakuva", [("alku", "Alku.", ["loppu"]), ("loppu", "Loppu.", [])], portrait="a" * 300 + ".svg"
        ),
    )
    write(root / "themes.yaml", themes([("oma-teema", "b" * 300 + ".svg")]))


@folder("image-name-250-characters", errors=("no image",))
def _long_image_name_b(root: Path, scale: int) -> None:
    write(
        root / "story.yaml",
        story("kuva", [("alku", "Alku.", ["loppu"]), ("loppu", "Loppu.", [])], portrait="a" * 195 + ".svg"),
    )


WINDOWS_NAMES = [
    "..\\..\\secret.svg",
    "C:\\Users\\x\\portrait.svg",
    "C:portrait.svg",
    "\\\\host\\share\\portrait.svg",
    "//host/share/portrait.svg",
    "\\\\?\\C:\\portrait.svg",
    "/etc/passwd",
    "../../secret.svg",
    "portraits/../../x.svg",
]


@folder("windows-and-escaping-paths", errors=("not a path outside it",))
def _windows(root: Path, scale: int) -> None:
    for index, name in enumerate(WINDOWS_NAMES):
        write(
            root / f"story-{index}.yaml",
            story(f"polku-{index}", [("alku", "Alku.", ["loppu"]), ("loppu", "Loppu.", [])], portrait=name),
        )
    write(
        root / "themes.yaml", themes([(f"polku-{index}", name) for index, name in enumerate(WINDOWS_NAMES)])
    )


# -- pictures ------------------------------------------------------------------------------------


def _story_with(root: Path, story_id: str, picture: str) -> None:
    write(
        root / f"{story_id}.yaml",
        story(story_id, [("alku", "Alku.", ["loppu"]), ("loppu", "Loppu.", [])], portrait=picture),
    )


@folder("own-portrait-and-icon", clean=True)
def _own_pictures(root: Path, scale: int) -> None:
    write(root / "assets/portraits/oma.svg", GOOD_SVG)
    write(root / "assets/icons/oma.svg", GOOD_SVG.replace("c2185b", "1565c0"))
    _story_with(root, "oma-kuva", "oma.svg")
    write(root / "themes.yaml", themes([("oma-ikoni", "oma.svg")]))
    write(root / "deck.yaml", deck("oma-ikoni-pakka", ["Oma ikoni?"], theme="oma-ikoni"))


@folder("png-bomb", warnings=("megapixels",))
def _png_bomb(root: Path, scale: int) -> None:
    write(root / "assets/portraits/pommi.png", png_header(100_000, 100_000))
    _story_with(root, "pommi", "pommi.png")


@folder("svg-entities", warnings=("<!DOCTYPE",))
def _svg_entities(root: Path, scale: int) -> None:
    laughs = "".join(f'<!ENTITY l{n} "{("&l" + str(n - 1) + ";") * 9}">' for n in range(1, 10))
    svg = '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY l0 "lol">' + laughs + "]>"
    svg += '<svg xmlns="http://www.w3.org/2000/svg"><text>&l9;</text></svg>'
    write(root / "assets/portraits/naurut.svg", svg)
    _story_with(root, "naurut", "naurut.svg")


@folder("svg-external-references", warnings=("may only refer to parts of itself",))
def _svg_external(root: Path, scale: int) -> None:
    write(
        root / "assets/portraits/ulos.svg",
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        '<use xlink:href="file:///etc/passwd#x"/><rect style="fill: url(http://example.com/x)"/></svg>',
    )
    write(
        root / "assets/portraits/verkko.svg",
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="\\\\host\\share\\x.png"/></svg>',
    )
    _story_with(root, "ulos", "ulos.svg")
    _story_with(root, "verkko", "verkko.svg")


@folder("svg-many-shapes", warnings=("1,000 shapes",))
def _svg_shapes(root: Path, scale: int) -> None:
    circle = '<circle cx="50" cy="50" r="50" fill="red"/>'
    write(
        root / "assets/portraits/muodot.svg",
        '<svg xmlns="http://www.w3.org/2000/svg">' + circle * 999 + "</svg>",
    )
    _story_with(root, "muodot", "muodot.svg")


@folder("svg-huge", warnings=("larger than 2 MiB",))
def _svg_huge(root: Path, scale: int) -> None:
    write(
        root / "assets/portraits/iso.svg",
        '<svg xmlns="http://www.w3.org/2000/svg">' + "<circle r='1'/>" * 200_000 + "</svg>",
    )
    _story_with(root, "iso", "iso.svg")


@folder(
    "not-really-pictures",
    warnings=("not a readable PNG", "must be an SVG, PNG or JPEG", "not an SVG picture"),
)
def _fake_pictures(root: Path, scale: int) -> None:
    write(root / "assets/portraits/roska.png", b"not a png at all")
    write(root / "assets/portraits/kuva.gif", b"GIF89a")
    write(root / "assets/portraits/teksti.svg", "just text")
    for name in ("roska.png", "kuva.gif", "teksti.svg"):
        _story_with(root, name.split(".")[0], name)


# -- the file system -----------------------------------------------------------------------------


@folder("symlink-loop", errors=("loops back on itself",), unix_only=True)
def _loop(root: Path, scale: int) -> None:
    write(root / "deck.yaml", deck("silmukka", ["Moi"]))
    (root / "sub").mkdir()
    (root / "sub/back").symlink_to(root, target_is_directory=True)
    (root / "self.yaml").symlink_to(root / "self.yaml")


@folder("symlinks-out-of-the-folder", errors=("leads out of the folder",), unix_only=True)
def _links_out(root: Path, scale: int) -> None:
    outside = root.parent / f"{root.name}-outside"
    write(outside / "secret.yaml", deck("salainen", ["Salaisuus"]))
    (root / "linked").symlink_to(outside, target_is_directory=True)
    (root / "secret.yaml").symlink_to(outside / "secret.yaml")


@folder("device-and-dangling-links", errors=("not a regular file", "no such file or folder"), unix_only=True)
def _devices(root: Path, scale: int) -> None:
    (root / "zero.yaml").symlink_to("/dev/zero")
    (root / "gone.yaml").symlink_to(root / "missing.yaml")


@folder("fifos", errors=("not a regular file",), warnings=(), unix_only=True)
def _fifos(root: Path, scale: int) -> None:
    os.mkfifo(root / "blocking.yaml")
    (root / "assets/portraits").mkdir(parents=True)
    os.mkfifo(root / "assets/portraits/putki.svg")
    _story_with(root, "putki", "putki.svg")


@folder("unreadable-file-and-folder", unix_only=True)
def _unreadable(root: Path, scale: int) -> None:
    """chmod 000: refused for normal users (the test also runs it as one); root reads anyway."""
    write(root / "locked.yaml", deck("lukittu", ["Moi"])).chmod(0)
    secret = root / "closed"
    write(secret / "deck.yaml", deck("suljettu", ["Moi"]))
    write(secret / "portrait.svg", GOOD_SVG)
    _story_with(root, "suljettu-kuva", "closed/portrait.svg")
    secret.chmod(0)


@folder("folder-named-like-a-file", clean=True)
def _dir_yaml(root: Path, scale: int) -> None:
    (root / "deck.yaml").mkdir()
    write(root / "deck.yaml/real.yaml", deck("kansio", ["Moi"]))


@folder("builtin-id-clash", errors=("is already used in",))
def _clash(root: Path, scale: int) -> None:
    write(root / "themes.yaml", themes([("friends", None)]))


# -- running the checks --------------------------------------------------------------------------


LINE = re.compile(r"^.+:\d+:\d+: (error|warning): .+$")


@dataclass
class Validated:
    status: int
    lines: list[str] = field(default_factory=list)
    summary: str = ""

    def with_severity(self, severity: str) -> list[str]:
        return [line for line in self.lines if f": {severity}: " in line]


def check_validate(path: Path, *, lint: bool = False) -> Validated:
    """Run ``validate`` (or ``lint``) on ``path`` with the built-in content, in this process."""
    from elamani_peli.cli import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = main(["lint" if lint else "validate", str(path)])
    lines = out.getvalue().splitlines()
    return Validated(status, lines, err.getvalue().strip())


def problems_in_output(result: Validated) -> list[str]:
    """Output lines that break the one-problem-one-line contract."""
    return [
        line
        for line in result.lines
        if not LINE.match(line) or not line.isprintable() or len(line) > 1500 or "\x1b" in line
    ]


@dataclass
class Walked:
    boards: int = 0
    cards: int = 0
    stories: int = 0
    problem_pages: int = 0
    seconds: float = 0.0


def walk_game(
    path: Path,
    prefs_folder: Path,
    *,
    max_cards: int | None = None,
    size: tuple[int, int] = (960, 600),
    content: LoadResult | None = None,
) -> Walked:
    """Open the folder in the headless game and show everything in it; raises on any error.

    ``content``: the folder already loaded with the built-in content (else it is loaded here).
    """
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    from elamani_peli.content.loader import load_content
    from elamani_peli.content.models import Deck
    from elamani_peli.ui import samples
    from elamani_peli.ui.app import App
    from elamani_peli.ui.prefs import Preferences
    from elamani_peli.ui.scenes.browser_views import StoryGraphScene

    started = time.perf_counter()
    if content is None:
        content = load_content([path])
    app = App(
        content,
        prefs=Preferences(language="fi", text_scale=2.0),
        prefs_path=prefs_folder / "settings.json",
        language="fi",
        window_size=size,
        seed=1,
    )
    app.reraise_errors = True
    walked = Walked()
    own = [loaded for loaded in content.loaded if _inside(loaded.path, path)]

    def show(build: Callable[[App, int], None]) -> None:
        show_sample(app, build)

    try:
        app.start_with(app._push_first_scenes)
        app.draw()
        top = app.scenes.top
        if top is not None and top.name == "problems":
            walked.problem_pages = top.pages  # type: ignore[attr-defined]
            top.turn_page(top.pages)  # type: ignore[attr-defined]
            app.draw()
        boards = [loaded.model.id for loaded in own if loaded.kind == "board"] or [
            next(iter(app.library.boards))
        ]  # type: ignore[attr-defined]
        for board_id in boards:
            show(samples.sample_board_of(board_id))
            walked.boards += 1
        cards = [card.id for loaded in own if isinstance(loaded.model, Deck) for card in loaded.model.cards]
        if max_cards is not None and len(cards) > max_cards:
            step = len(cards) / max_cards
            cards = [cards[int(index * step)] for index in range(max_cards)] + [cards[-1]]
        for card_id in cards:
            show(samples.sample_card_of(card_id))
            walked.cards += 1
        for loaded in own:
            if loaded.kind != "story":
                continue
            model = loaded.model
            endings = [scene.id for scene in model.scenes if scene.is_ending][:3]  # type: ignore[attr-defined]
            for scene_id in [None, *endings]:
                show(samples.sample_story_of(model.id, scene_id))  # type: ignore[attr-defined]
            show(lambda app, seed, story=model: app.scenes.push(StoryGraphScene(app, story)))  # type: ignore[misc]
            walked.stories += 1
        show(app.registry.get("deck-browser").sample)  # type: ignore[union-attr]
    finally:
        app.close()
    walked.seconds = time.perf_counter() - started
    return walked


def show_sample(app: App, build: Callable[[App, int], None]) -> None:
    """Put a sample on a clean stack, let its entry animation settle (at most a second), draw it."""
    app.scenes.clear()
    build(app, 1)
    for _ in range(30):
        app.step(idle_wait=False, dt=1 / 30)
        if not app.animating:
            break
    app.draw()


def _inside(file: Path, folder: Path) -> bool:
    try:
        file.relative_to(folder)
    except ValueError:
        return False
    return True


def generate(root: Path, scale: int, only: str | None = None) -> list[tuple[Folder, Path]]:
    made = []
    for spec in FOLDERS:
        if only is not None and spec.name != only:
            continue
        if spec.unix_only and os.name != "posix":
            continue
        target = root / spec.name
        target.mkdir(parents=True, exist_ok=True)
        spec.build(target, scale)
        made.append((spec, target))
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--full", action="store_true", help="full size (100,000 cards …); else 1/50")
    parser.add_argument("--only", metavar="NAME")
    parser.add_argument("--max-cards", type=int, default=300, help="cards shown per folder (spread evenly)")
    args = parser.parse_args(argv)
    failures = 0
    for spec, target in generate(args.out, 1 if args.full else 50, args.only):
        started = time.perf_counter()
        result = check_validate(target)
        validate_seconds = time.perf_counter() - started
        bad_lines = problems_in_output(result)
        walked = walk_game(target, args.out, max_cards=args.max_cards)
        print(
            f"{spec.name:34} validate {validate_seconds:6.2f} s exit {result.status} "
            f"{len(result.with_severity('error')):6} errors "
            f"{len(result.with_severity('warning')):3} warnings | game {walked.seconds:6.2f} s: "
            f"{walked.boards} boards, {walked.cards} cards, {walked.stories} stories, "
            f"{walked.problem_pages} notice pages" + (f" | {len(bad_lines)} BAD LINES" if bad_lines else "")
        )
        failures += bool(bad_lines)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
