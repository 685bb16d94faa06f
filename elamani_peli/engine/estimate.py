"""How long a board takes: an estimate for the worker choosing a board or printing a plan.

A token moves 3.5 spaces a roll on average, so a player needs about ``spaces / 3.5`` turns
to reach the goal; a turn at the table (reading, answering, talking) takes a couple of
minutes. The constant is set so that the built-in boards land where the facilitator guide
says they do (*Path of life* about 45 minutes, the *Short path* 15–20, for two players).
"""

from __future__ import annotations

from ..content.models import Board

MEAN_ROLL = 3.5
MINUTES_PER_TURN = 2.2


def estimated_minutes(board: Board, players: int = 2) -> int:
    """Minutes until every player has arrived, to the nearest five."""
    turns = (len(board.spaces) - 1) / MEAN_ROLL * max(players, 1)
    return max(5, round(turns * MINUTES_PER_TURN / 5) * 5)
