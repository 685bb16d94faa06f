"""The game's flow table, scene discovery and the import graph (issue 16).

Every engine phase has exactly one scene and a demo caption; scene modules are listed
explicitly and a broken one stops the start; nothing imports in a circle at run time.
"""

from __future__ import annotations

import ast
import pkgutil
import types
from pathlib import Path

import pytest

import elamani_peli
from elamani_peli.ui import game_flow, registry, scenes
from elamani_peli.ui.demo_captions import _templates
from elamani_peli.ui.demo_script import SECONDS, SITUATIONS
from elamani_peli.ui.game_scene import GameScene
from elamani_peli.ui.registry import SceneRegistry
from elamani_peli.ui.samples import SAMPLES
from elamani_peli.ui.scenes.board import BoardScene
from elamani_peli.ui.scenes.summary import SummaryScene

PACKAGE = Path(elamani_peli.__file__).parent


def test_every_engine_phase_has_one_scene():
    table = game_flow.phase_table()
    assert set(table) == set(game_flow.PHASES)
    assert all(issubclass(scene, GameScene) for scene in table.values())
    assert table[game_flow.HUB_PHASE] is BoardScene and BoardScene.hub
    assert table[game_flow.END_PHASE] is SummaryScene
    assert [scene for scene in table.values() if scene.hub] == [BoardScene]


def test_every_engine_phase_has_a_demo_caption_and_time():
    assert set(SITUATIONS) == set(game_flow.PHASES)
    templates = _templates(str)
    for phase, kind in SITUATIONS.items():
        assert kind in templates, (phase, kind)
        assert kind in SECONDS, (phase, kind)


def test_a_phase_without_a_scene_or_with_two_is_an_error():
    with pytest.raises(game_flow.FlowError):
        game_flow.scene_for("no-such-phase")

    with pytest.raises(game_flow.FlowError, match="shown by both"):

        class SecondCard(GameScene):  # a second scene for "card" is refused as it is created
            phases = ("card",)

    with pytest.raises(game_flow.FlowError, match="not an engine phase"):

        class Typo(GameScene):
            phases = ("crad",)

    assert game_flow.scene_for("card").__name__ == "CardScene"


def test_every_scene_module_is_listed_explicitly():
    """A module in ui/scenes with a register() that the list leaves out would never register."""
    listed = {module.__name__ for module in (*scenes.SCENE_MODULES, *scenes.PHASE_SCENE_MODULES)}
    for info in pkgutil.iter_modules(scenes.__path__, scenes.__name__ + "."):
        source = (PACKAGE / "ui" / "scenes" / f"{info.name.rsplit('.', 1)[1]}.py").read_text("utf-8")
        declares = "def register(" in source or "phases = (" in source
        assert (info.name in listed) == declares, info.name
    assert all(hasattr(module, "register") for module in scenes.SCENE_MODULES)


def test_a_broken_scene_module_stops_discovery(monkeypatch):
    def register(reg: SceneRegistry) -> None:
        raise RuntimeError("half-finished scene")

    broken = types.ModuleType("elamani_peli.ui.scenes.broken")
    broken.register = register  # type: ignore[attr-defined]
    monkeypatch.setattr(registry, "SCENE_MODULES", (*scenes.SCENE_MODULES, broken))
    with pytest.raises(RuntimeError, match="half-finished"):
        SceneRegistry().discover()


def test_every_sample_belongs_to_a_registered_scene_and_discovery_runs_once():
    found = SceneRegistry().discover()
    assert set(SAMPLES) <= set(found.names())
    assert all(found.get(name).sample is SAMPLES[name] for name in SAMPLES)
    assert found.discover() is found and found.names() == SceneRegistry().discover().names()


# -- the import graph ---------------------------------------------------------------------------
def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_imports(path: Path, modules: set[str]) -> set[str]:
    """Modules of the package that ``path`` imports when run: at module level and inside
    functions alike (an import hidden in a function is still a cycle), never under TYPE_CHECKING."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names if alias.name in modules)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")[: len(package.split(".")) - (child.level - 1)]
                    base = ".".join([*anchor, base] if base else anchor)
                for alias in child.names:
                    full = f"{base}.{alias.name}"
                    found.add(full if full in modules else base)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return {module for module in found if module in modules and module != name}


def _graph() -> dict[str, set[str]]:
    paths = [p for p in PACKAGE.rglob("*.py") if "_data" not in p.parts]
    modules = {_module_name(p) for p in paths}
    return {_module_name(p): _runtime_imports(p, modules) for p in paths}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for other in sorted(graph.get(node, ())):
            if state.get(other) == 1:
                return [*stack[stack.index(other) :], other]
            if other not in state:
                found = walk(other)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = walk(node)
            if found:
                return found
    return None


def test_no_module_imports_in_a_circle_at_run_time():
    graph = _graph()
    assert _cycle(graph) is None, " → ".join(_cycle(graph) or [])


LAYERS = {"content": 0, "engine": 1, "vocabulary": 2, "export": 3, "speech": 3, "ui": 4, "cli": 5}


def test_no_layer_imports_a_layer_above_it():
    for module, imports in _graph().items():
        parts = module.split(".")
        layer = LAYERS.get(parts[1]) if len(parts) > 1 else None
        if layer is None:
            continue
        for other in imports:
            other_parts = other.split(".")
            other_layer = LAYERS.get(other_parts[1]) if len(other_parts) > 1 else None
            assert other_layer is None or other_layer <= layer, f"{module} imports {other}"
