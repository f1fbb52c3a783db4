"""Progress of the long commands (``train``, ``crawl``, ``report``, ``export warc``,
``classify`` over a file), always on stderr so that stdout stays the command's output (JSON,
JSONL, paths).

On a terminal: a bar (rich's, with the count, rate and time left). Not on a terminal (cron, a
systemd unit, a CI log, ``2> file``): a log line every ``WASPADA_PROGRESS_INTERVAL_S`` seconds
and one at the end, through the configured logging, so they are JSON lines when the logs are
(``WASPADA_LOG_FORMAT=json``); a bar's carriage returns would be one endless line in a file.

Why rich rather than tqdm: typer already depends on it (its help and errors use it), it writes
to a console we choose (stderr), and it knows whether that console is a terminal; tqdm would
be one more way of drawing, with the same non-terminal problem to solve here anyway.

The work itself (the classifier's training, the crawl, the WARC writer) knows nothing of this:
it takes a plain callback, and :class:`Progress` is what the command hands it.
"""

from __future__ import annotations

import logging
import sys
import time
from types import TracebackType
from typing import IO, Any

log = logging.getLogger("waspada.progress")


class Progress:
    """``with Progress("classify", total=n, unit="adverts") as p: p.advance(32)``."""

    def __init__(
        self,
        what: str,
        total: int | None = None,
        *,
        unit: str = "",
        interval_s: float = 10.0,
        stream: IO[str] | None = None,
        bar: bool = True,
    ) -> None:
        """``bar=False``: lines even on a terminal (a child whose stderr is its parent's)."""
        self.what = what
        self.bar = bar
        self.total = total
        self.unit = unit
        self.interval_s = interval_s
        self.done = 0
        self.note = ""
        self.stream = stream if stream is not None else sys.stderr
        self.started = time.monotonic()
        self._last_line = self.started
        self._bar: Any = None
        self._task: Any = None

    @property
    def on_terminal(self) -> bool:
        isatty = getattr(self.stream, "isatty", None)
        return bool(isatty and isatty())

    def __enter__(self) -> Progress:
        if self.bar and self.on_terminal:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as Bar

            self._bar = Bar(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn(self.unit),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                TextColumn("{task.fields[note]}"),
                console=Console(file=self.stream),
                transient=False,
            )
            self._task = self._bar.add_task(self.what, total=self.total, note="")
            self._bar.start()
        return self

    def advance(self, n: int = 1, note: str | None = None) -> None:
        self.update(self.done + n, note=note)

    def update(self, done: int, total: int | None = None, note: str | None = None) -> None:
        """``done`` so far (of ``total``, when it became known); ``note`` says more."""
        self.done = done
        if total is not None:
            self.total = total
        if note is not None:
            self.note = note
        if self._bar is not None:
            self._bar.update(self._task, completed=done, total=self.total, note=self.note)
            return
        now = time.monotonic()
        if now - self._last_line >= self.interval_s:
            self._last_line = now
            log.info("%s", self.line(now))

    def callback(self, done: int, total: int | None = None) -> None:
        """For work that reports ``(done, total)``: the training's steps, the WARC records."""
        self.update(done, total)

    def line(self, now: float | None = None) -> str:
        seconds = (now or time.monotonic()) - self.started
        unit = f" {self.unit}" if self.unit else ""
        if self.total:
            text = f"{self.what}: {self.done:,} of {self.total:,}{unit}"
            text += f" ({100 * self.done / self.total:.0f}%), {seconds:.0f} s"
            if 0 < self.done < self.total:
                text += f", about {seconds * (self.total - self.done) / self.done:.0f} s left"
        else:
            text = f"{self.what}: {self.done:,}{unit}, {seconds:.0f} s"
            if seconds >= 1:
                text += f" ({self.done / seconds:.1f}/s)"
        return text + (f"; {self.note}" if self.note else "")

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
            return
        ending = "done" if exc_type is None else "stopped"
        log.info("%s (%s)", self.line(), ending)


def progress(
    settings: Any, what: str, total: int | None = None, *, unit: str = "", bar: bool = True
) -> Progress:
    """A :class:`Progress` with the operator's interval (``settings``: the command's)."""
    return Progress(what, total, unit=unit, interval_s=settings.progress_interval_s, bar=bar)
