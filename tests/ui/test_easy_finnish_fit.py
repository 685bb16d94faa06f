"""Easy-Finnish story texts read at 200 % type as large as the Finnish ones.

Why: selkokieli says things one at a time and names the subject, so an easy text tends to
have more words than its `fi` text; the story box then shrinks the type to fit. A reader
who needs easy Finnish is the last one who should get smaller letters. So every
`fi-x-selko` scene text must fit the story box at 960×600 with 200 % type (and at
1280×720 with 100 %) at no smaller
size than the smallest `fi` scene text gets in the same window (measured in this run,
with the game's own font and fitting); likewise every easy choice fits its button at no
smaller size than the smallest `fi` choice.
"""

from __future__ import annotations

import pytest

from elamani_peli.content.models import EASY_FINNISH
from elamani_peli.ui.pilot import Pilot, builtin_content
from elamani_peli.ui.prefs import Preferences
from elamani_peli.ui.scenes.story import StoryModeScene


def _sizes(size: tuple[int, int], scale: float) -> tuple[dict[str, list[tuple[int, str]]], list[str]]:
    """(type size, where) of every story text and choice label, by language; and what does not fit."""
    library = builtin_content().library
    sizes: dict[str, list[tuple[int, str]]] = {
        key: [] for key in ("fi", EASY_FINNISH, "fi choice", "easy choice")
    }
    problems = []
    with Pilot.start(size, prefs=Preferences(language="fi", text_scale=scale), language="fi") as pilot:
        look = pilot.app.look
        metrics = look.metrics
        for story in library.stories.values():
            scene = StoryModeScene(pilot.app, story.id)
            pilot.app.scenes.push(scene)
            pilot.advance()
            button = scene.form.find("choice-1").rect.inflate(-2 * metrics.gap, -metrics.gap).size
            for story_scene in story.scenes:
                for language, choices in (("fi", "fi choice"), (EASY_FINNISH, "easy choice")):
                    where = f"{story.id} {story_scene.id} {language}"
                    if language not in story_scene.text:
                        continue
                    text = story_scene.text[language]
                    layout = look.text.fit(
                        text, scene.text_box.size, metrics.font_size("heading"), metrics.min_font_size
                    )
                    if not layout.fits or layout.below_min:
                        problems.append(f"{where}: the scene text does not fit")
                    sizes[language].append((layout.size, where))
                    for index, choice in enumerate(story_scene.choices, start=1):
                        label = choice.text[language]
                        fitted = look.text.fit(
                            label, button, metrics.font_size("button"), metrics.min_font_size, "bold"
                        )
                        if not fitted.fits:
                            problems.append(f"{where} choice {index}: does not fit its button")
                        sizes[choices].append((fitted.size, f"{where} choice {index}: {label}"))
    return sizes, problems


@pytest.mark.parametrize(("size", "scale"), [((960, 600), 2.0), ((1280, 720), 1.0)])
def test_easy_finnish_story_texts_fit_without_smaller_letters(size: tuple[int, int], scale: float) -> None:
    sizes, problems = _sizes(size, scale)
    assert sizes[EASY_FINNISH], "no built-in scene has easy Finnish"
    assert not problems, problems
    for fi, easy, what in (("fi", EASY_FINNISH, "scene"), ("fi choice", "easy choice", "choice")):
        smallest = min(type_size for type_size, _ in sizes[fi])
        smaller = [f"{where}: {type_size} px" for type_size, where in sizes[easy] if type_size < smallest]
        assert not smaller, (
            f"easy-Finnish {what} texts shrink below the smallest Finnish {what} ({smallest} px); "
            f"leave out a detail that does not carry the story: {smaller}"
        )
