"""One way to run analyses, shared by the lawyers' batch and the regulator intake: hand over tasks, get
results back as they finish.

`LocalExecutor` (the default) runs them in threads of this process, each with its own Analyzer loaded once
(`workers` of them, the CPU's threads shared among them: on CPU two models of one thread each transcribe
more per minute than one of two threads, scripts/bench_batch.py); with `lookahead` it takes that many more
tasks and another thread probes, hashes and decodes them meanwhile (memory stays bounded: at most
`lookahead` decoded recordings wait). `RayExecutor` hands them to a pool of Ray actors, each holding its
own loaded Analyzer: one actor per GPU where the cluster has GPUs (float16), else one per `CPUS_PER_ACTOR`
cores, unless told how many. Either
way the caller receives every result and writes its own state (a database, a log), so that state stays the
source of truth; the reports are written by `Analyzer.write` into the out folder, which Ray workers on
other machines must share (a network folder).
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from callguard import Analyzer, Options
from callguard.asr import resolve_device
from callguard.errors import CallguardError, InputError
from callguard.ingest.messages import is_messages
from callguard.pipeline import Prepared, prepare

EXECUTORS = ("local", "ray")
CPUS_PER_ACTOR = 4  # faster-whisper on CPU gains little from more threads than this per model
MAX_LOCAL_WORKERS = 4  # each holds a model and a decoded call: memory grows with them


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


def local_workers(device: str, cpus: int | None = None) -> int:
    """Analysers a local batch runs at once: one on a GPU; on CPU one per core up to two cores, else one
    per two cores (at most MAX_LOCAL_WORKERS)."""
    cpus = cpus or os.cpu_count() or 1
    if device == "cuda":
        return 1
    return cpus if cpus <= 2 else max(1, min(MAX_LOCAL_WORKERS, cpus // 2))


class LocalExecutor:
    """`workers` Analyzers, each in a background thread of this process, loaded on the first task that
    decoded and sharing the CPU's threads; with `lookahead` > 0 another thread decodes the next tasks
    meanwhile."""

    def __init__(self, options: Options, lookahead: int = 0, announce: Callable[[str], None] | None = None,
                 workers: int = 1):
        self.options, self.announce = options, announce
        self.slots = workers + lookahead
        self.threads_each = max(1, (os.cpu_count() or 1) // workers) if workers > 1 else None
        self.tasks: queue.Queue[Task | None] = queue.Queue()
        self.ready: queue.Queue = queue.Queue()  # (task, prepared or error), in the order submitted
        self.results: queue.Queue[Result] = queue.Queue()
        self.loading = threading.Lock()  # one model loads at a time, and only the first is announced
        self.workers = workers
        self.threads = [threading.Thread(target=self._decode, name="callguard-decode", daemon=True)]
        self.threads += [threading.Thread(target=self._run, name=f"callguard-analyse-{k}", daemon=True)
                         for k in range(workers)]
        for thread in self.threads:
            thread.start()

    def _decode(self) -> None:
        while (task := self.tasks.get()) is not None:
            self.ready.put((task, prepared_or_error(task, self.options.listening)))
        for _ in range(self.workers):
            self.ready.put(None)

    def _run(self) -> None:
        analyzer = None
        while (item := self.ready.get()) is not None:
            task, prepared = item
            if isinstance(prepared, BaseException):
                self.results.put(failed(task, prepared))
                continue
            try:
                analyzer = analyzer or self._load()
            except Exception as e:  # noqa: BLE001 - reported as the task's failure
                self.results.put(Result(task.key, None, f"cannot load the analyser: {e}", 1))
                continue
            self.results.put(analyse(analyzer, task, prepared))

    def _load(self) -> Analyzer:
        with self.loading:
            if self.announce:
                self.announce("callguard: loading the speech model…")
                self.announce = None
            return Analyzer(self.options, threads=self.threads_each)

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
    """`actors`: analysers at once, each with its own model (local: threads, default `local_workers`;
    ray: actors, default from the cluster)."""
    if kind == "local":
        device = resolve_device(options.device, options.engine)
        return LocalExecutor(options, lookahead, announce, actors or local_workers(device))
    if kind == "ray":
        return RayExecutor(options, actors=actors, address=address)
    raise CallguardError(f"--executor must be local or ray, not {kind!r}")
