"""Progress through a batch on stderr: on a terminal a rich bar (recordings settled of all, the rate of
analyses, time left), else one plain line per recording with the same figures. Recordings found already
done or duplicate count as settled but not in the rate, so a resumed batch does not promise too much."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from callguard.casework.batch import Job, Tell


@dataclass
class Meter:
    total: int
    started: float = field(default_factory=time.monotonic)
    settled: int = 0
    analysed: int = 0  # settled by an analysis: what the rate is made of

    def add(self, event: str) -> None:
        self.settled += 1
        self.analysed += event == "analysed"

    def per_minute(self, now: float | None = None) -> float | None:
        elapsed = (now or time.monotonic()) - self.started
        return self.analysed / elapsed * 60 if self.analysed and elapsed > 0 else None

    def seconds_left(self, now: float | None = None) -> float | None:
        rate = self.per_minute(now)
        return (self.total - self.settled) / rate * 60 if rate else None

    def figures(self) -> str:
        rate, left = self.per_minute(), self.seconds_left()
        text = f"{self.settled}/{self.total}"
        if rate:
            text += f", {rate:.1f} recordings/min, about {duration(left or 0)} left"
        return text


def duration(seconds: float) -> str:
    minutes, secs = divmod(int(round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min {secs} s" if minutes else f"{secs} s"


def line(job: Job, event: str, detail: str) -> str:
    if event == "failed":
        return f"callguard: error: {detail if detail.startswith(job.where) else f'{job.where}: {detail}'}"
    return f"{job.where}: {event}" + (f" ({detail})" if detail else "")


@contextmanager
def batch_progress(total: int, say: Callable[[str], None]) -> Iterator[Tell]:
    meter = Meter(total)
    if not sys.stderr.isatty():
        def plain(job: Job, event: str, detail: str) -> None:
            meter.add(event)
            say(f"[{meter.figures()}] {line(job, event, detail)}")
        yield plain
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    bar = Progress(TextColumn("recordings"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                   console=Console(stderr=True), transient=True)
    task = bar.add_task("batch", total=total, rate="")

    def drawn(job: Job, event: str, detail: str) -> None:
        meter.add(event)
        bar.console.print(line(job, event, detail), markup=False, highlight=False, soft_wrap=True)
        rate, left = meter.per_minute(), meter.seconds_left()
        bar.update(task, completed=meter.settled, refresh=True,
                   rate=f"{rate:.1f}/min, {duration(left or 0)} left" if rate else "")
    with bar:
        yield drawn
