"""The demo's captions: what the worker and the young person would be doing at each step.

Message ids are English and go through gettext like every other UI text (the i18n
catalogs translate them). Each caption is filled in from the step and the state it is
shown in — who plays, which theme, which strength — so a room can follow one concrete
session rather than read generic rules.
"""

from __future__ import annotations

from collections.abc import Callable

from ..content.library import ContentLibrary
from ..content.text import localize
from ..engine.actions import ChooseOption, ChooseTheme, GiveStrength
from ..engine.setup import SessionSetup
from ..engine.state import GameState
from .demo_script import DemoStep

Gettext = Callable[[str], str]


def _templates(_: Gettext) -> dict[str, str]:
    """Kind → caption template; built per call so a language switch takes effect at once."""
    return {
        "setup": _(
            "Before playing, the worker and the young person choose nicknames, tokens, the themes "
            "and how long to play. Here {young} plays with the worker {worker}."
        ),
        "turn": _(
            "{name} rolls the die and moves along the path. Each space brings something to talk about."
        ),
        "card": _(
            "A card from the theme “{theme}”. {name} reads it aloud and answers in their own words — "
            "as much or as little as feels right."
        ),
        "card-action": _("A card with something to do together. {name} tries it and the others join in."),
        "card-reflection": _("A reflection card: a moment to look back on the game so far."),
        "closing": _("The closing card: everyone answers it together before the game ends."),
        "follow-up": _(
            "The worker opens the follow-up question to go a little deeper — "
            "only when the moment feels right."
        ),
        "another": _("This card does not fit today. {name} takes another card from the same theme."),
        "bookmark": _(
            "A bookmark: this card is worth coming back to. The summary lists it, without anyone's answers."
        ),
        "strength-card": _(
            "{giver} heard something good in the answer and gives {receiver} a strength: “{strength}”."
        ),
        "pass": _("{name} passes. Passing is always allowed, and nobody asks why."),
        "done": _("Done. The answers stay at the table: the game never stores what anyone says."),
        "closing-done": _("That was the last card. Next comes the summary."),
        "choose-theme": _("A free choice: {name} picks the theme to talk about."),
        "theme-chosen": _("{name} chooses “{theme}”."),
        "strength-space": _("A strengths space: {name} names a strength they have seen in another player."),
        "strength-given": _("{giver} gives {receiver} a strength: “{strength}”."),
        "scene": _(
            "A story space: the players read a scene from {character}'s life together "
            "and decide what happens next."
        ),
        "story-choice": _("They choose: “{choice}”"),
        "discuss": _("After the choice, a question to talk about: how would you have chosen, and why?"),
        "discussed": _("The story goes on at the next story space."),
        "story-end": _("The story reaches one of its endings. No path is right or wrong."),
        "breather": _("A breather: a moment to rest, stretch or just chat."),
        "arrived": _("{name} reaches the goal but stays in the game: answering along and giving strengths."),
        "summary": _(
            "The summary: themes visited, strengths given and bookmarked cards — nothing anyone said. "
            "The worker may save it for the next meeting."
        ),
    }


def is_translated(_: Gettext, kind: str) -> bool:
    """Whether ``_`` has its own text for this kind of caption (not just the English message id)."""
    return _templates(_).get(kind) != _templates(str)[kind] if kind in _templates(str) else False


def caption(
    _: Gettext,
    language: str,
    library: ContentLibrary,
    setup: SessionSetup,
    state: GameState | None,
    step: DemoStep,
) -> str:
    """The caption for ``step`` shown over ``state`` (None before the session starts), in ``_``'s language."""
    names = [player.nickname for player in setup.players]
    roles = [player.role for player in setup.players]
    young = next((n for n, r in zip(names, roles, strict=True) if r == "young"), names[0])
    worker = next((n for n, r in zip(names, roles, strict=True) if r == "worker"), names[-1])
    values: dict[str, str] = {"young": young, "worker": worker, "name": young}
    kind = step.kind
    if state is not None:
        values["name"] = names[state.current_player]
        kind = _card_kind(library, state, kind)
        values.update(_details(language, library, state, step, names))
    template = _templates(_).get(kind, "")
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder: show it plain
        return template


def _card_kind(library: ContentLibrary, state: GameState, kind: str) -> str:
    if kind != "card" or state.card is None:
        return kind
    card_type = library.card(state.card).type
    return {"action": "card-action", "reflection": "card-reflection"}.get(card_type, "card")


def _details(
    language: str, library: ContentLibrary, state: GameState, step: DemoStep, names: list[str]
) -> dict[str, str]:
    """Names of the theme, strength, story character and choice the caption talks about."""

    def text(value) -> str:
        return localize(value, language)[0] if value else ""

    values: dict[str, str] = {}
    theme_id = state.card_theme
    action = step.action
    if isinstance(action, ChooseTheme):
        theme_id = action.theme
    theme = library.themes.get(theme_id) if theme_id else None
    values["theme"] = text(theme.name) if theme else ""
    if isinstance(action, GiveStrength):
        strength = library.strengths.get(action.strength)
        values.update(
            giver=names[action.giver],
            receiver=names[action.receiver],
            strength=text(strength.name) if strength else action.strength,
        )
    story = library.stories.get(state.story) if state.story else None
    values["character"] = story.character.name if story else ""
    if isinstance(action, ChooseOption) and story is not None and state.scene is not None:
        choices = story.scene(state.scene).choices
        values["choice"] = text(choices[action.index].text) if action.index < len(choices) else ""
    return values
