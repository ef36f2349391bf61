"""One way to run analyses, shared by the lawyers' batch and the regulator intake: hand over tasks, get
results back as they finish.

`LocalExecutor` (the default) runs them one after another in a thread of this process, on one Analyzer
loaded once. `RayExecutor` hands them to a pool of Ray actors, each holding its own loaded Analyzer. Either
way the caller receives every result and writes its own state (a database, a log), so that state stays the
source of truth; the reports are written by `Analyzer.write` into the out folder, which Ray workers on
other machines must share (a network folder).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from callguard import Analyzer, Options
from callguard.errors import CallguardError


@dataclass(frozen=True)
class Task:
    key: str  # the caller's id for this analysis (a job id, a batch row)
    path: Path
    name: str  # the report's file stem in the out folder
    per_call: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Result:
    key: str
    report: Path | None  # NAME.json, or None when the analysis failed
    error: str = ""
    exit_code: int = 0


class Executor(Protocol):
    slots: int  # how many tasks it runs at once

    def submit(self, task: Task) -> None: ...

    def finished(self, timeout: float) -> list[Result]: ...

    def close(self) -> None: ...


def run_all(executor: Executor, tasks: Iterable[Task], poll_s: float = 0.5) -> Iterator[Result]:
    """Every task's result, in the order they finish; at most `executor.slots` tasks in flight."""
    pending, in_flight = iter(tasks), 0
    while True:
        while in_flight < executor.slots and (task := next(pending, None)) is not None:
            executor.submit(task)
            in_flight += 1
        if not in_flight:
            return
        for result in executor.finished(poll_s):
            in_flight -= 1
            yield result


def analyse(analyzer: Analyzer, task: Task) -> Result:
    try:
        return Result(task.key, analyzer.analyze(task.path, name=task.name, **task.per_call))
    except CallguardError as e:
        return Result(task.key, None, str(e), e.exit_code)
    except Exception as e:  # noqa: BLE001 - one broken recording must not stop the others
        return Result(task.key, None, f"internal error: {type(e).__name__}: {e}", 1)


class LocalExecutor:
    """One Analyzer in a background thread of this process, loaded on the first task."""

    slots = 1

    def __init__(self, options: Options):
        self.options = options
        self.analyzer: Analyzer | None = None
        self.tasks: queue.Queue[Task | None] = queue.Queue()
        self.results: queue.Queue[Result] = queue.Queue()
        self.thread = threading.Thread(target=self._run, name="callguard-analyse", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (task := self.tasks.get()) is not None:
            try:
                if self.analyzer is None:
                    self.analyzer = Analyzer(self.options)
            except Exception as e:  # noqa: BLE001 - reported as the task's failure
                self.results.put(Result(task.key, None, f"cannot load the analyser: {e}", 1))
                continue
            self.results.put(analyse(self.analyzer, task))

    def submit(self, task: Task) -> None:
        self.tasks.put(task)

    def finished(self, timeout: float) -> list[Result]:
        try:
            out = [self.results.get(timeout=timeout)]
        except queue.Empty:
            return []
        while not self.results.empty():
            out.append(self.results.get_nowait())
        return out

    def close(self) -> None:
        self.tasks.put(None)
        self.thread.join(timeout=600)


class RayExecutor:
    """A pool of Ray actors, each with its own loaded Analyzer; `address` None starts a local Ray."""

    def __init__(self, options: Options, actors: int = 1, address: str | None = None,
                 cpus_per_actor: float = 1, num_cpus: int | None = None):
        try:
            import ray
        except ImportError:
            raise CallguardError("--executor ray needs Ray: pip install 'callguard[ray]'") from None
        self.ray = ray
        if not ray.is_initialized():
            ray.init(address=address, num_cpus=None if address else num_cpus, include_dashboard=False,
                     log_to_driver=False, configure_logging=False)
        actor_class = ray.remote(num_cpus=cpus_per_actor)(AnalyzerActor)
        self.idle = [actor_class.remote(options) for _ in range(actors)]
        self.slots = actors
        self.running: dict = {}  # ray object ref -> (actor, task)

    def submit(self, task: Task) -> None:
        actor = self.idle.pop()
        self.running[actor.analyse.remote(task)] = (actor, task)

    def finished(self, timeout: float) -> list[Result]:
        if not self.running:
            return []
        done, _ = self.ray.wait(list(self.running), num_returns=len(self.running), timeout=timeout)
        out = []
        for ref in done:
            actor, task = self.running.pop(ref)
            self.idle.append(actor)
            try:
                out.append(self.ray.get(ref))
            except Exception as e:  # noqa: BLE001 - a dead actor fails its task, not the caller
                out.append(Result(task.key, None, f"the Ray worker failed: {type(e).__name__}: {e}", 1))
        return out

    def close(self) -> None:
        for actor in self.idle + [a for a, _ in self.running.values()]:
            self.ray.kill(actor)


class AnalyzerActor:
    def __init__(self, options: Options):
        self.analyzer = Analyzer(options)

    def analyse(self, task: Task) -> Result:
        return analyse(self.analyzer, task)


def make_executor(kind: str, options: Options, address: str | None = None, actors: int = 1) -> Executor:
    if kind == "local":
        return LocalExecutor(options)
    if kind == "ray":
        return RayExecutor(options, actors=actors, address=address)
    raise CallguardError(f"--executor must be local or ray, not {kind!r}")
