"""Evidence clips: each finding's words, with a little context either side, in a file of its own.

Clips are PCM WAV at the recording's own rate and channel count: decoding a lossy original once
loses nothing more, the cut is sample-exact (a stream copy would cut at packet boundaries), and
bit-exact flags keep a clip's sha256 the same when it is cut again.
"""

from __future__ import annotations

import os
from pathlib import Path

import ffmpeg

from callguard.errors import CallguardError
from callguard.ingest.integrity import file_sha256
from callguard.report.model import Clip, FindingOut, Report
from callguard.types import CALL_LABELS


def clips_dir(out_dir: Path, report: Report) -> Path:
    return Path(out_dir) / f"{Path(report.source.path).stem}.clips"


def clip_name(index: int, finding: FindingOut) -> str:
    return f"{index + 1:02d}-{finding.label}-{finding.start:.1f}s.wav"


def clip_span(finding: FindingOut, duration: float, pad: float) -> tuple[float, float] | None:
    """The padded span clamped to the recording, or None for call-level or empty findings."""
    if finding.label in CALL_LABELS or finding.end <= finding.start:
        return None
    start = max(0.0, finding.start - pad)
    end = min(duration, finding.end + pad) if duration > 0 else finding.end + pad
    return (round(start, 3), round(end, 3)) if end > start else None


def cut_clips(recording_path: Path, report: Report, out_dir: Path, pad: float = 2.0) -> Report:
    """Cut one WAV per finding into `<out>/<stem>.clips/` and return the report with `clip` filled.

    `Clip.path` is relative to `out_dir` (the report's folder), so the folder can be moved whole.
    """
    folder = clips_dir(out_dir, report)
    findings = []
    for i, finding in enumerate(report.findings):
        span = clip_span(finding, report.source.duration_s, pad)
        if span is None:
            findings.append(finding)
            continue
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / clip_name(i, finding)
        cut(Path(recording_path), span[0], span[1], target)
        clip = Clip(path=target.relative_to(out_dir).as_posix(), sha256=file_sha256(target),
                    start=span[0], end=span[1])
        findings.append(finding.model_copy(update={"clip": clip}))
    return report.model_copy(update={"findings": findings})


def cut(recording: Path, start: float, end: float, target: Path) -> None:
    """Decode [start, end) of `recording` (opened read-only by ffmpeg) into a WAV, written atomically."""
    partial = target.with_name(target.name + ".part")
    stream = ffmpeg.input(str(recording), ss=f"{start:.3f}", t=f"{end - start:.3f}").output(
        str(partial), format="wav", acodec="pcm_s16le", vn=None, map_metadata=-1,
        fflags="+bitexact", **{"flags:a": "+bitexact"})
    try:
        stream.global_args("-nostdin").overwrite_output().run(quiet=True)
    except ffmpeg.Error as e:
        partial.unlink(missing_ok=True)
        detail = (e.stderr or b"").decode("utf-8", "replace").strip().splitlines()
        raise CallguardError(f"{recording}: could not cut a clip ({detail[-1] if detail else 'ffmpeg'})") from None
    os.replace(partial, target)
