"""Loading all content: the built-in ``cards/`` plus facilitators' files and folders.

A broken file never stops the others. Every file goes through the same steps, and a
file with any error is left out of the library *as a whole* (never half a deck):

1. read and parse it safely (:mod:`.reading`), check its ``kind:`` and validate it into
   its model (:mod:`.models`), then the rules within the file (:mod:`.rules`);
2. ids shared with an earlier file (built-in content comes first, then each extra path
   in the order given): the later file is left out;
3. references to themes that no loaded themes file defines, and help-service ``topics:``
   that are neither a theme nor a content note: the file is left out.

A ``resources`` file (help services) from a facilitator's path adds its services to the
built-in national ones, or replaces them when it says ``replace: true``; two in the same
path are an error.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from .. import paths
from . import files
from .commas import comma_findings
from .images import image_problem
from .library import ContentLibrary, LoadedFile, LoadResult, Problem
from .locate import Finding, Loc, to_problems
from .messages import describe, did_you_mean, explain
from .models import (
    CONTENT_NOTES,
    DEFAULT_LANGUAGE,
    KINDS,
    Board,
    Deck,
    ResourcesFile,
    Story,
    StrengthsFile,
    ThemesFile,
)
from .reading import ContentReadError, compose_file, gc_paused, parse, read_text, start_of
from .rules import (
    file_rules,
    find_asset,
    is_slug,
    listed_ids,
    raw_asset_findings,
    raw_duplicate_findings,
)
from .text import FALLBACK_ORDER

CONTENT_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class _Source:
    path: Path
    shown: str
    origin: int
    """0 for the built-in content, then 1, 2, … for each extra path."""
    asset_roots: tuple[Path, ...]
    folder: str = ""
    """The extra path this file came from, as given (empty for the built-in content)."""


@dataclass(frozen=True)
class _Document:
    source: _Source
    kind: str
    data: dict[str, Any]
    """The file's plain data: the cross-file checks read ids and references from it, so that
    a file whose shape is wrong still has its well-formed ids and references checked."""
    model: BaseModel | None
    """None when the file's shape is wrong (then ``clean`` is false too)."""
    clean: bool
    """False when the file broke a rule within itself (it stays out of the library)."""


def load_content(extra_paths: Sequence[Path] = (), *, include_builtin: bool = True) -> LoadResult:
    """Load ``cards/`` (unless ``include_builtin`` is false) and each extra file or folder.

    Returns the library of everything that loaded and a problem for every error; never
    raises for anything wrong in a content file.
    """
    problems: list[Problem] = []
    sources: list[_Source] = []
    if include_builtin:
        sources += _sources(paths.cards_dir(), 0, None, problems)
    for origin, extra in enumerate(map(Path, extra_paths), start=1):
        found, why = files.kind_of(extra)
        if found in ("dir", "file"):
            sources += _sources(extra, origin, extra, problems)
        else:
            problems.append(Problem(str(extra), 1, 1, "error", why or "no such file or folder"))

    documents: list[_Document] = []
    skipped: dict[str, list[str]] = defaultdict(list)
    for source in _each_file_once(sources):
        document, file_problems, kind = _load_file(source)
        problems += file_problems
        if document is not None:
            documents.append(document)
        if kind is not None and any(problem.severity == "error" for problem in file_problems):
            skipped[kind].append(source.shown)

    readable = [
        LoadedFile(d.source.path, d.source.shown, d.kind, d.model, d.source.origin)
        for d in documents
        if d.model is not None
    ]
    with gc_paused():  # reads every id of every file; nothing here makes cycles
        documents = _check_across_files(documents, problems, skipped)
    library = _build_library(documents)
    return LoadResult(
        library=library,
        problems=sorted(problems),
        files=[source.shown for source in _each_file_once(sources)],
        loaded=[
            LoadedFile(d.source.path, d.source.shown, d.kind, d.model, d.source.origin)
            for d in documents
            if d.model is not None
        ],
        readable=readable,
    )


def _each_file_once(sources: list[_Source]) -> list[_Source]:
    """A file named twice (``validate cards/decks/x.yaml`` beside the built-in content) loads once.

    Otherwise every id in it would clash with itself.
    """
    seen: set[Path] = set()
    unique = []
    for source in sources:
        real = files.real_path(source.path)
        if real not in seen:
            seen.add(real)
            unique.append(source)
    return unique


def _sources(given: Path, origin: int, shown_base: Path | None, problems: list[Problem]) -> list[_Source]:
    """The content files of one path, sorted, each with how messages should show it.

    Sub-folders and files that cannot be read are added to ``problems`` (never skipped silently).
    """
    builtin_assets = paths.assets_dir()
    given_is_dir = files.is_dir(given)
    if given_is_dir:
        found, unreadable = files.walk(given, CONTENT_SUFFIXES)
    else:
        found, unreadable = ([given] if files.is_file(given) else []), []
    root = given if given_is_dir else given.parent
    asset_roots = (builtin_assets,) if origin == 0 else (root, root / "assets", builtin_assets)

    def shown(file: Path) -> str:
        if shown_base is None:
            return _relative_to_cwd(file)
        if given_is_dir:
            return str(shown_base / file.relative_to(given))
        return str(shown_base)

    problems += [Problem(shown(place.path), 1, 1, "error", place.reason) for place in unreadable]
    folder = "" if shown_base is None else str(shown_base)
    return [_Source(file, shown(file), origin, asset_roots, folder) for file in found]


def _relative_to_cwd(path: Path) -> str:
    try:
        return str(files.real_path(path).relative_to(files.real_path(Path.cwd())))
    except (ValueError, OSError):
        return str(path)


def _load_file(source: _Source) -> tuple[_Document | None, list[Problem], str | None]:
    """One file → its document (None unless it validated), its problems, and its kind if known."""
    shown = source.shown
    try:
        text = read_text(source.path)
        parsed = parse(text)
    except ContentReadError as error:
        return None, [Problem(shown, error.line, error.column, "error", error.message)], None
    except OSError as error:
        return None, [Problem(shown, 1, 1, "error", f"cannot read the file: {files.reason(error)}")], None

    problems = [
        Problem(
            shown,
            start_of(duplicate).line,
            start_of(duplicate).column,
            "error",
            f"the key `{duplicate.value}` appears twice in this mapping (first on line "
            f"{first.start_mark.line + 1}); keep one of them",
        )
        for duplicate, first in parsed.duplicate_keys
    ]
    data = parsed.data
    kind = str(data.get("kind")) if isinstance(data, dict) else ""
    findings = _kind_findings(data)
    model = None
    if not findings and isinstance(kind, str):  # _kind_findings checked that it is a known kind
        model_class = KINDS[kind]
        language_keys: set[object] = set()
        context = {"default_language": _default_language(data), "language_keys": language_keys}
        try:
            with gc_paused():
                model = model_class.model_validate(data, context=context)
        except ValidationError as error:
            findings, others = comma_findings(error.errors(include_url=False), parsed.root, text)
            findings += [explain(detail, kind, model_class, parsed.root) for detail in others]
            findings += raw_duplicate_findings(data)
            findings += raw_asset_findings(data, source.path.parent, list(source.asset_roots))
        else:
            with gc_paused():  # the rules allocate per scene; a full collection re-walks the whole parse
                findings = file_rules(model, source.path.parent, list(source.asset_roots), language_keys)
    with gc_paused():
        problems += to_problems(shown, parsed.root, findings)
    known_kind = kind if kind in KINDS else None
    errors = [problem for problem in problems if problem.severity == "error"]  # warnings keep a file in
    document = _Document(source, kind, data, model, clean=not errors) if known_kind else None
    return document, problems, known_kind


def _kind_findings(data: object) -> list[Finding]:
    kinds = ", ".join(KINDS)
    if not isinstance(data, dict):
        return [
            Finding(
                (),
                f"a content file is a mapping that starts with `kind:` (one of: {kinds}), "
                f"but this file is {describe(data)}",
            )
        ]
    if "kind" not in data:
        return [
            Finding((), f"the file has no `kind:`; add a first line such as `kind: deck` (one of: {kinds})")
        ]
    kind = data["kind"]
    if not isinstance(kind, str) or kind not in KINDS:
        return [Finding(("kind",), f"unknown kind `{kind}`{did_you_mean(kind, KINDS)}; use one of: {kinds}")]
    return []


def _default_language(data: dict[object, object]) -> str:
    """The file's first `languages:` entry, the language of its plain-string texts."""
    languages = data.get("languages")
    if isinstance(languages, list) and languages and isinstance(languages[0], str):
        return languages[0]
    return DEFAULT_LANGUAGE


# --- across files ---------------------------------------------------------------


def _check_across_files(
    documents: list[_Document], problems: list[Problem], skipped: dict[str, list[str]]
) -> list[_Document]:
    """Steps 2 and 3 of the module docstring; returns the documents that stay in.

    Documents that failed the rules of step 1 (``clean`` is false) are still checked, so
    that one run reports every problem, but their ids are not registered as taken.
    """
    owners: dict[tuple[str, str], str] = {}
    resources_by_origin: dict[int, str] = {}
    pending: dict[int, list[Finding]] = defaultdict(list)
    for index, document in enumerate(documents):
        findings = [
            Finding(
                loc,
                f"the {namespace} id `{item_id}` is already used in {owners[namespace, item_id]}; "
                f"ids must be unique across all files, so rename this {namespace}",
            )
            for namespace, item_id, loc in _ids(document.kind, document.data)
            if (namespace, item_id) in owners
        ]
        if document.kind == "resources" and document.source.origin in resources_by_origin:
            findings.append(
                Finding(
                    ("kind",),
                    f"{resources_by_origin[document.source.origin]} already lists help "
                    "services; keep one resources file per folder",
                )
            )
        if findings:
            pending[index] += findings
            if document.clean:
                skipped[document.kind].append(document.source.shown)
        elif document.clean:
            owners.update(
                ((namespace, item_id), document.source.shown)
                for namespace, item_id, _ in _ids(document.kind, document.data)
            )
            if document.kind == "resources":
                resources_by_origin[document.source.origin] = document.source.shown

    themes = [item_id for namespace, item_id in owners if namespace == "theme"]
    topics = _known_topics(documents, themes)
    for index, document in enumerate(documents):
        findings = _theme_reference_findings(document.kind, document.data, themes, skipped.get("themes", []))
        if document.model is not None:
            findings += _topic_findings(document.model, topics)
        if findings:
            pending[index] += findings
    for index, findings in pending.items():
        _reject(documents[index], findings, problems)
    return [document for index, document in enumerate(documents) if document.clean and index not in pending]


def _reject(document: _Document, findings: list[Finding], problems: list[Problem]) -> None:
    """Add a document's findings from the cross-file steps, located in a fresh parse of it."""
    problems += to_problems(document.source.shown, compose_file(document.source.path), findings)


def _ids(kind: str, data: dict[str, Any]) -> Iterator[tuple[str, str, Loc]]:
    """(namespace, id, where) of every well-formed id that must be unique across files."""
    if kind in {"deck", "story", "board"} and is_slug(data.get("id")):
        yield kind, data["id"], ("id",)
    for list_key, namespace in (("cards", "card"), ("themes", "theme"), ("strengths", "strength")):
        if kind != ("deck" if list_key == "cards" else list_key):
            continue
        for index, item_id in listed_ids(data, list_key):
            yield namespace, item_id, (list_key, index, "id")


def _theme_reference_findings(
    kind: str, data: dict[str, Any], themes: list[str], skipped_themes_files: list[str]
) -> list[Finding]:
    references: list[tuple[str, Loc]] = []
    if kind == "deck" and is_slug(data.get("theme")):
        references.append((data["theme"], ("theme",)))
    spaces = data.get("spaces") if kind == "board" else None
    if isinstance(spaces, list):
        references += [
            (space["theme"], ("spaces", i, "theme"))
            for i, space in enumerate(spaces)
            if isinstance(space, dict) and is_slug(space.get("theme"))
        ]
    known = ", ".join(themes) if themes else "none"
    note = (
        f" ({', '.join(skipped_themes_files)} has errors and was not loaded: fix it first)"
        if skipped_themes_files
        else ""
    )
    return [
        Finding(
            loc,
            f"unknown theme `{theme}`{did_you_mean(theme, themes)}; use the id of a theme from a "
            f"`kind: themes` file (known themes: {known}){note}",
        )
        for theme, loc in references
        if theme not in themes
    ]


def _known_topics(documents: list[_Document], themes: list[str]) -> list[str]:
    """What a help service may list in ``topics:``: the game's content notes, any other
    content note a loaded deck or story uses, and every theme id."""
    notes = dict.fromkeys(CONTENT_NOTES)
    for document in documents:
        if isinstance(document.model, Deck | Story):
            notes.update(dict.fromkeys(document.model.content_notes))
    return [*notes, *themes]


def _topic_findings(model: BaseModel, topics: list[str]) -> list[Finding]:
    if not isinstance(model, ResourcesFile):
        return []
    known = set(topics)
    return [
        Finding(
            ("resources", language, index, "topics", position),
            f"unknown topic `{topic}`{did_you_mean(topic, topics)}; a topic is a content note "
            f"or a theme id (known: {', '.join(topics)})",
        )
        for language, services in model.resources.items()
        for index, service in enumerate(services)
        for position, topic in enumerate(service.topics)
        if topic not in known
    ]


def _build_library(documents: list[_Document]) -> ContentLibrary:
    library = ContentLibrary()
    languages: list[str] = []
    for document in documents:
        model, source = document.model, document.source
        if model is None:
            continue
        folder, roots = source.path.parent, list(source.asset_roots)
        languages += [language for language in getattr(model, "languages", []) if language not in languages]
        if source.folder and isinstance(model, Deck | Story | Board):
            library.folders[f"{document.kind}:{model.id}"] = source.folder
        if isinstance(model, Deck):
            library.decks[model.id] = model
        elif isinstance(model, Story):
            library.stories[model.id] = model
            portrait = model.character.portrait and find_asset(
                model.character.portrait, "portraits", folder, roots
            )
            if portrait and image_problem(portrait) is None:
                library.portraits[model.id] = portrait
        elif isinstance(model, Board):
            library.boards[model.id] = model
        elif isinstance(model, ThemesFile):
            for theme in model.themes:
                library.themes[theme.id] = theme
                icon = theme.icon and find_asset(theme.icon, "icons", folder, roots)
                if icon and image_problem(icon) is None:
                    library.icons[theme.id] = icon
        elif isinstance(model, StrengthsFile):
            library.strengths.update((strength.id, strength) for strength in model.strengths)
        elif isinstance(model, ResourcesFile):
            library.resources = model.added_to(library.resources)
    preferred = [language for language in FALLBACK_ORDER if language in languages]
    library.languages = preferred + [language for language in languages if language not in preferred]
    return library
