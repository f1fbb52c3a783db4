"""``serve``, ``db upgrade|current`` and ``user add|deactivate|password|token new|list|revoke``."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from cli.common import fail
from cli.context import runtime

# Typed twice, never echoed, never on the command line (where the shell history would keep it).
NewPassword = Annotated[
    str,
    typer.Option(
        prompt=True, hide_input=True, confirmation_prompt=True, help="At least 10 characters."
    ),
]

db_app = typer.Typer(help="Manage the database schema.", no_args_is_help=True)
user_app = typer.Typer(help="Manage user accounts.", no_args_is_help=True)


def serve(
    ctx: typer.Context,
    host: Annotated[str | None, typer.Option(help="Bind address (default from settings).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default from settings).")] = None,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            help="Web worker processes, each with its own copy of the model (about 0.5 GB "
            "each); more than one needs Redis for the rate limits (docs/operations.md).",
        ),
    ] = 1,
) -> None:
    """Start the web service (UI, citizens' check, JSON API) and the periodic crawls."""
    import uvicorn

    from api.app import create_app
    from api.serving import server_options
    from cli.logs import configure_logging, logging_config

    rt = runtime(ctx)
    settings = rt.settings
    # JSON or plain lines with each request's id, here and (log_config) in every worker.
    configure_logging(settings, request_ids=True)
    log_config = logging_config(settings, request_ids=True)
    from cli.worker_app import refusal

    if (why := refusal(settings, workers)) is not None:
        raise fail(why)
    schedule = None
    if settings.scheduler_enabled:
        # The periodic crawls run beside the web service in the same process (`make run`).
        # With several servers on one PostgreSQL only the leader runs them (store/leader.py);
        # the others take over when it dies. WASPADA_SCHEDULER_ENABLED=false keeps a server
        # out of the running (then `waspada schedule` may run apart, competing the same way).
        from crawler.schedule import ScheduleWhileLeading

        schedule = ScheduleWhileLeading(settings, rt.sessions)
        schedule.start()
    # Alert delivery beside the web service in every server: claims are safe across
    # processes (FOR UPDATE SKIP LOCKED), so several workers share the outbox.
    if settings.alerts_worker_enabled:
        from alerts.delivery import start_worker_thread

        start_worker_thread(rt.sessions, settings)
    try:
        if workers > 1:
            # Each worker imports the app (cli/worker_app.py) and loads its own model; the
            # schedule and the alert worker above run once, in this process.
            uvicorn.run(
                "cli.worker_app:create", factory=True, workers=workers,
                host=host or settings.host, port=port or settings.port,
                log_level=settings.log_level.lower(), log_config=log_config,
                **server_options(settings),
            )  # fmt: skip
            return
        app = create_app(settings)
        if schedule is not None:
            app.state.waspada.leader = lambda: schedule.is_leader  # on /readyz
        uvicorn.run(
            app,
            host=host or settings.host,
            port=port or settings.port,
            log_level=settings.log_level.lower(),
            log_config=log_config,
            **server_options(settings),  # proxies believed, no access log with addresses
        )
    finally:
        if schedule is not None:
            schedule.close()  # stops the scheduler and frees the lock for another server


@db_app.command("upgrade")
def db_upgrade(
    ctx: typer.Context,
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Migrate the configured database (SQLite or PostgreSQL) to the latest schema."""
    from sqlalchemy.exc import SQLAlchemyError

    from store.migrate import current, upgrade

    url = runtime(ctx).settings.database_url
    try:
        upgrade(url, revision)
        typer.echo(f"database at revision {current(url)}")
    except SQLAlchemyError as exc:
        raise fail(f"could not migrate {url}: {exc}") from exc


@db_app.command("current")
def db_current(ctx: typer.Context) -> None:
    """Print the schema revision of the configured database and whether it is the latest."""
    from store.migrate import current, head

    rev = current(runtime(ctx).settings.database_url)
    latest = head()
    state = "up to date" if rev == latest else f"behind (latest is {latest})"
    typer.echo(f"{rev or 'empty'} ({state})")


@user_app.command("add")
def user_add(
    ctx: typer.Context,
    username: Annotated[str, typer.Argument(help="Login name (a-z, 0-9, . _ -).")],
    role: Annotated[str, typer.Option(help="admin, investigator or viewer.")] = "investigator",
    full_name: Annotated[str, typer.Option(help="Name shown in the audit trail.")] = "",
    password: NewPassword = "",
) -> None:
    """Create a user account with a role."""
    from store.errors import StoreError
    from store.services.users import add_user

    try:
        user = add_user(
            runtime(ctx).sessions,
            username=username,
            password=password,
            role=role,
            full_name=full_name,
        )
    except StoreError as exc:
        raise fail(str(exc)) from exc
    typer.echo(f"created {user.role.value} {user.username!r} (id {user.id})")


class _TokenCommands(TyperGroup):
    """``waspada user token NAME`` (the form before ``new``/``list``/``revoke`` existed) still
    creates a token: a first word that is no sub-command is read as ``new NAME``."""

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args.insert(0, "new")
        return super().resolve_command(ctx, args)


token_app = typer.Typer(
    cls=_TokenCommands, help="Bearer tokens for the JSON API.", no_args_is_help=True
)


@token_app.command("new")
def token_new(
    ctx: typer.Context,
    username: Annotated[str, typer.Argument(help="Whose token.")],
    name: Annotated[str, typer.Option(help="What the token is for.")] = "",
) -> None:
    """Create a bearer token for the JSON API and print it once."""
    from store.errors import StoreError
    from store.services.tokens import create_token

    try:
        token = create_token(runtime(ctx).sessions, username, name)
    except StoreError as exc:
        raise fail(str(exc)) from exc
    typer.echo(token)


@token_app.command("list")
def token_list(
    ctx: typer.Context, username: Annotated[str, typer.Argument(help="Whose tokens.")]
) -> None:
    """List a user's tokens (id, name, created, last used, revoked); never the tokens."""
    from store.errors import StoreError
    from store.services.tokens import list_tokens

    try:
        with runtime(ctx).sessions() as session:
            rows = list_tokens(session, username)
    except StoreError as exc:
        raise fail(str(exc)) from exc
    for row in rows:
        state = f"revoked {row.revoked_at:%Y-%m-%d %H:%M}" if row.revoked_at else "active"
        used = f"{row.last_used_at:%Y-%m-%d %H:%M}" if row.last_used_at else "never"
        typer.echo(f"{row.id}\t{row.name or '-'}\tcreated {row.created_at:%Y-%m-%d}\t"
                   f"last used {used}\t{state}")  # fmt: skip


@token_app.command("revoke")
def token_revoke(
    ctx: typer.Context, token_id: Annotated[int, typer.Argument(help="The token's id (list).")]
) -> None:
    """Revoke one token: requests with it are refused from now on."""
    from store.errors import StoreError
    from store.services.tokens import revoke_token

    try:
        revoke_token(runtime(ctx).sessions, token_id, "cli")
    except StoreError as exc:
        raise fail(str(exc)) from exc
    typer.echo(f"revoked token {token_id}")


@user_app.command("deactivate")
def user_deactivate(
    ctx: typer.Context, username: Annotated[str, typer.Argument(help="Whose account.")]
) -> None:
    """Deactivate an account: it cannot sign in, and every session and token of it ends."""
    from store.errors import StoreError
    from store.services.users import deactivate_user

    try:
        revoked = deactivate_user(runtime(ctx).sessions, username, "cli")
    except StoreError as exc:
        raise fail(str(exc)) from exc
    typer.echo(f"deactivated {username.strip().lower()!r}; {revoked} token(s) revoked")


@user_app.command("password")
def user_password(
    ctx: typer.Context,
    username: Annotated[str, typer.Argument(help="Whose account.")],
    password: NewPassword = "",
) -> None:
    """Set a new password; every session and token of the user ends."""
    from store.errors import StoreError
    from store.services.users import set_password

    try:
        set_password(runtime(ctx).sessions, username, password, "cli")
    except StoreError as exc:
        raise fail(str(exc)) from exc
    typer.echo(f"new password set for {username.strip().lower()!r}; sessions and tokens ended")


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.add_typer(db_app, name="db")
    app.add_typer(user_app, name="user")
    user_app.add_typer(token_app, name="token")
