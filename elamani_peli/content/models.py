"""Typed models of content format v1: one model per ``kind:`` of YAML file.

These models are the contract with facilitators (see ``docs/decks.md``). They are
validated once at load time; the rest of the program trusts them. Unknown keys are
errors (``extra="forbid"``) so that a typo such as ``folow_up`` is reported instead
of silently ignored. Numbers are strict: ``level: "2"`` is a wrong type, not a 2.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
    ValidationInfo,
    model_validator,
)

from .shown_text import text_problem

DEFAULT_LANGUAGE = "fi"
MAX_CHOICES = 6
"""Most choices a scene may offer: each is a button with a number key, and 2–3 read best."""
MAX_ID_CHARS = 80
"""Longest id: ids are shown in messages and in the story graph."""

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=MAX_ID_CHARS)]
"""An id: lowercase letters, digits and single hyphens, e.g. ``ystavat-01``."""

EASY_FINNISH = "fi-x-selko"
"""Easy Finnish (selkokieli) beside `fi`: a BCP 47 private-use tag, since selkokieli has no
registered subtag; read-aloud and the *Selkokieli* preference show it where it exists."""
LANGUAGE_CODE_PATTERN = r"^(?:[a-z]{2,3}|fi-x-selko)$"
LanguageCode = Annotated[str, StringConstraints(pattern=LANGUAGE_CODE_PATTERN)]


def _showable(value: str) -> str:
    problem = text_problem(value)
    if problem is not None:
        raise ValueError(problem)
    return value


NonEmptyStr = Annotated[str, StringConstraints(pattern=r"\S"), AfterValidator(_showable)]
"""A text someone reads (a card, a name, a help line): never blank, never unshowable."""
Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]
MAX_LEVEL = 3
"""The deepest level a card can have (1 light … 3 deep); the setup's deepest level is at most this."""
Level = Annotated[int, Strict(), Field(ge=1, le=MAX_LEVEL)]
CardType = Literal["question", "reflection", "action"]
SpaceType = Literal["start", "theme", "story", "reflection", "strengths", "free", "breather", "goal"]
CONTENT_NOTES = (
    "substance-use",
    "self-harm",
    "violence",
    "loss",
    "bullying",
    "homelessness",
    "mental-health",
)
"""Content-note ids the game knows by name. A facilitator may use others in a deck or story;
those are known too (as topics of help services) once a loaded file uses them."""


def _plain_text_to_mapping(value: Any, info: ValidationInfo) -> Any:
    """A plain string is in the file's first language; the loader passes it as context.

    The loader may also pass a set as ``language_keys``: every text's keys are added to it,
    so that the language-code check looks at each distinct code once, not at every text.
    """
    context = info.context or {}
    if isinstance(value, str):
        return {context.get("default_language", DEFAULT_LANGUAGE): value}
    keys = context.get("language_keys")
    if keys is not None and isinstance(value, dict):
        keys.update(value)
    return value


_TextMapping = Annotated[dict[LanguageCode, NonEmptyStr], Field(min_length=1)]
Text = Annotated[
    _TextMapping,
    BeforeValidator(_plain_text_to_mapping, json_schema_input_type=NonEmptyStr | _TextMapping),
]
"""A player-visible text: language code → string, e.g. ``{fi: Ystävät, en: Friends}``."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _File(_Model):
    """Keys every kind of file may carry."""

    languages: list[LanguageCode] = Field(default_factory=lambda: [DEFAULT_LANGUAGE], min_length=1)


# --- decks -------------------------------------------------------------------


class Card(_Model):
    id: Slug
    type: CardType
    level: Level
    text: Text
    follow_up: Text | None = None
    tags: list[NonEmptyStr] = Field(default_factory=list)
    one_to_one: bool = Field(
        default=False,
        description="True: a card for two only; not drawn when more than two players play.",
    )
    everyone: bool = Field(
        default=False,
        description="True: everyone at the table answers this card in turn.",
    )


class Deck(_File):
    kind: Literal["deck"]
    id: Slug
    title: Text
    theme: Slug | None = Field(
        default=None,
        description="Theme id. A deck without a theme holds general cards: its reflection "
        "cards are drawn on Reflection spaces and at the close of a session.",
    )
    content_notes: list[Slug] = Field(default_factory=list)
    one_to_one: bool = Field(
        default=False,
        description="True: every card of the deck is for two only (see the card's `one_to_one`).",
    )
    everyone: bool = Field(
        default=False,
        description="True: everyone at the table answers every card of the deck in turn.",
    )
    cards: list[Card] = Field(min_length=1)


# --- stories -----------------------------------------------------------------


class Character(_Model):
    name: NonEmptyStr
    age: Annotated[int, Strict(), Field(ge=0, le=120)] | None = None
    portrait: NonEmptyStr | None = Field(default=None, description="An image file under assets/.")
    intro: Text | None = None


class Choice(_Model):
    text: Text
    next: Slug


class Scene(_Model):
    id: Slug
    text: Text
    choices: list[Choice] = Field(default_factory=list, max_length=MAX_CHOICES)
    discuss: Text | None = None
    ending: Text | None = None
    once: bool = Field(
        default=False,
        description="True: this scene can happen only once in a play (a first meeting, a birthday). "
        "Validation reports any choice that could lead back to it; a story that returns to a place "
        "leads to a scene written for the return instead.",
    )

    @property
    def is_ending(self) -> bool:
        return self.ending is not None


class Story(_File):
    kind: Literal["story"]
    id: Slug
    title: Text
    character: Character
    content_notes: list[Slug] = Field(default_factory=list)
    start: Slug
    scenes: list[Scene] = Field(min_length=1)

    def scene(self, scene_id: str) -> Scene:
        """The scene with this id (the first one, if a broken file repeats an id)."""
        return self.scenes_by_id[scene_id]

    @cached_property
    def scenes_by_id(self) -> dict[str, Scene]:
        """Scenes by id, built once: story checks and views stay linear in the number of scenes."""
        by_id: dict[str, Scene] = {}
        for scene in self.scenes:
            by_id.setdefault(scene.id, scene)
        return by_id


# --- themes, boards, strengths, resources ------------------------------------


class Theme(_Model):
    id: Slug
    name: Text
    colour: Colour
    icon: NonEmptyStr | None = Field(default=None, description="An image file under assets/.")
    description: Text | None = None


class ThemesFile(_File):
    kind: Literal["themes"]
    themes: list[Theme] = Field(min_length=1)


class Space(_Model):
    type: SpaceType
    theme: Slug | None = None

    @model_validator(mode="after")
    def _theme_only_on_theme_spaces(self) -> Space:
        if self.type == "theme" and self.theme is None:
            raise ValueError("a theme space needs `theme:` (a theme id)")
        if self.type != "theme" and self.theme is not None:
            raise ValueError(f"only theme spaces take `theme:`; this space is `{self.type}`")
        return self


class Board(_File):
    kind: Literal["board"]
    id: Slug
    title: Text
    spaces: list[Space] = Field(min_length=2)


class Strength(_Model):
    id: Slug
    name: Text


class StrengthsFile(_File):
    kind: Literal["strengths"]
    strengths: list[Strength] = Field(min_length=1)


class HelpService(_Model):
    name: NonEmptyStr
    contact: NonEmptyStr
    hours: NonEmptyStr | None = None
    description: NonEmptyStr | None = None
    topics: list[Slug] = Field(
        default_factory=list,
        description="Content-note ids (such as `substance-use`) and theme ids (such as `everyday`) "
        "this service helps with: the help screen lists it first when the table is on one of them.",
    )

    def matches(self, topics: Iterable[str]) -> bool:
        """True if this service helps with one of ``topics`` (the topics at the table)."""
        return not set(self.topics).isdisjoint(topics)


class ResourcesFile(_File):
    kind: Literal["resources"]
    checked: dt.date
    replace: bool = False
    """True: these services replace the ones loaded before (the built-in national list);
    otherwise they are added after them."""
    resources: dict[LanguageCode, list[HelpService]] = Field(min_length=1)

    def added_to(self, earlier: ResourcesFile | None) -> ResourcesFile:
        """The help list after this file is loaded on top of ``earlier`` (see :attr:`replace`)."""
        if earlier is None or self.replace:
            return self
        merged = {language: list(services) for language, services in earlier.resources.items()}
        for language, services in self.resources.items():
            merged.setdefault(language, []).extend(services)
        languages = [*earlier.languages, *(code for code in self.languages if code not in earlier.languages)]
        checked = min(earlier.checked, self.checked)
        return self.model_copy(update={"resources": merged, "checked": checked, "languages": languages})


ContentFile = Annotated[
    Deck | Story | ThemesFile | Board | StrengthsFile | ResourcesFile,
    Field(discriminator="kind"),
]
KINDS: dict[str, type[_File]] = {
    "deck": Deck,
    "story": Story,
    "themes": ThemesFile,
    "board": Board,
    "strengths": StrengthsFile,
    "resources": ResourcesFile,
}
