"""pydantic's validation errors in a facilitator's words, each saying how to fix it.

pydantic describes errors for programmers ("Input should be a valid dictionary"). A
facilitator needs to hear what the key is for, what it should hold, and — for typos —
which key they probably meant.
"""

from __future__ import annotations

import datetime as dt
import difflib
import types
import typing
from collections.abc import Iterable
from typing import Any

import yaml
from pydantic import BaseModel
from pydantic_core import ErrorDetails

from .locate import KEY_MARKER, Finding, Loc, node_at
from .models import EASY_FINNISH, LANGUAGE_CODE_PATTERN

ITEM_NAMES = {
    "cards": "card",
    "scenes": "scene",
    "choices": "choice",
    "spaces": "space",
    "themes": "theme",
    "strengths": "strength",
    "character": "character",
}
KIND_NAMES = {
    "deck": "deck",
    "story": "story",
    "themes": "themes file",
    "board": "board",
    "strengths": "strengths file",
    "resources": "resources file",
}
_TEXT_HINT = "a text: a plain string, or one per language such as `{fi: Ystävät, en: Friends}`"
_EXPECTED = {
    "id": "a lowercase id such as `my-deck-01`",
    "type": "the type",
    "level": "`1` (light), `2` (middle) or `3` (deep)",
    "text": _TEXT_HINT,
    "title": _TEXT_HINT,
    "name": "a name",
    "theme": "a theme id such as `friends`",
    "start": "the id of the first scene",
    "next": "the id of the scene this choice leads to",
    "colour": 'a colour in quotes, such as `"#4c9f70"`',
    "checked": "the date the contacts were last checked, such as `2026-11-01`",
    "contact": "a phone number, web address or chat service",
    "character": "the character: `{name: Eeka, age: 20}`",
    "cards": "a list of cards",
    "scenes": "a list of scenes",
    "spaces": "a list of spaces",
    "themes": "a list of themes",
    "strengths": "a list of strengths",
    "resources": "help services per language: `fi:` and `en:`, each a list",
}
_PATTERNS = {
    r"^[a-z0-9]+(?:-[a-z0-9]+)*$": (
        "is not a valid id: use lowercase letters a–z, digits 0–9 and single hyphens, "
        "e.g. `ystavat-01` (no spaces, capitals, ä or ö)"
    ),
    LANGUAGE_CODE_PATTERN: (
        "is not a language code: use two or three lowercase letters such as `fi` or `en` "
        f"(or `{EASY_FINNISH}` for easy Finnish)"
    ),
    r"^#[0-9a-fA-F]{6}$": 'is not a colour: write `#` and six hex digits in quotes, e.g. `"#4c9f70"`',
    r"\S": "is blank: write some text, or remove the key if it is optional",
}


def did_you_mean(word: object, choices: Iterable[str]) -> str:
    """``" (did you mean `x`?)"`` for the closest choice, or ``""`` if none is close."""
    matches = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f" (did you mean `{matches[0]}`?)" if matches else ""


def describe(value: Any, written: str | None = None) -> str:
    """What a YAML value turned out to be, in words (YAML guesses types from how values look).

    ``written`` is the value as the file has it: ``0440000000`` rather than the number
    440000000 that YAML made of it.
    """
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"`{written or str(value).lower()}` (true and false are yes-or-no values in YAML)"
    if isinstance(value, int | float):
        return f"the number `{written or value}`"
    if isinstance(value, dt.date):
        return f"the date `{written or value.isoformat()}`"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the text `{shown}`"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def explain(
    error: ErrorDetails, kind: str, file_model: type[BaseModel], root: yaml.Node | None = None
) -> Finding:
    """One pydantic error as a :class:`Finding` anchored at the right key or value.

    ``root`` (the file's node tree) lets messages show a value as it is written.
    """
    loc: Loc = tuple(error["loc"])
    kind_of_error = error["type"]
    value = error.get("input")
    node = node_at(root, loc) if not isinstance(value, str | list | dict) and value is not None else None
    written = node.value if isinstance(node, yaml.ScalarNode) else None
    ctx = error.get("ctx") or {}
    fields = [step for step in loc if isinstance(step, str) and step != KEY_MARKER]
    key = fields[-1] if fields else kind
    where = _item_name(loc, kind)

    if kind_of_error == "missing":
        hint = _EXPECTED.get(key, "a value")
        return Finding(loc[:-1], f"this {where} has no `{key}`; add `{key}:` with {hint}", "key")
    if kind_of_error == "extra_forbidden":
        key = str(loc[-1])
        allowed = _allowed_keys(file_model, loc[:-1])
        return Finding(
            loc,
            f"unknown key `{key}` in this {where}{did_you_mean(key, allowed)}; "
            f"a {where} may have: {', '.join(allowed)}",
            "key",
        )
    if kind_of_error == "invalid_key" or (loc and loc[-1] == KEY_MARKER and not isinstance(value, str)):
        return Finding(
            loc,
            "this key is not a name: YAML reads numbers and yes/no/on/off/true/false as values; "
            "keys are words such as `id` or `text` (put it in quotes if it is meant as a word)",
            "key",
        )
    if loc and loc[-1] == KEY_MARKER:
        return Finding(loc, f"`{value}` {_PATTERNS[LANGUAGE_CODE_PATTERN]}", "key")
    if kind_of_error == "literal_error":
        allowed = [option.strip(" '") for option in ctx.get("expected", "").replace(" or ", ", ").split(",")]
        return Finding(
            loc,
            f"`{key}` cannot be {_shown(value)}{did_you_mean(value, allowed)}; "
            f"use one of: {', '.join(allowed)}",
        )
    if kind_of_error == "string_too_long":
        return Finding(
            loc,
            f"`{key}` is {len(str(value)):,} characters long; it may have at most "
            f"{ctx.get('max_length')}: shorten it",
        )
    if kind_of_error == "string_pattern_mismatch":
        explanation = _PATTERNS.get(str(ctx.get("pattern")), f"does not match `{ctx.get('pattern')}`")
        return Finding(loc, f"`{key}`: `{value}` {explanation}")
    if kind_of_error in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
        return Finding(loc, f"`{key}` cannot be {value}; use {_EXPECTED.get(key, _range(ctx))}")
    if kind_of_error == "int_type" or kind_of_error.startswith("int_"):
        quoted = " (remove the quotes)" if isinstance(value, str) and value.strip().isdigit() else ""
        return Finding(loc, f"`{key}` should be a whole number, not {describe(value, written)}{quoted}")
    if kind_of_error == "string_type" or (kind_of_error == "dict_type" and value is None):
        return Finding(loc, _string_expected(key, value, written))
    if kind_of_error == "dict_type" and written is not None and key not in {"resources", "character"}:
        return Finding(loc, _string_expected(key, value, written))
    if kind_of_error == "dict_type":
        expected = _EXPECTED.get(key, _TEXT_HINT)  # apart from `resources`, only texts are mappings
        return Finding(loc, f"`{key}` should be {expected}, not {describe(value)}")
    if kind_of_error == "list_type":
        return Finding(
            loc, f"`{key}` should be a list (lines starting with `- `, or `[a, b]`), not {describe(value)}"
        )
    if kind_of_error == "model_type" and isinstance(loc[-1], str):
        expected = _EXPECTED.get(key, "indented `key: value` lines")
        return Finding(loc, f"`{key}` should be {expected}, not {describe(value)}")
    if kind_of_error == "model_type":
        return Finding(loc, f"each {where} should be a mapping of keys such as `id:`, not {describe(value)}")
    if kind_of_error == "too_short" and isinstance(value, dict):
        return Finding(loc, f"`{key}` has no text in any language; write it, e.g. `{key}: {{fi: …, en: …}}`")
    if kind_of_error == "too_long":
        return Finding(
            loc,
            f"`{key}` may have at most {ctx.get('max_length')} item(s); it has {ctx.get('actual_length')}",
        )
    if kind_of_error == "too_short":
        return Finding(
            loc,
            f"`{key}` needs at least {ctx.get('min_length', 1)} item(s); "
            f"it has {ctx.get('actual_length', 0)}",
        )
    if kind_of_error.startswith(("date_", "datetime_")):
        return Finding(
            loc, f"`{key}` should be a date written YYYY-MM-DD, such as `2026-11-01`, not {describe(value)}"
        )
    if kind_of_error == "value_error":
        return Finding(loc, str(ctx.get("error", error["msg"])))
    return Finding(loc, f"`{key}`: {error['msg']} (got {describe(value)})")


def _shown(value: Any) -> str:
    return f"`{value}`" if isinstance(value, str) else describe(value)


def _string_expected(key: str, value: Any, written: str | None = None) -> str:
    if value is None and key == "colour":
        return (
            "the colour is empty: an unquoted `#` starts a comment in YAML, "
            'so write it in quotes, e.g. `"#4c9f70"`'
        )
    if value is None:
        return f"`{key}` is empty; write the text after the colon"
    if isinstance(value, list | dict):
        return f"`{key}` should be text, not {describe(value)}; write a single text"
    shown = written if written is not None else str(value)
    return (
        f"`{key}` should be text, but YAML reads {describe(value, written)} as a value, not a text; "
        f'put it in quotes: `{key}: "{shown}"`'
    )


def _range(ctx: dict[str, Any]) -> str:
    limits = {"ge": "at least", "le": "at most", "gt": "more than", "lt": "less than"}
    return " and ".join(f"{words} {ctx[name]}" for name, words in limits.items() if name in ctx)


def _item_name(loc: Loc, kind: str) -> str:
    """What the innermost mapping around the error is: a card, a scene, … or the file itself."""
    for step in reversed(loc[:-1]):
        if isinstance(step, str) and step in ITEM_NAMES:
            return ITEM_NAMES[step]
    if kind == "resources" and len(loc) > 3:
        return "help service"
    return KIND_NAMES.get(kind, "file")


def _allowed_keys(file_model: type[BaseModel], loc: Loc) -> list[str]:
    """The keys the model at ``loc`` accepts, for "did you mean" and the list of keys."""
    model = _model_at(file_model, loc)
    if model is None:
        return []
    return sorted(model.model_fields, key=lambda name: name == "languages")  # the file's own keys first


def _model_at(annotation: Any, loc: Loc) -> type[BaseModel] | None:
    for step in loc:
        annotation = _element(annotation, step)
        if annotation is None:
            return None
    annotation = _unwrap(annotation)
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def _element(annotation: Any, step: str | int) -> Any:
    annotation = _unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        field = annotation.model_fields.get(str(step))
        return field.annotation if field is not None else None
    origin = typing.get_origin(annotation)
    if origin is list and isinstance(step, int):
        return typing.get_args(annotation)[0]
    if origin is dict:
        return typing.get_args(annotation)[1]
    return None


def _unwrap(annotation: Any) -> Any:
    """``Annotated[X, …]`` → X; ``X | None`` → X (the model member of a union)."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            members = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
            annotation = members[0] if len(members) == 1 else annotation
            if len(members) != 1:
                return annotation
        else:
            return annotation


# --- lint messages -------------------------------------------------------------------------


def duplicate_text_message(language: str, other_card: str, other_file: str) -> str:
    """Two cards with the same text: the later one is reported, pointing at the first."""
    return (
        f"this `{language}` text is the same as card `{other_card}`'s in {other_file}; "
        "the same card twice in a session makes the game feel thin: rewrite one of them, or remove it"
    )


def closed_opener_message(text: str) -> str:
    """A Finnish yes/no opener without an open sentence after it, and how to open it."""
    first_word = text.split(maxsplit=1)[0].strip("?,.!")
    return (
        f"this question opens with the yes/no word `{first_word}` and asks nothing open after it, "
        "so it can be answered with one word; ask with mikä/miten/millainen/kuka, "
        "or add an open second sentence (e.g. `Kerro…`, `Millainen…?`)"
    )
