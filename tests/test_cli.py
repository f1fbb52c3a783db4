"""The ``waspada`` console script, run as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import free_port

WASPADA = str(Path(sys.executable).with_name("waspada"))


def run(*args: str, env: dict[str, str] | None = None, input: str | None = None):  # type: ignore[no-untyped-def]
    return subprocess.run(
        [WASPADA, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        input=input,
        timeout=120,
    )


def command_paths() -> list[list[str]]:
    """Every command and subcommand, found from the Typer app itself."""
    import typer.main

    from cli.app import app

    group = typer.main.get_command(app)
    paths: list[list[str]] = []

    def walk(cmd, prefix):  # type: ignore[no-untyped-def]
        for name, sub in getattr(cmd, "commands", {}).items():
            paths.append([*prefix, name])
            walk(sub, [*prefix, name])

    walk(group, [])
    return paths


def test_top_level_help_lists_commands() -> None:
    out = run("--help")
    assert out.returncode == 0
    for name in ("serve", "db", "user"):
        assert name in out.stdout


@pytest.mark.parametrize("path", command_paths(), ids=lambda p: " ".join(p))
def test_every_command_has_one_line_help(path: list[str]) -> None:
    import typer.main

    from cli.app import app

    cmd = typer.main.get_command(app)
    for name in path:
        cmd = cmd.commands[name]  # type: ignore[attr-defined]
    assert cmd.help and cmd.help.strip(), f"`waspada {' '.join(path)}` has no help text"
    out = run(*path, "--help")
    assert out.returncode == 0, out.stderr


def test_db_upgrade_current_and_user_add(db_url: str) -> None:
    env = {"WASPADA_DATABASE_URL": db_url}
    before = run("db", "current", env=env)
    assert before.returncode == 0 and before.stdout.startswith("empty")
    up = run("db", "upgrade", env=env)
    assert up.returncode == 0, up.stderr
    cur = run("db", "current", env=env)
    assert "up to date" in cur.stdout
    made = run("user", "add", "rina", "--role", "admin", "--password", "sangat-rahasia-1", env=env)
    assert made.returncode == 0, made.stderr
    assert "created admin 'rina'" in made.stdout
    again = run("user", "add", "rina", "--password", "sangat-rahasia-2", env=env)
    assert again.returncode == 2 and "already exists" in again.stderr
    weak = run("user", "add", "tono", "--password", "123", env=env)
    assert weak.returncode == 2 and "at least 10" in weak.stderr


def test_user_add_prompts_for_password(migrated_url: str) -> None:
    out = run(
        "user",
        "add",
        "wati",
        "--role",
        "viewer",
        env={"WASPADA_DATABASE_URL": migrated_url},
        input="sangat-rahasia-3\nsangat-rahasia-3\n",
    )
    assert out.returncode == 0, out.stderr
    assert "sangat-rahasia-3" not in out.stdout


def test_serve_answers_readyz(migrated_url: str) -> None:
    port = free_port()
    env = {"WASPADA_DATABASE_URL": migrated_url, "WASPADA_SCHEDULER_ENABLED": "false"}
    proc = subprocess.Popen(
        [WASPADA, "serve", "--port", str(port)],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.2)
        assert health.json() == {"status": "ok"}
        ready = httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=5).json()
        assert ready["database"] == "ok"
    finally:
        proc.terminate()
        proc.wait(timeout=20)
