"""Every Finnish text of the built-in content passes the Voikko spell-checker.

Why: a Finnish-speaking reader judges the game by its language, and a typo on a card
read aloud breaks the moment. Voikko knows Finnish morphology (case endings, compounds),
so it catches what a word list cannot. Names and deliberate everyday words that Voikko
does not know live in ``finnish_whitelist.txt``, each with a comment saying why; the
whitelist is kept honest too: an entry must be a word Voikko rejects and that the
content really uses.

Voikko is reached through the ``voikkospell`` command (Debian ``libvoikko-dev``) or,
where only the library is installed (``libvoikko1`` + ``voikko-fi``, as in CI), through
``libvoikko.so.1`` directly; without either the tests skip and say why.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest
import yaml

from elamani_peli.content.models import EASY_FINNISH
from elamani_peli.paths import cards_dir

WHITELIST_FILE = Path(__file__).with_name("finnish_whitelist.txt")

TEXT_KEYS = frozenset({"title", "name", "description", "text", "follow_up", "intro", "discuss", "ending"})
"""Keys whose value is a player-visible text (a language mapping or a plain string)."""

SERVICE_KEYS = ("name", "hours", "description", "contact")
"""Fields of a help service; under ``resources.fi`` they are Finnish plain strings."""

_NOT_WORDS = re.compile(
    r"""
    https?://\S+                                  # URLs
    | \b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b            # e-mail addresses
    | \b(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?   # domain names: sekasin.fi, mieli.fi/apua
    | \+?\d(?:[\d\s()/–-]*\d)?(?:[:-][^\W\d_]+)?  # numbers: 09 2525 0111, 112:een, 16–29-vuotiaille
    """,
    re.VERBOSE,
)
_WORD = re.compile(r"[^\W\d_](?:[\w'’:-]*[^\W_])?-?", re.UNICODE)
"""A word starts with a letter; it may hold hyphens (vapaa-aika, Hilja-Ilona), an apostrophe
(vaa'an) and a colon before a case ending (MIELI:n). A trailing hyphen is kept for
"koulu- ja työasiat", which Voikko understands. Numbers with their endings are removed
before this, as a spell-checker has nothing to say about them."""


def words(text: str) -> list[str]:
    """Split a Finnish text into the words Voikko should see."""
    return _WORD.findall(_NOT_WORDS.sub(" ", text))


def finnish_texts(data: object, language: str) -> Iterator[tuple[str, str]]:
    """Yield (where, Finnish text) for every player-visible Finnish text in one file.

    ``where`` names the nearest ids (card, scene, theme …) and the key, so a failure
    points a writer to the exact text.
    """
    if isinstance(data, dict) and data.get("kind") == "resources":
        # Help services are plain strings grouped by language: only the `fi` list is Finnish.
        services = (data.get("resources") or {}).get("fi") or []
        for index, service in enumerate(services):
            for key in SERVICE_KEYS:
                value = service.get(key) if isinstance(service, dict) else None
                if isinstance(value, str):
                    yield f"resources.fi[{index}].{key}", value
        return
    yield from _walk(data, language, ())


def _walk(node: object, language: str, trail: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, language, (*trail, f"[{index}]"))
        return
    if not isinstance(node, dict):
        return
    if isinstance(node.get("id"), str):
        trail = (node["id"],)
    for key, value in node.items():
        if key in TEXT_KEYS and isinstance(value, str) and language == "fi":
            yield " ".join((*trail, key)), value
        elif key in TEXT_KEYS and isinstance(value, dict):
            # Easy Finnish (selkokieli) is Finnish too, and is spell-checked like `fi`.
            for code in ("fi", EASY_FINNISH):
                if isinstance(value.get(code), str):
                    yield " ".join((*trail, key) + (() if code == "fi" else (code,))), value[code]
        else:
            yield from _walk(value, language, (*trail, str(key)))


def content_files() -> list[Path]:
    return sorted(cards_dir().rglob("*.yaml"))


def load(path: Path) -> object:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def file_language(data: object) -> str:
    languages = data.get("languages") if isinstance(data, dict) else None
    return languages[0] if isinstance(languages, list) and languages else "fi"


# --- Voikko ------------------------------------------------------------------


@cache
def speller() -> Callable[[list[str]], set[str]] | None:
    """A function that returns the words Voikko rejects, or None if Voikko is missing."""
    if shutil.which("voikkospell"):
        return _voikkospell
    library = ctypes.util.find_library("voikko") or "libvoikko.so.1"
    try:
        voikko = ctypes.CDLL(library)
    except OSError:
        return None
    voikko.voikkoInit.restype = ctypes.c_void_p
    voikko.voikkoInit.argtypes = [ctypes.POINTER(ctypes.c_char_p), ctypes.c_char_p, ctypes.c_char_p]
    voikko.voikkoSpellCstr.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    voikko.voikkoSpellCstr.restype = ctypes.c_int
    error = ctypes.c_char_p()
    handle = voikko.voikkoInit(ctypes.byref(error), b"fi", None)
    if not handle:
        return None  # the library is there but the Finnish dictionary (voikko-fi) is not

    def spell(batch: list[str]) -> set[str]:
        return {word for word in batch if voikko.voikkoSpellCstr(handle, word.encode()) != 1}

    return spell


def _voikkospell(batch: list[str]) -> set[str]:
    result = subprocess.run(
        ["voikkospell"], input="\n".join(batch) + "\n", capture_output=True, text=True, check=True
    )
    return {line[3:] for line in result.stdout.splitlines() if line.startswith("W: ")}


def voikko() -> Callable[[list[str]], set[str]]:
    spell = speller()
    if spell is None:
        pytest.skip("Voikko is not installed: apt-get install voikko-fi libvoikko1 (or libvoikko-dev)")
    return spell


def whitelist_entries() -> list[tuple[str, str]]:
    """(word, reason) for every entry of the whitelist, in file order."""
    entries = []
    for line in WHITELIST_FILE.read_text(encoding="utf-8").splitlines():
        word, _, reason = line.partition("#")
        if word.strip():
            entries.append((word.strip(), reason.strip()))
    return entries


def whitelist() -> set[str]:
    """The whitelisted words, case-folded (a name may open or close a sentence)."""
    return {word.casefold() for word, _ in whitelist_entries()}


def all_words() -> list[tuple[str, str, str]]:
    """(file, where, word) for every word of every Finnish text under cards/."""
    found = []
    for path in content_files():
        data = load(path)
        relative = path.relative_to(cards_dir().parent)
        for where, text in finnish_texts(data, file_language(data)):
            found.extend((str(relative), where, word) for word in words(text))
    return found


# --- tests -------------------------------------------------------------------


def test_every_finnish_word_passes_voikko() -> None:
    spell = voikko()
    occurrences = all_words()
    assert occurrences, f"no Finnish text found under {cards_dir()}"
    allowed = whitelist()
    wrong = spell(sorted({word for _, _, word in occurrences}))
    problems = "\n  ".join(
        f"{file}: {where}: {word}"
        for file, where, word in occurrences
        if word in wrong and word.casefold() not in allowed
    )
    assert not problems, (
        "Voikko does not know these Finnish words. Fix the spelling, or, for a name or a "
        f"deliberate everyday word, add it with a reason to {WHITELIST_FILE.name}:\n  {problems}"
    )


def test_whitelist_is_short_reviewed_and_used() -> None:
    spell = voikko()
    entries = whitelist_entries()
    allowed = whitelist()
    unexplained = [word for word, reason in entries if not reason]
    assert not unexplained, f"every whitelist entry needs a '# reason': {unexplained}"
    assert len(entries) == len(allowed), "duplicate whitelist entries"
    used = {word.casefold() for _, _, word in all_words()}
    unused = sorted(set(allowed) - used)
    assert not unused, f"whitelisted but no longer in the content, remove: {unused}"
    known = sorted(word for word in allowed if not spell([word]) and not spell([word.capitalize()]))
    assert not known, f"Voikko already accepts these, remove them from the whitelist: {known}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mikä on vapaa-aikasi paras hetki?", ["Mikä", "on", "vapaa-aikasi", "paras", "hetki"]),
        ("Soita 112 tai katso sekasin.fi/chat.", ["Soita", "tai", "katso"]),
        ("Apua saa numerosta 09 2525 0111 ja 16–29-vuotiaille.", ["Apua", "saa", "numerosta", "ja"]),
        (
            "Koulu- ja työasiat, Hilja-Ilonan ”vaa'an” MIELI:n",
            ["Koulu-", "ja", "työasiat", "Hilja-Ilonan", "vaa'an", "MIELI:n"],
        ),
        ("https://mieli.fi/tukea-ja-apua – info@example.org", []),
    ],
)
def test_words_skip_numbers_addresses_and_punctuation(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_finnish_texts_finds_plain_and_mapped_texts_with_their_ids() -> None:
    data = {
        "kind": "deck",
        "id": "d",
        "title": "Pakka",
        "cards": [{"id": "d-01", "type": "question", "text": {"fi": "Kissa?", "en": "Cat?"}, "tags": ["ei"]}],
    }
    assert list(finnish_texts(data, "fi")) == [("d title", "Pakka"), ("d-01 text", "Kissa?")]
    assert list(finnish_texts(data, "en")) == [("d-01 text", "Kissa?")]


def test_finnish_texts_include_easy_finnish() -> None:
    title = {"fi": "Even tarina", "en": "Eve's story", EASY_FINNISH: "Eve"}
    data = {"kind": "story", "id": "s", "title": title}
    assert list(finnish_texts(data, "fi")) == [("s title", "Even tarina"), (f"s title {EASY_FINNISH}", "Eve")]


def test_finnish_texts_reads_only_the_finnish_help_services() -> None:
    data = {
        "kind": "resources",
        "checked": "2026-11-29",
        "resources": {
            "fi": [{"name": "Kriisipuhelin", "contact": "09 2525 0111", "hours": "aina auki"}],
            "en": [{"name": "Crisis line", "contact": "09 2525 0111", "hours": "always open"}],
        },
    }
    assert list(finnish_texts(data, "fi")) == [
        ("resources.fi[0].name", "Kriisipuhelin"),
        ("resources.fi[0].hours", "aina auki"),
        ("resources.fi[0].contact", "09 2525 0111"),
    ]


def test_misspelling_is_caught() -> None:
    spell = voikko()
    assert spell(["Kissa", "kisssa", "ystävyys", "ystävyyss"]) == {"kisssa", "ystävyyss"}
