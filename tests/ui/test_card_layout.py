"""The card face is measured once into data (:class:`CardLayout`) and drawn from it: the data
holds together, drawing from it paints what measuring on the spot paints, and the card scene
keeps one layout until its size changes."""

from __future__ import annotations

import pygame

from elamani_peli.ui.card_face import CardFace, draw_card_face, layout_card_face
from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences

FACE = CardFace(
    "Mitä teet, kun et ymmärrä tehtävää tai ohjetta?",
    "Kysymys",
    2,
    "Taso 2/3",
    "Koulu ja työ",
    (42, 104, 156),
    "icons/school.svg",
    "Keneltä sinun on helppo kysyä?",
    "Jatkokysymys",
    "suomeksi",
)


def _card_scene(pilot: Pilot):
    pilot.app.registry.get("card").sample(pilot.app, 5)
    pilot.advance()
    assert pilot.scene.name == "card"
    return pilot.scene


def test_the_layout_is_data_that_holds_together():
    with Pilot.start((960, 600), prefs=Preferences(language="fi", text_scale=2.0)) as pilot:
        scene, look = _card_scene(pilot), pilot.app.look
        card = layout_card_face(scene.card_rect, FACE, look.metrics, look.text)
        assert card == layout_card_face(scene.card_rect, FACE, look.metrics, look.text)
        band, follow = card.band, card.follow_up
        assert follow is not None
        for part in (band.band, band.icon, band.marks, band.caption, band.title, band.type_box, card.body):
            assert card.card.contains(part), part
        assert band.band.bottom <= card.body.top and card.body.bottom <= follow.box.top
        assert card.card.contains(follow.box) and follow.box.contains(follow.text_box)
        for box, fitted in ((band.title, band.title_text), (follow.text_box, follow.text)):
            assert fitted.fits and fitted.width <= box.width and fitted.height <= box.height
        assert "suomeksi" in band.type_text.text
        without = layout_card_face(
            scene.card_rect, CardFace(**{**FACE.__dict__, "follow_up": None}), look.metrics, look.text
        )
        assert without.follow_up is None and without.body.height > card.body.height


def test_drawing_from_a_kept_layout_paints_the_same_pixels():
    with Pilot.start((1280, 720), prefs=Preferences(language="fi")) as pilot:
        scene, look = _card_scene(pilot), pilot.app.look
        drawn = []
        for layout in (None, layout_card_face(scene.card_rect, FACE, look.metrics, look.text)):
            surface = pygame.Surface(pilot.surface.get_size())
            surface.fill((200, 200, 200))
            regions = draw_card_face(
                surface,
                scene.card_rect,
                FACE,
                text=look.text,
                palette=look.palette,
                metrics=look.metrics,
                art=scene.table.art,
                layout=layout,
            )
            drawn.append((pygame.image.tobytes(surface, "RGB"), regions))
        assert drawn[0] == drawn[1]
        assert drawn[0][0] != pygame.image.tobytes(pygame.Surface(pilot.surface.get_size()), "RGB")


def test_the_card_scene_measures_once_per_size():
    with Pilot.start((1280, 720), prefs=Preferences(language="en")) as pilot:
        scene = _card_scene(pilot)
        first = scene._layout_cache
        assert first is not None
        pilot.advance(ms=500)
        assert scene._layout_cache is first
        pilot.resize(960, 600)
        pilot.advance()
        assert scene._layout_cache is not first
        assert scene._layout_cache[1].card == scene.card_rect


def test_on_a_very_small_card_the_follow_up_question_keeps_its_size_and_its_label_goes():
    """The demo's stage at 960×600 and 200 % leaves a card ~140 px tall: the quiet label took
    the room and the question itself fell to 6 px."""
    with Pilot.start((960, 600), prefs=Preferences(language="fi", text_scale=2.0)) as pilot:
        look = pilot.app.look
        m = look.metrics
        small = layout_card_face(pygame.Rect(70, 80, 820, 150), FACE, m, look.text).follow_up
        assert small is not None and small.text.fits
        assert small.text.size >= m.floor("body") and small.heading.height == 0
        roomy = layout_card_face(pygame.Rect(20, 80, 920, 420), FACE, m, look.text).follow_up
        assert roomy is not None and roomy.heading.height > 0 and roomy.heading_text.text == "Jatkokysymys"
