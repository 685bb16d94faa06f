"""Settings: every preference by keyboard, mouse or touch, applied and saved at once; stored data
listed with paths and deleted only after a confirmation."""

from __future__ import annotations

import json

import pygame

from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import load_preferences


def open_settings(pilot: Pilot) -> None:
    pilot.click("settings")
    assert pilot.scene.name == "settings"


def test_type_size_stepper_by_keys_and_clicks_rebuilds_and_saves():
    with Pilot.start() as pilot:
        open_settings(pilot)
        body_size = pilot.app.look.metrics.font_size("body")
        pilot.scene.form.focus("text-scale")
        pilot.press("right")
        pilot.press("right")
        assert pilot.app.prefs.text_scale == 1.2
        assert pilot.app.look.metrics.font_size("body") > body_size
        stepper = pilot.find("text-scale")
        minus = stepper.parts()[0]
        pilot.click(minus.center)
        assert load_preferences().text_scale == 1.1
        for _ in range(15):
            pilot.press("right")
        assert pilot.app.prefs.text_scale == 2.0  # stops at 200 %


def test_toggles_apply_at_once_high_contrast_changes_the_palette():
    with Pilot.start() as pilot:
        open_settings(pilot)
        before = pilot.pixel((2, pilot.surface.get_height() - 2))
        pilot.click("high-contrast")
        assert pilot.app.prefs.high_contrast and pilot.find("high-contrast").value
        assert pilot.pixel((2, pilot.surface.get_height() - 2)) != before
        pilot.tap("reduced-motion")
        assert pilot.app.look.reduced_motion
        pilot.scene.form.focus("bilingual-cards")
        pilot.press("space")
        saved = load_preferences()
        assert saved.high_contrast and saved.reduced_motion and saved.bilingual_cards


def test_fullscreen_toggle_switches_the_window():
    with Pilot.start() as pilot:
        open_settings(pilot)
        pilot.click("fullscreen")
        assert pilot.app.is_fullscreen() and pilot.app.prefs.fullscreen
        pilot.press("f11")
        assert not pilot.app.is_fullscreen()


def test_language_change_in_settings_relabels_every_scene_on_the_stack():
    with Pilot.start(language="en") as pilot:
        open_settings(pilot)
        pilot.scene.form.focus("language")
        pilot.press("left")
        assert pilot.app.language == "fi"
        title = next(iter(pilot.app.scenes))
        assert title.form.find("settings").label == pilot.app._("Settings")


def test_stored_data_is_listed_with_paths_and_deleted_after_confirmation(private_user_folder):
    (private_user_folder / "summaries").mkdir(parents=True)
    (private_user_folder / "session.json").write_text("{}", encoding="utf-8")
    (private_user_folder / "summaries" / "2026-11-29.md").write_text("x", encoding="utf-8")
    with Pilot.start() as pilot:
        open_settings(pilot)
        pilot.press("f2")
        pilot.press("f2")  # saves settings.json
        section = pilot.find("section")
        pilot.click((section.rect.right - 10, section.rect.centery))
        listed = {item.key: item for item, _ in pilot.scene.item_texts}
        assert set(listed) == {"settings", "session", "logs", "summaries", "deck-folders"}
        assert not listed["deck-folders"].exists  # none remembered yet
        assert listed["session"].location == private_user_folder / "session.json"
        assert pilot.find("delete-summaries").enabled
        pilot.click("delete-summaries")
        assert pilot.scene.name == "confirm" and pilot.focused == "cancel"
        pilot.press("return")  # Cancel is the default: nothing deleted
        assert (private_user_folder / "summaries" / "2026-11-29.md").exists()
        pilot.click("delete-summaries")
        pilot.click("confirm")
        assert pilot.scene.name == "settings"
        assert not (private_user_folder / "summaries" / "2026-11-29.md").exists()
        assert not pilot.find("delete-summaries").enabled
        pilot.click("delete-settings")
        pilot.click("confirm")
        assert not (private_user_folder / "settings.json").exists()
        pilot.click("delete-session")
        pilot.click("confirm")
        assert not (private_user_folder / "session.json").exists()


def test_deleting_logs_keeps_logging(private_user_folder):
    with Pilot.start() as pilot:
        open_settings(pilot)
        import logging

        logging.getLogger("elamani_peli.test").warning("before")
        pilot.scene._show_section("storage")
        pilot.click("delete-logs")
        pilot.click("confirm")
        logging.getLogger("elamani_peli.test").warning("after")
        log_file = private_user_folder / "logs" / "elamani-peli.log"
        text = log_file.read_text(encoding="utf-8")
        assert "after" in text and "before" not in text


def test_settings_file_is_json_with_a_version(private_user_folder):
    with Pilot.start() as pilot:
        open_settings(pilot)
        pilot.click("reduced-motion")
    data = json.loads((private_user_folder / "settings.json").read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["reduced_motion"] is True
    assert pygame.display.get_init() is False  # the pilot closed the window


def test_every_file_the_game_writes_is_listed_in_settings(private_user_folder):
    """The privacy promise: whatever lands in the user folder, Settings lists (and can delete)."""
    from elamani_peli.export.summary_files import SUMMARY_FOLDER
    from elamani_peli.ui.storage import SUMMARIES_FOLDER, stored_items

    assert SUMMARY_FOLDER == SUMMARIES_FOLDER
    with Pilot.start(seed=2) as pilot:
        pilot.press("f2")  # settings.json
        if pilot.app.registry.has("setup"):
            pilot.click("new-game")
            pilot.press("return")
            pilot.press("space")  # a turn: the engine autosaves
            pilot.advance(ms=3000)
        import logging

        logging.getLogger("elamani_peli.test").warning("a line in the log")
        written = {path for path in private_user_folder.rglob("*") if path.is_file()}
        listed = {path for item in stored_items() for path in item.files}
        listed_folders = [item.location for item in stored_items() if item.key in ("logs", "summaries")]
        unlisted = {p for p in written - listed if not any(folder in p.parents for folder in listed_folders)}
        assert not unlisted
        assert (private_user_folder / "settings.json") in listed
        if pilot.app.registry.has("setup"):
            assert (private_user_folder / "session.json") in listed
