"""`texts export` → edit in a spreadsheet or translation tool → `texts import` → validate.

Run on a copy of the built-in content: the files afterwards differ from the originals only
in the edited texts (a textual diff), comments, order and layout untouched."""

from __future__ import annotations

import csv
import difflib
import io
import shutil
from pathlib import Path

import pytest

from elamani_peli import paths
from elamani_peli.cli import main
from elamani_peli.content.lint import lint
from elamani_peli.content.loader import load_content

from .helpers import LINT


@pytest.fixture
def copy_of_builtin(tmp_path, monkeypatch) -> Path:
    """A copy of cards/ and assets/ as the built-in content, with the working folder above it."""
    root = tmp_path / "data"
    shutil.copytree(paths.cards_dir(), root / "cards")
    shutil.copytree(paths.assets_dir(), root / "assets")
    monkeypatch.setattr(paths, "cards_dir", lambda: root / "cards")
    monkeypatch.setattr(paths, "assets_dir", lambda: root / "assets")
    monkeypatch.chdir(root)
    return root / "cards"


def _changed_lines(before: Path, after: Path) -> list[str]:
    changed = []
    for original in sorted(before.rglob("*.yaml")):
        edited = after / original.relative_to(before)
        diff = difflib.unified_diff(
            original.read_text(encoding="utf-8").splitlines(),
            edited.read_text(encoding="utf-8").splitlines(),
            n=0,
        )
        changed += [line for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    return changed


def test_csv_round_trip_on_the_builtin_decks_changes_only_the_edited_texts(copy_of_builtin, capsys):
    out = copy_of_builtin.parent / "texts.csv"
    assert main(["texts", "export", "--lang", "en", "--out", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["id", "field", "fi", "en", "file", "line"]
    ystavat = next(row for row in rows if row[0] == "ystavat-01" and row[1] == "text")
    assert ystavat[4] == "cards/decks/ystavat.yaml" and int(ystavat[5]) > 0 and ystavat[3]
    assert len(rows) > 500 and any("ä" in row[2] for row in rows)

    edited = [row[:] for row in rows]
    for row in edited[1:]:
        if row[0] == "ystavat-01" and row[1] == "text":
            row[3] = "What, in your view, makes a good friend?"
        elif row[0] == "ystavat-02" and row[1] == "text":
            row[3] = "Edited: a second text"
        else:
            row[3] = ""  # an empty cell is left as it is
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(edited)
    out.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    pristine = copy_of_builtin.parent / "pristine"
    shutil.copytree(copy_of_builtin, pristine)

    assert main(["texts", "import", str(out)]) == 0
    changed = _changed_lines(pristine, copy_of_builtin)
    assert len(changed) == 4, changed  # two lines out, two lines in
    assert sum(line.startswith("+") for line in changed) == 2
    assert any("What, in your view, makes a good friend?  # en from fi " in line for line in changed)
    result = load_content()
    assert result.problems == []
    assert result.library.card("ystavat-01").text["en"] == "What, in your view, makes a good friend?"


def test_po_round_trip_adds_a_language_and_lint_catches_a_stale_translation(copy_of_builtin, tmp_path):
    from babel.messages.pofile import read_po, write_po

    deck = tmp_path / "mine"
    deck.mkdir()
    shutil.copy(LINT.parent / "valid" / "deck.yaml", deck / "deck.yaml")
    (deck / "deck.yaml").write_text(
        (deck / "deck.yaml").read_text(encoding="utf-8").replace("theme: test-friends", "theme: friends"),
        encoding="utf-8",
    )
    out = tmp_path / "sv.po"
    assert main(["texts", "export", str(deck), "--lang", "sv", "--format", "po", "--out", str(out)]) == 0
    with out.open("rb") as stream:
        catalog = read_po(stream)
    assert str(catalog.locale) == "sv"
    messages = {message.context: message for message in catalog if message.id}
    assert set(messages) == {
        "test-ystavat title",
        "test-ystavat-01 text",
        "test-ystavat-01 follow_up",
        "test-ystavat-02 text",
    }
    first = messages["test-ystavat-01 text"]
    assert first.id == "Millainen on hyvä ystävä?" and first.locations[0][0].endswith("deck.yaml")
    first.string = "Vad gör en bra vän, tycker du?"  # a comma: the one-line text must stay valid
    messages["test-ystavat title"].string = "Vänner"
    with out.open("wb") as stream:
        write_po(stream, catalog)

    assert main(["texts", "import", str(out)]) == 0
    result = load_content([deck])
    assert result.problems == []
    assert result.library.decks["test-ystavat"].cards[0].text["sv"] == "Vad gör en bra vän, tycker du?"
    assert lint(result, only_given=True) == []

    text = (deck / "deck.yaml").read_text(encoding="utf-8")
    (deck / "deck.yaml").write_text(
        text.replace("fi: Millainen on hyvä ystävä?", "fi: Millainen on hyvä kaveri?")
    )
    result = load_content([deck])
    stale = [p for p in lint(result, only_given=True) if "changed after" in p.message]
    assert len(stale) == 1 and "`fi` text changed after this `sv` translation" in stale[0].message
    line = (deck / "deck.yaml").read_text(encoding="utf-8").splitlines()[stale[0].line - 1]
    assert line.strip().startswith("sv: Vad gör")


def test_import_of_a_file_that_is_not_a_texts_file_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "x.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["texts", "import", str(bad)]) == 1
    assert "the first row must be: id, field" in capsys.readouterr().err
    assert main(["texts", "import", str(tmp_path / "none.po")]) == 2


def test_import_refuses_a_file_the_game_would_refuse_and_leaves_it_untouched(tmp_path):
    """Aliases (a billion-laughs file) are stopped by the game's safe reader before the
    round-trip loader sees them; the file keeps its bytes."""
    from elamani_peli.content.reading import ContentReadError
    from elamani_peli.content.writeback import Translation, write_translations

    deck = tmp_path / "aliases.yaml"
    deck.write_text(
        "kind: deck\nid: alias-deck\ntitle: &t {fi: Testi, en: Test}\ncards:\n"
        "  - {id: alias-deck-01, type: question, level: 1, text: *t}\n",
        encoding="utf-8",
    )
    before = deck.read_bytes()
    with pytest.raises(ContentReadError):
        write_translations(deck, [Translation("alias-deck-01", "text", "sv", "Test", "fi", "Testi")])
    assert deck.read_bytes() == before
