"""The two card-text rules of lint: closed Finnish yes/no openers, and the same text twice."""

from __future__ import annotations

import pytest

from elamani_peli.content.lint import closed_opener, opens_with_yes_no

CLOSED = [
    "Onko rahasta sinulle helppo puhua?",
    "Oletko aamu- vai iltaihminen?",
    "Osaatko tehdä jotain, mitä muut eivät tiedä?",
    "Muistatko hetken, jolloin joku läheinen oikeasti tuki sinua?",
    "Tiedätkö, mistä saa maksutonta neuvontaa raha-asioihin?",
    "Voiko ystävän kanssa riidellä?",
    "Haluaisitko asua ulkomailla?",
    "Huomasitko tänään itsessäsi jonkin vahvuuden?",
    "Onkohan sinulla lempiruokaa?",
    "Onko sinulla lempipaikka? Onko se kaukana?",
]
OPEN = [
    "Mikä saa sinut nauramaan?",
    "Onko sinulla lempipaikka? Millainen se on?",
    "Oletko koskaan eksynyt? Kerro, miten löysit perille.",
    "Pakko myöntää: mikä on parasta kesässä?",
    "Kerro hetkestä, jolloin joku tuki sinua.",
    "Onko",  # not a question: no question mark
    "",
]


@pytest.mark.parametrize("text", CLOSED)
def test_a_yes_no_opener_with_nothing_open_after_it_is_closed(text: str) -> None:
    assert closed_opener(text)


@pytest.mark.parametrize("text", OPEN)
def test_open_questions_and_yes_no_openers_with_an_open_second_sentence_pass(text: str) -> None:
    assert not closed_opener(text)


def test_question_words_never_count_as_yes_no_words() -> None:
    for word in ("Mikä", "Miten", "Millainen", "Kuka", "Missä", "Milloin", "Miksi", "Kuinka", "Mitä"):
        assert not opens_with_yes_no(f"{word} sinulla on?"), word
