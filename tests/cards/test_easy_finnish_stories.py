"""The built-in stories carry easy Finnish (selkokieli) for every text, and it is easy.

Why: roughly one in eight people in Finland needs selkokieli (Selkokeskus), and many of
the young people this game is for read slowly. Issue 15 asks for an easy-Finnish variant
(`fi-x-selko`) of every story text: the title, the character's intro, each scene, each
choice, each discussion question and each ending. A variant that exists but is no easier
helps nobody, and one that is easy only because the story was cut away is a different
story, so these tests check three things:

- **Coverage**: every story text with a `fi` text has a `fi-x-selko` text (goal 100 %).
- **Short sentences**: Selkokeskus' selkokielen mittari 2.0 asks for short sentences with
  at most one subordinate clause, and for the sentences of an easy text to be shorter than
  in standard Finnish; it gives no fixed number of words. Finnish words are long (case
  endings, compounds), so a main clause and one short subordinate clause fit in about
  twelve words ("Eve tietää, että ohjaaja on huomannut jotain." is seven). Hence:
  no easy sentence over ``MAX_WORDS`` = 12 words; each easy text's average sentence is no
  longer than its `fi` text's, unless it is already at most ``SHORT_AVERAGE`` = 8 words
  (a `fi` choice such as "Hän ei vastaa vielä mitään." cannot get shorter, and "Kyllä tämä
  tästä." is an idiom that must become a longer, literal sentence); and over a whole story
  the easy sentences are shorter on average than the `fi` ones.
- **The same story**: selkokieli names things rather than dropping them, so every name
  that a `fi` text uses (Sami, Olkkari, Kela …) is in its easy text too, and an easy scene,
  intro or ending keeps at least ``MIN_WORD_SHARE`` of the `fi` text's words: easier is
  not shorter at any cost.

Stories are read through the content model (``Story``), so the counts are of what the game
loads, not of raw YAML.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from elamani_peli.content.models import EASY_FINNISH, Story
from elamani_peli.paths import cards_dir

BUILT_IN_STORIES = ("hilja-ilona", "eve", "eeka")
MAX_WORDS = 12
SHORT_AVERAGE = 8.0
MIN_WORD_SHARE = 0.6
"""Easy Finnish says things one at a time and names the subject, which takes words; a
scene that falls below 60 % of its `fi` words has most likely lost part of the story."""

_SENTENCE_END = re.compile(r"(?<=[.!?])[”\"]?\s+(?=\S)")
_WORD = re.compile(r"[\w’'-]*\w", re.UNICODE)


def sentences(text: str) -> list[str]:
    """Split a text into sentences at ., ! and ?, also inside direct speech (”Moi! Tule.”)."""
    return [part.strip() for part in _SENTENCE_END.split(text.strip()) if part.strip()]


def word_count(sentence: str) -> int:
    """Words of one sentence; a number (kello 14–16) counts as words, a dash does not."""
    return len(_WORD.findall(sentence))


def average_sentence(text: str) -> float:
    parts = sentences(text)
    return sum(word_count(part) for part in parts) / len(parts)


def names(text: str) -> set[str]:
    """Words written with a capital inside a sentence: names of people and places."""
    found = set()
    for sentence in sentences(text):
        for match in list(_WORD.finditer(sentence))[1:]:
            before = sentence[: match.start()].rstrip()
            if match.group()[0].isupper() and not before.endswith(("”", '"', ":")):
                found.add(match.group())  # a capital after a quote mark or colon opens speech
    return found


def name_kept(name: str, text: str) -> bool:
    """A name is kept in any case ending: Evelle, Even and Eve share the stem ``Eve``."""
    first = name.split("-")[0]
    stem = first[: max(3, len(first) - 3)]
    return re.search(rf"\b{re.escape(stem)}", text) is not None


def load_story(story_id: str) -> Story:
    path = cards_dir() / "stories" / f"{story_id}.yaml"
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return Story.model_validate(data, context={"default_language": "fi"})


def story_texts(story: Story) -> Iterator[tuple[str, str, dict[str, str]]]:
    """(where, kind, text mapping) for every player-visible text of a story.

    ``kind`` is ``prose`` for texts that tell the story (intro, scene, ending) and
    ``line`` for one-line texts (title, choice, discussion question).
    """
    yield f"{story.id} title", "line", story.title
    if story.character.intro is not None:
        yield f"{story.id} intro", "prose", story.character.intro
    for scene in story.scenes:
        yield f"{story.id} {scene.id} text", "prose", scene.text
        for index, choice in enumerate(scene.choices, start=1):
            yield f"{story.id} {scene.id} choice {index}", "line", choice.text
        if scene.discuss is not None:
            yield f"{story.id} {scene.id} discuss", "line", scene.discuss
        if scene.ending is not None:
            yield f"{story.id} {scene.id} ending", "prose", scene.ending


def easy_pairs() -> list[tuple[str, str, str, str]]:
    """(where, kind, fi, fi-x-selko) for every built-in story text that has both."""
    return [
        (where, kind, text["fi"], text[EASY_FINNISH])
        for story_id in BUILT_IN_STORIES
        for where, kind, text in story_texts(load_story(story_id))
        if "fi" in text and EASY_FINNISH in text
    ]


# --- tests -------------------------------------------------------------------


@pytest.mark.parametrize("story_id", BUILT_IN_STORIES)
def test_every_story_text_has_easy_finnish(story_id: str) -> None:
    texts = [(where, text) for where, _, text in story_texts(load_story(story_id)) if "fi" in text]
    missing = [where for where, text in texts if EASY_FINNISH not in text]
    covered = len(texts) - len(missing)
    assert texts, f"no Finnish texts in {story_id}"
    assert not missing, (
        f"{story_id}: easy Finnish ({EASY_FINNISH}) for {covered} of {len(texts)} texts "
        f"({100 * covered // len(texts)} %); missing:\n  " + "\n  ".join(missing)
    )


def test_no_easy_sentence_is_long() -> None:
    long = [
        f"{where}: {word_count(sentence)} words: {sentence}"
        for where, _, _, easy in easy_pairs()
        for sentence in sentences(easy)
        if word_count(sentence) > MAX_WORDS
    ]
    assert not long, f"easy-Finnish sentences over {MAX_WORDS} words; split them:\n  " + "\n  ".join(long)


def test_easy_text_has_shorter_sentences_than_its_finnish() -> None:
    longer = [
        f"{where}: {average_sentence(easy):.1f} words a sentence, fi {average_sentence(fi):.1f}: {easy}"
        for where, _, fi, easy in easy_pairs()
        if average_sentence(easy) > max(average_sentence(fi), SHORT_AVERAGE)
    ]
    assert not longer, "easy texts whose sentences are longer than the fi text's:\n  " + "\n  ".join(longer)


@pytest.mark.parametrize("story_id", BUILT_IN_STORIES)
def test_a_story_reads_in_shorter_sentences_in_easy_finnish(story_id: str) -> None:
    pairs = [pair for pair in easy_pairs() if pair[0].startswith(f"{story_id} ")]
    assert pairs, f"{story_id} has no easy-Finnish texts"

    def average(texts: list[str]) -> float:
        parts = [sentence for text in texts for sentence in sentences(text)]
        return sum(word_count(part) for part in parts) / len(parts)

    fi = average([fi for _, _, fi, _ in pairs])
    easy = average([easy for _, _, _, easy in pairs])
    assert easy < fi, f"{story_id}: easy Finnish averages {easy:.1f} words a sentence, fi {fi:.1f}"


def test_easy_text_keeps_the_names_of_its_finnish() -> None:
    lost = [
        f"{where}: {name} is missing from: {easy}"
        for where, _, fi, easy in easy_pairs()
        for name in sorted(names(fi))
        if not name_kept(name, easy)
    ]
    assert not lost, (
        "easy Finnish must tell the same story with the same people and places:\n  " + "\n  ".join(lost)
    )


def test_easy_prose_is_not_shortened_at_any_cost() -> None:
    cut = [
        f"{where}: {len(_WORD.findall(easy))} words for fi {len(_WORD.findall(fi))}"
        for where, kind, fi, easy in easy_pairs()
        if kind == "prose" and len(_WORD.findall(easy)) < MIN_WORD_SHARE * len(_WORD.findall(fi))
    ]
    assert not cut, (
        "easy texts that lost much of the story; tell it all, in short sentences:\n  " + "\n  ".join(cut)
    )


# --- the measures themselves -------------------------------------------------


def test_sentences_split_also_inside_direct_speech() -> None:
    text = "Sami kysyy vain: ”Mitä sä tarvitset tänään?” Eve vastaa. ”Moi! Tule kahville.”"
    assert sentences(text) == [
        "Sami kysyy vain: ”Mitä sä tarvitset tänään?",
        "Eve vastaa.",
        "”Moi!",
        "Tule kahville.”",
    ]
    assert [word_count(part) for part in sentences(text)] == [7, 2, 1, 2]


def test_word_count_counts_numbers_and_hyphenated_names_once() -> None:
    assert word_count("Hilja-Ilona on Olkkarissa kello 14–16 – ei myöhemmin.") == 8


def test_a_long_sentence_and_a_lost_name_are_caught() -> None:
    fi = (
        "Eve kävelee Olkkariin, jossa Sami odottaa häntä ikkunan vieressä kahvin kanssa ja hymyilee leveästi."
    )
    assert max(word_count(part) for part in sentences(fi)) > MAX_WORDS
    assert names(fi) == {"Olkkariin", "Sami"}
    assert name_kept("Olkkariin", "Eve menee Olkkariin.")
    assert not name_kept("Sami", "Eve menee Olkkariin. Hän odottaa.")


def test_easy_finnish_is_read_from_the_story_files() -> None:
    path = cards_dir() / "stories" / "eve.yaml"
    assert f"{EASY_FINNISH}:" in Path(path).read_text(encoding="utf-8")
    assert easy_pairs(), "no story text carries easy Finnish"
