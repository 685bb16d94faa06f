"""``simulate``: play a whole session with random legal actions and print its summary.

A quick way to see the rules at work on the real content, and a determinism check: the
same ``--seed`` gives byte-identical output. The game's generator is seeded with N; the
choice of actions uses a separate generator seeded from ``simulate:N``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import replace

from .options import add_decks_option, load_decks


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "simulate",
        help="play a whole session with random legal actions and print the summary",
        description="Play a whole session with random legal actions (passes, other cards, follow-ups, "
        "bookmarks, strengths and story choices included) and print the summary. "
        "The same seed always gives the same output.",
    )
    parser.add_argument("--seed", type=int, required=True, help="seed of the game and of the random play")
    parser.add_argument("--players", type=int, default=2, help="number of players, 2–6 (default 2)")
    parser.add_argument("--board", help="board id (default: perus, else the first board)")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the summary as JSON with sorted keys, with `cards`: the ids of the cards drawn, in order",
    )
    add_decks_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..engine.autoplay import play_session
    from ..engine.history import cards_drawn
    from ..engine.setup import MAX_PLAYERS, MIN_PLAYERS, default_setup, setup_problems
    from ..engine.summary import summarize, summary_to_json

    if not MIN_PLAYERS <= args.players <= MAX_PLAYERS:
        print(f"simulate: --players must be between {MIN_PLAYERS} and {MAX_PLAYERS}", file=sys.stderr)
        return 2
    loaded = load_decks(args.decks)
    if loaded.errors:
        print(
            f"simulate: warning: {len(loaded.skipped_files)} content file(s) skipped because of errors; "
            "run `elamani-peli validate` to see them",
            file=sys.stderr,
        )
    library = loaded.library
    setup = default_setup(library, seed=args.seed, players=args.players)
    if args.board:
        setup = replace(setup, board_id=args.board)
    problems = setup_problems(library, setup)
    if problems:
        print(f"simulate: cannot start a session: {_explain(problems, args, library)}", file=sys.stderr)
        return 2
    session = play_session(library, setup, play_seed=f"simulate:{args.seed}")
    summary = summarize(library, setup, session.state)
    if args.json:
        data = {**summary_to_json(summary), "cards": cards_drawn(library, setup, session.log)}
        text = json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2)
    else:
        text = _as_text(setup, summary, len(session.log))
    try:
        print(text, flush=True)
    except BrokenPipeError:  # e.g. `simulate ... | head`: the reader has had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


_EXPLANATIONS = {
    "setup-board-unknown": "there is no board {board!r} (boards: {boards})",
    "setup-no-themes": "the content has no themes",
    "setup-no-cards": "no deck is in play with the default choices",
}


def _explain(problems: list[str], args: argparse.Namespace, library) -> str:
    boards = ", ".join(library.boards) or "none"
    return "; ".join(
        _EXPLANATIONS.get(problem, problem).format(board=args.board, boards=boards)
        for problem in dict.fromkeys(problems)
    )


def _as_text(setup, summary, action_count: int) -> str:
    length = f"{setup.length} {setup.length_unit}"
    minutes = summary.elapsed_seconds // 60
    players = len(setup.players)
    lines = [
        f"Simulated session: seed {setup.seed}, board {setup.board_id}, {players} players, {length}",
        f"Ended ({summary.end_reason}) in round {summary.rounds} after {minutes} min, {action_count} actions",
        f"Themes visited: {', '.join(summary.themes) or '-'}",
        "Players:",
    ]
    for player in summary.players:
        strengths = ", ".join(player.strengths) or "-"
        lines.append(
            f"  {player.nickname} ({player.role}): {player.cards_answered} answered, "
            f"{player.cards_passed} passed; strengths received: {strengths}"
        )
    lines.append(f"Bookmarks: {', '.join(summary.bookmarks) or '-'}")
    lines.append("Stories:" if summary.stories else "Stories: -")
    for story in summary.stories:
        ending = f"ending {story.ending}" if story.ending else "not finished"
        lines.append(f"  {story.story_id}: {' > '.join(story.scenes)} ({ending})")
    return "\n".join(lines)
