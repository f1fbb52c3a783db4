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


def test_a_command_without_the_database_builds_no_engine(tmp_path: Path) -> None:
    # SQLite's engine creates the database's folder, so its absence shows none was built.
    url = f"sqlite:///{tmp_path / 'db' / 'w.sqlite'}"
    out = run("export", "warc", "-o", str(tmp_path / "x.warc"), env={"WASPADA_DATABASE_URL": url})
    assert out.returncode == 2 and "--ids, --query or --flagged" in out.stderr
    assert not (tmp_path / "db").exists()


def test_one_engine_per_command_disposed_when_it_ends(
    migrated_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The composition root (cli.context) reads the settings and builds the engine once per
    invocation, on first use, and disposes it when the command ends, also when it fails."""
    from sqlalchemy import Engine
    from typer.testing import CliRunner

    import cli.context
    import store.db
    from cli.app import app
    from waspada.settings import Settings

    settings = Settings(database_url=migrated_url, _env_file=None)  # type: ignore[call-arg]
    monkeypatch.setattr(cli.context, "get_settings", lambda: settings)
    built: list[Engine] = []
    disposed: list[Engine] = []
    real_make_engine = store.db.make_engine

    def make_engine(url: str, **kwargs: object) -> Engine:
        engine = real_make_engine(url, **kwargs)
        real_dispose = engine.dispose

        def dispose(close: bool = True) -> None:
            disposed.append(engine)
            real_dispose(close)

        monkeypatch.setattr(engine, "dispose", dispose)
        built.append(engine)
        return engine

    monkeypatch.setattr(store.db, "make_engine", make_engine)
    runner = CliRunner()
    listed = runner.invoke(app, ["alerts", "list"])
    assert listed.exit_code == 0 and listed.stdout.strip() == "no alerts"
    assert len(built) == 1 and disposed == built
    retried = runner.invoke(app, ["alerts", "retry", "99"])
    assert retried.exit_code == 2
    assert len(built) == 2 and disposed == built
