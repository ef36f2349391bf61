"""One way to run analyses, shared by the lawyers' batch and the regulator intake: hand over tasks, get
results back as they finish.

`LocalExecutor` (the default) runs them one after another in a thread of this process, on one Analyzer
loaded once; with `lookahead` it takes that many more tasks and a second thread probes, hashes and decodes
them while the current one is transcribed (memory stays bounded: at most `lookahead` decoded recordings
wait). `RayExecutor` hands them to a pool of Ray actors, each holding its own loaded Analyzer: one actor per
GPU where the cluster has GPUs (float16), else one per `CPUS_PER_ACTOR` cores, unless told how many. Either
way the caller receives every result and writes its own state (a database, a log), so that state stays the
source of truth; the reports are written by `Analyzer.write` into the out folder, which Ray workers on
other machines must share (a network folder).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from callguard import Analyzer, Options
from callguard.errors import CallguardError, InputError
from callguard.ingest.messages import is_messages
from callguard.pipeline import Prepared, prepare

EXECUTORS = ("local", "ray")
CPUS_PER_ACTOR = 4  # faster-whisper on CPU gains little from more threads than this per model


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


def analyse(analyzer: Analyzer, task: Task, prepared: Prepared | None = None) -> Result:
    try:
        if is_messages(task.path):
            return Result(task.key, analyzer.analyze_messages(task.path, name=task.name, **task.per_call))
        return Result(task.key, analyzer.analyze(task.path, name=task.name, prepared=prepared, **task.per_call))
    except Exception as e:  # noqa: BLE001 - one broken recording must not stop the others
        return failed(task, e)


def failed(task: Task, e: BaseException) -> Result:
    if isinstance(e, CallguardError):
        return Result(task.key, None, str(e), e.exit_code)
    return Result(task.key, None, f"internal error: {type(e).__name__}: {e}", 1)


def prepared_or_error(task: Task, listening: bool = True) -> Prepared | BaseException | None:
    """The ingest stage of an audio task, or why it failed; None for a message file (nothing to decode)."""
    if is_messages(task.path):
        return None
    try:
        return prepare(task.path, listening)
    except Exception as e:  # noqa: BLE001 - the task's failure, reported when its turn comes
        return e


class LocalExecutor:
    """One Analyzer in a background thread of this process, loaded on the first task that decoded; with
    `lookahead` > 0 another thread decodes the next tasks meanwhile."""

    def __init__(self, options: Options, lookahead: int = 0, announce: Callable[[str], None] | None = None):
        self.options, self.announce = options, announce
        self.slots = 1 + lookahead
        self.analyzer: Analyzer | None = None
        self.tasks: queue.Queue[Task | None] = queue.Queue()
        self.ready: queue.Queue = queue.Queue()  # (task, prepared or error), in the order submitted
        self.results: queue.Queue[Result] = queue.Queue()
        self.threads = [threading.Thread(target=self._decode, name="callguard-decode", daemon=True),
                        threading.Thread(target=self._run, name="callguard-analyse", daemon=True)]
        for thread in self.threads:
            thread.start()

    def _decode(self) -> None:
        while (task := self.tasks.get()) is not None:
            self.ready.put((task, prepared_or_error(task, "html" in self.options.formats)))
        self.ready.put(None)

    def _run(self) -> None:
        while (item := self.ready.get()) is not None:
            task, prepared = item
            if isinstance(prepared, BaseException):
                self.results.put(failed(task, prepared))
                continue
            try:
                if self.analyzer is None:
                    if self.announce:
                        self.announce("callguard: loading the speech model…")
                    self.analyzer = Analyzer(self.options)
            except Exception as e:  # noqa: BLE001 - reported as the task's failure
                self.results.put(Result(task.key, None, f"cannot load the analyser: {e}", 1))
                continue
            self.results.put(analyse(self.analyzer, task, prepared))

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
        for thread in self.threads:
            thread.join(timeout=600)


class RayExecutor:
    """A pool of Ray actors, each with its own loaded Analyzer; `address` None starts a local Ray.
    `actors` None: one per GPU of the cluster, each on its GPU, or else one per `cpus_per_actor` cores."""

    def __init__(self, options: Options, actors: int | None = None, address: str | None = None,
                 cpus_per_actor: float | None = None, num_cpus: int | None = None):
        try:
            import ray
        except ImportError:
            raise CallguardError("--executor ray needs Ray: pip install 'callguard[ray]'") from None
        self.ray = ray
        if not ray.is_initialized():
            ray.init(address=address, num_cpus=None if address else num_cpus, include_dashboard=False,
                     log_to_driver=False, configure_logging=False)
        count, resources = actor_plan(ray.cluster_resources(), options.device, actors, cpus_per_actor)
        if resources.get("num_gpus"):
            options = replace(options, device="cuda")  # faster-whisper takes float16 on CUDA
        actor_class = ray.remote(**resources)(AnalyzerActor)
        self.idle = [actor_class.remote(options) for _ in range(count)]
        self.slots = count
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


def check_executor(kind: str) -> None:
    """--executor, checked before anything loads."""
    if kind not in EXECUTORS:
        raise InputError(f"--executor must be local or ray, not {kind!r}")
    if kind == "ray":
        try:
            import ray  # noqa: F401
        except ImportError:
            raise InputError("--executor ray needs Ray: pip install 'callguard[ray]'") from None


def actor_plan(cluster: dict, device: str, actors: int | None, cpus_per_actor: float | None) -> tuple[int, dict]:
    """How many actors and what each asks Ray for, from the cluster's resources: a GPU each where there are
    GPUs (unless --device cpu), else `cpus_per_actor` cores each (default CPUS_PER_ACTOR, or fewer where
    the cluster, shared among the actors asked for, has fewer)."""
    gpus, cpus = int(cluster.get("GPU", 0)), float(cluster.get("CPU", 1))
    if gpus and device != "cpu":
        return actors or gpus, {"num_gpus": 1, "num_cpus": cpus_per_actor or 1}
    if actors:
        return actors, {"num_cpus": cpus_per_actor or min(CPUS_PER_ACTOR, max(cpus // actors, 1))}
    per_actor = cpus_per_actor or min(CPUS_PER_ACTOR, max(cpus, 1))
    return max(1, int(cpus // per_actor)), {"num_cpus": per_actor}


def make_executor(kind: str, options: Options, address: str | None = None, actors: int | None = 1,
                  lookahead: int = 0, announce: Callable[[str], None] | None = None) -> Executor:
    if kind == "local":
        return LocalExecutor(options, lookahead, announce)
    if kind == "ray":
        return RayExecutor(options, actors=actors, address=address)
    raise CallguardError(f"--executor must be local or ray, not {kind!r}")
