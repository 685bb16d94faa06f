"""Easy-Finnish story texts read at 200 % type as large as the Finnish ones.

Why: selkokieli says things one at a time and names the subject, so an easy text tends to
have more words than its `fi` text; the story box then shrinks the type to fit. A reader
who needs easy Finnish is the last one who should get smaller letters. So every
`fi-x-selko` scene text must fit the story box at 960×600 with 200 % type at no smaller
size than the smallest `fi` scene text gets in the same window (measured in this run,
with the game's own font and fitting), and every easy choice must fit its button.
"""

from __future__ import annotations

from elamani_peli.content.models import EASY_FINNISH
from elamani_peli.ui.pilot import Pilot, builtin_content
from elamani_peli.ui.prefs import Preferences
from elamani_peli.ui.scenes.story import StoryModeScene


def test_easy_finnish_scenes_fit_at_960x600_with_200_percent_type_without_smaller_letters() -> None:
    library = builtin_content().library
    prefs = Preferences(language="fi", text_scale=2.0)
    sizes: dict[str, list[tuple[int, str]]] = {"fi": [], EASY_FINNISH: []}
    problems = []
    with Pilot.start((960, 600), prefs=prefs, language="fi") as pilot:
        for story in library.stories.values():
            scene = StoryModeScene(pilot.app, story.id)
            pilot.app.scenes.push(scene)
            pilot.advance()
            metrics = pilot.app.look.metrics
            button = scene.form.find("choice-1").rect.inflate(-2 * metrics.gap, -metrics.gap).size
            for story_scene in story.scenes:
                for language in sizes:
                    text = story_scene.text.get(language)
                    if text is None:
                        continue
                    layout = pilot.app.look.text.fit(
                        text, scene.text_box.size, metrics.font_size("heading"), metrics.min_font_size
                    )
                    if not layout.fits or layout.below_min:
                        problems.append(f"{story.id} {story_scene.id} {language}: does not fit")
                    sizes[language].append((layout.size, f"{story.id} {story_scene.id}"))
                    for index, choice in enumerate(story_scene.choices, start=1):
                        label = choice.text.get(language)
                        if (
                            label is not None
                            and not pilot.app.look.text.fit(
                                label, button, metrics.font_size("button"), metrics.min_font_size, "bold"
                            ).fits
                        ):
                            problems.append(f"{story.id} {story_scene.id} choice {index} {language}: {label}")
    assert sizes[EASY_FINNISH], "no built-in scene has easy Finnish"
    smallest_fi = min(size for size, _ in sizes["fi"])
    smaller = [f"{where}: {size} px" for size, where in sizes[EASY_FINNISH] if size < smallest_fi]
    assert not problems, problems
    assert not smaller, (
        f"easy-Finnish scenes shrink below the smallest Finnish scene ({smallest_fi} px); "
        f"leave out a detail that does not carry the story: {smaller}"
    )
