"""The calm, persistent notice that the running session is not being saved, and why.

The engine tries to save after every action and remembers why the last try failed
(``Session.save_failure``); the game plays on. Every game scene draws this notice while
the failure lasts, so the worker knows that a dead battery now would lose the session —
and sees it go away by itself once a save works again.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from .icons import draw_icon
from .look import Look


def save_notice_text(_: Callable[[str], str], kind: str) -> str:
    """The notice for a failure kind of :class:`~elamani_peli.engine.save.SaveFailed`."""
    reasons = {
        "disk-full": _("Not saving: the disk is full"),
        "read-only": _("Not saving: the game's folder cannot be written to"),
        "no-folder": _("Not saving: the game's folder cannot be created"),
    }
    headline = reasons.get(kind, _("Not saving: the game could not be saved"))
    return headline + "\n" + _("Trying again after every turn.")


def notice_rect(look: Look, right: int | None = None) -> pygame.Rect:
    """In the header, where the scene's title is (up to ``right``, the Help button): it covers
    no button and no card, and what the header says is less urgent than this."""
    m = look.metrics
    header = m.header.inflate(0, -2 * max(3, m.px(6)))
    right = header.right - m.pad if right is None else right - m.gap
    return pygame.Rect(m.pad, header.top, max(m.px(200), right - m.pad), header.height)


def draw_save_notice(surface: pygame.Surface, look: Look, text: str, right: int | None = None) -> pygame.Rect:
    m, p = look.metrics, look.palette
    rect = notice_rect(look, right)
    pygame.draw.rect(surface, p.surface, rect, border_radius=m.radius)
    pygame.draw.rect(surface, p.danger, rect, width=max(2, m.px(3)), border_radius=m.radius)
    inner = rect.inflate(-2 * m.gap, -max(2, m.gap // 3))
    icon = pygame.Rect(inner.left, inner.top, inner.height * 3 // 4, inner.height)
    draw_icon(surface, "warning", icon, p.danger)
    text_box = pygame.Rect(icon.right + m.gap, inner.top, inner.right - icon.right - m.gap, inner.height)
    headline, _, rest = text.partition("\n")
    size = m.font_size("body")
    # the reason comes first and at a readable size; the reassurance only where it fits as well
    whole = look.text.fit(f"{headline} · {rest}", text_box.size, size, m.font_size("small"), "bold")
    shown = whole if whole.fits and not whole.below_min and len(whole.lines) == 1 else None
    shown = shown or look.text.fit(headline, text_box.size, size, m.min_font_size, "bold")
    look.text.draw(surface, shown, text_box, p.text, "left", "middle")
    return rect
