"""No user-facing string literal in the UI layer bypasses gettext.

Why: a string drawn without ``_()`` never reaches the catalogs, so a Finnish player sees
English and no test of the catalogs notices. The check walks the syntax tree of every
module under ``elamani_peli/ui/`` and ``elamani_peli/export/`` (saved summaries, printable
cards) and flags every string constant that reads as words —
text with a space in it anywhere, or a single word handed straight to something that draws
text (a capitalised widget label, ``draw_fitted``, ``render``, a scene's ``title()``) — unless it is

- the argument of ``_``/``gettext``/``ngettext``/``pgettext``,
- a docstring, or a message for the log, an exception, ``warnings`` or a type annotation,
- on the short allow-list below (names and symbols that are the same in every language).

Identifiers (``"new-game"``, ``"primary"``, ``"icons/me.svg"``) are not words and pass.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import elamani_peli

PACKAGE = Path(elamani_peli.__file__).parent
CHECKED = (PACKAGE / "ui", PACKAGE / "export")
"""The screen, and the files a player gets (saved summaries, printable cards)."""

GETTEXT_NAMES = frozenset({"_", "gettext", "ngettext", "pgettext", "npgettext", "N_"})
NOT_FOR_PLAYERS = frozenset(
    {
        "debug",
        "info",
        "warning",
        "error",
        "exception",
        "critical",
        "log",
        "warn",
        "Formatter",
        "TypeVar",
        "cast",
        "getenv",
    }
)
"""Calls whose string arguments are for developers (log lines) or for Python itself."""

ALLOWED = frozenset(
    {
        "Elämäni peli",  # the game's name: the same in every language
        "FI",
        "EN",
    }
)
"""Literals that may be shown as they are. Keep this list short: a word belongs in the catalog."""

TEXT_CALLS = frozenset(
    {
        "Button",
        "Toggle",
        "ToggleGroup",
        "TextInput",
        "Block",
        "CardFace",
        "draw_fitted",
        "fit",
        "layout_at",
        "render",
        "set_caption",
    }
)
"""Callables that put their string arguments on screen: even one word there needs ``_()``."""

_WORD = re.compile(r"[^\W\d_]{2,}")


def _reads_as_words(text: str) -> bool:
    return text not in ALLOWED and bool(_WORD.search(text)) and any(ch.isspace() for ch in text.strip())


def _shown_as_is(node: ast.Constant, parents: dict[ast.AST, ast.AST]) -> bool:
    """A single word given directly to a text-drawing call, or returned by ``title()``."""
    if node.value in ALLOWED or not _WORD.search(node.value) or not node.value[:1].isupper():
        return False  # lowercase single words there are ids, styles and alignments
    parent = parents.get(node)
    if isinstance(parent, ast.keyword):
        parent = parents.get(parent)
    if isinstance(parent, ast.Call) and node is not parent.func:
        return _call_name(parent) in TEXT_CALLS
    if isinstance(parent, ast.Return):
        function = parents.get(parent)
        return isinstance(function, ast.FunctionDef) and function.name == "title"
    return False


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _excused(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """True if the constant is translated, documentation, or not for players at all."""
    child, parent = node, parents.get(node)
    while parent is not None:
        if isinstance(parent, ast.Expr) and isinstance(child, ast.Constant):
            return True  # a docstring or a bare string statement
        if isinstance(parent, ast.Call) and child is not parent.func:
            name = _call_name(parent)
            if name in GETTEXT_NAMES or name in NOT_FOR_PLAYERS:
                return True
            if name.endswith(("Error", "Exception", "Warning")):
                return True
        if isinstance(parent, ast.Raise | ast.Assert):
            return True
        if isinstance(parent, ast.arg | ast.AnnAssign) and child is getattr(parent, "annotation", None):
            return True
        if isinstance(parent, ast.FunctionDef) and child in parent.decorator_list:
            return True
        if isinstance(parent, ast.stmt):
            return False
        child, parent = parent, parents.get(parent)
    return False


def untranslated_literals(source: str, filename: str = "<string>") -> list[tuple[int, str]]:
    """(line, text) of every user-facing literal in ``source`` that skips gettext."""
    tree = ast.parse(source, filename)
    parents = _parents(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            user_facing = _reads_as_words(node.value) or _shown_as_is(node, parents)
            if user_facing and not _excused(node, parents):
                found.append((node.lineno, node.col_offset, node.value))
    return [(line, text) for line, _, text in sorted(found)]


def test_the_checker_catches_a_label_that_skips_gettext():
    source = '''
def build(self):
    """A docstring With Words."""
    _ = self.app._
    log.warning("Could not load %s", path)
    self.form.add(Button("quit", _("Quit"), self.quit, icon="door", style="primary"))
    self.form.add(Button("back", "Back to title", self.back))
    self.form.add(Button("ok", label="OK", on_activate=self.close))
    surface.blit(font.render(f"{name} wins the round", True, colour), (0, 0))
    session.apply(getattr(actions, "Pause")())
    return ngettext("{n} card", "{n} cards", n).format(n=n)

def title(self):
    return "Settings"
'''
    found = untranslated_literals(source)
    assert [text for _, text in found] == ["Back to title", "OK", " wins the round", "Settings"]


def test_no_user_facing_literal_in_the_ui_bypasses_gettext():
    problems = []
    for path in sorted(path for folder in CHECKED for path in folder.rglob("*.py")):
        for line, text in untranslated_literals(path.read_text(encoding="utf-8"), str(path)):
            problems.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {text!r}")
    assert not problems, (
        "These strings reach the screen without _() / ngettext(); wrap them (and re-extract, "
        "see docs/translating.md) or, for a name or symbol, add them to ALLOWED:\n" + "\n".join(problems)
    )
