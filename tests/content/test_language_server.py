"""The JSON Schema in a real yaml-language-server (the engine of VS Code's YAML extension).

Runs where Node and the server are installed (``.ci/run`` installs them into
``.ci/node``; elsewhere set ``YAML_LANGUAGE_SERVER`` to the server's executable) and is
skipped cleanly otherwise. It talks the Language Server Protocol over stdio exactly as an
editor does: a valid deck gets no diagnostics, a broken one gets them on the right lines,
hover on `level` explains it in both languages and completion after `level: ` offers 1–3.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest

from elamani_peli.content.schema import json_schema

from .helpers import VALID

ROOT = Path(__file__).resolve().parents[2]
WAIT_SECONDS = 60.0
"""How long to wait for one answer before giving up (a guard against a hang, not a timing check)."""


def _server() -> list[str] | None:
    candidates = [
        os.environ.get("YAML_LANGUAGE_SERVER"),
        str(ROOT / ".ci" / "node" / "node_modules" / ".bin" / "yaml-language-server"),
        shutil.which("yaml-language-server"),
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and shutil.which("node"):
            return [candidate, "--stdio"]
    return None


class Client:
    """Just enough of an editor: framed JSON-RPC over the server's stdin/stdout."""

    def __init__(self, command: list[str], settings: dict[str, Any]) -> None:
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.settings = settings
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = 0
            while (line := stream.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if not line:
                return
            self.messages.put(json.loads(stream.read(length)))

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def request(self, method: str, params: dict[str, Any]) -> Any:
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == self.next_id and "method" not in m).get("result")

    def wait(self, wanted) -> dict[str, Any]:
        while True:
            message = self.messages.get(timeout=WAIT_SECONDS)
            if message.get("method") == "workspace/configuration":  # the server asks for settings
                items = message["params"]["items"]
                self.send(
                    {"id": message["id"], "result": [self.settings.get(i.get("section"), {}) for i in items]}
                )
            elif "method" in message and "id" in message:  # other requests: say "nothing"
                self.send({"id": message["id"], "result": None})
            elif wanted(message):
                return message

    def diagnostics(self, uri: str) -> list[dict[str, Any]]:
        found = self.wait(
            lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
        )
        return found["params"]["diagnostics"]

    def close(self) -> None:
        try:
            self.request("shutdown", {})
            self.send({"method": "exit"})
            self.process.wait(timeout=10)
        except (queue.Empty, subprocess.TimeoutExpired, BrokenPipeError):
            self.process.kill()
            self.process.wait()


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    command = _server()
    if command is None:
        pytest.skip("yaml-language-server is not installed (.ci/run installs it where Node is present)")
    folder = tmp_path_factory.mktemp("lsp")
    schema = folder / "elamani-peli.schema.json"
    schema.write_text(json.dumps(json_schema()), encoding="utf-8")
    settings = {
        "yaml": {
            "schemas": {schema.as_uri(): "*.yaml"},
            "validate": True,
            "hover": True,
            "completion": True,
            "schemaStore": {"enable": False},
        }
    }
    editor = Client(command, settings)
    editor.request(
        "initialize",
        {"processId": os.getpid(), "rootUri": folder.as_uri(), "capabilities": {}, "workspaceFolders": None},
    )
    editor.send({"method": "initialized", "params": {}})
    editor.send({"method": "workspace/didChangeConfiguration", "params": {"settings": settings}})
    editor.folder = folder
    yield editor
    editor.close()


def _open(client: Client, name: str, text: str) -> str:
    uri = (client.folder / name).as_uri()
    document = {"uri": uri, "languageId": "yaml", "version": 1, "text": text}
    client.send({"method": "textDocument/didOpen", "params": {"textDocument": document}})
    return uri


def test_a_valid_deck_has_no_diagnostics(client):
    uri = _open(client, "deck.yaml", (VALID / "deck.yaml").read_text(encoding="utf-8"))
    assert client.diagnostics(uri) == []


def test_a_broken_deck_gets_diagnostics_on_the_right_lines(client):
    text = (VALID / "deck.yaml").read_text(encoding="utf-8").replace("level: 3", "level: 4")
    text = text.replace("    tags: [ystävyys]", "    tagz: [ystävyys]")
    uri = _open(client, "broken.yaml", text)
    lines = text.splitlines()
    diagnostics = client.diagnostics(uri)
    flagged = {lines[d["range"]["start"]["line"]].strip().split(":")[0] for d in diagnostics}
    assert flagged == {"level", "tagz"}, diagnostics


def test_hover_on_level_says_what_it_means_in_english_and_finnish(client):
    text = (VALID / "deck.yaml").read_text(encoding="utf-8")
    uri = _open(client, "hover.yaml", text)
    client.diagnostics(uri)
    line = next(number for number, content in enumerate(text.splitlines()) if "level: 1" in content)
    hover = client.request(
        "textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": line, "character": 6}}
    )
    contents = json.dumps(hover, ensure_ascii=False)
    assert "1 light, 2 middle, 3 deep" in contents and "1 kevyt, 2 keskitaso, 3 syvä" in contents


def test_completion_after_level_offers_one_to_three(client):
    text = (VALID / "deck.yaml").read_text(encoding="utf-8").replace("level: 1", "level: ", 1)
    uri = _open(client, "complete.yaml", text)
    client.diagnostics(uri)
    line = next(number for number, content in enumerate(text.splitlines()) if content.endswith("level: "))
    result = client.request(
        "textDocument/completion",
        {"textDocument": {"uri": uri}, "position": {"line": line, "character": len(text.splitlines()[line])}},
    )
    items = result["items"] if isinstance(result, dict) else result
    assert {"1", "2", "3"} <= {item["label"] for item in items}
