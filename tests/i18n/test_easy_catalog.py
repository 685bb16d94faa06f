"""The easy-Finnish (selkokieli) variants of the texts that matter during play.

``locales/fi/LC_MESSAGES/selko.po`` is a partial catalog on top of the Finnish one: with
*Selkokieli* on, a Finnish game shows these, and the ordinary Finnish text everywhere else.
"""

from __future__ import annotations

import re

from babel.messages.pofile import read_po

from elamani_peli.i18n import EASY_DOMAIN, Translator, catalog_path
from tests.cards.test_finnish_spelling import voikko, whitelist, words

PLAY_TEXTS = (
    "Another card",
    "Follow-up",
    "Follow-up question",
    "Bookmark",
    "{name}'s card",
    "{name}'s turn",
    "Let's talk",
    "Why that choice? What would you have done?",
    "If something in the game or in your life feels heavy, you do not have to carry it alone.",
    "These services listen and help. Talking to them is free and confidential.",
)
"""Card buttons, turn prompts and help: what issue 15 names as mattering during play."""
MAX_WORDS = 12
"""Selkomittari asks for short sentences with at most one subordinate clause; with Finnish word
lengths that is about 12 words (the same bound as the stories' easy texts)."""


def _catalog(domain: str):
    with catalog_path("fi", domain=domain).open("rb") as handle:
        return read_po(handle)


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{[^{}]*\}", text))


def test_every_easy_entry_is_a_message_the_game_has_with_the_same_placeholders():
    template = {m.id for m in _catalog("messages") if m.id}
    easy = [m for m in _catalog(EASY_DOMAIN) if m.id]
    assert easy
    stale = [m.id for m in easy if m.id not in template]
    assert not stale, f"easy variants of texts the game no longer has: {stale}"
    for message in easy:
        assert message.string and not message.fuzzy, message.id
        assert _placeholders(message.string) == _placeholders(message.id), message.id


def test_the_texts_that_matter_during_play_have_an_easy_variant_that_differs():
    finnish = _catalog("messages")
    easy = {m.id: m.string for m in _catalog(EASY_DOMAIN) if m.id}
    missing = [text for text in PLAY_TEXTS if text not in easy]
    assert not missing
    same = [text for text in PLAY_TEXTS if easy[text] == finnish.get(text).string]
    assert not same, f"an easy variant that is the Finnish text again: {same}"


def test_easy_sentences_are_short():
    long = []
    for message in (m for m in _catalog(EASY_DOMAIN) if m.id):
        for sentence in re.split(r"(?<=[.!?])\s+", message.string):
            if len(sentence.split()) > MAX_WORDS:
                long.append(sentence)
    assert not long


def test_easy_texts_pass_voikko():
    spell = voikko()
    found = [w for m in _catalog(EASY_DOMAIN) if m.id for w in words(re.sub(r"\{[^{}]*\}", " ", m.string))]
    wrong = spell(sorted(set(found) - whitelist()))
    assert not wrong, f"Voikko rejects: {sorted(wrong)}"


def test_the_translator_shows_easy_variants_only_in_finnish_and_falls_back_to_finnish():
    easy = Translator("fi", easy=True)
    assert easy.easy and easy.gettext("Another card") == "Uusi kortti"
    assert easy.gettext("Done") == Translator("fi").gettext("Done") == "Valmis"  # no variant: Finnish
    assert easy.gettext("{name}'s turn").format(name="Aino") == "Nyt vuorossa on Aino"
    english = Translator("en", easy=True)
    assert not english.easy and english.gettext("Another card") == "Another card"
    assert Translator("fi").gettext("Another card") == "Toinen kortti"
