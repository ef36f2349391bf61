"""Writing a report: never replacing one unless asked, one naming rule, writers taking turns, no stale files."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import pytest
from samples import make_report

from callguard import ingest
from callguard.errors import InputError
from callguard.pipeline import Options, write_outputs
from callguard.report.custody import verify
from callguard.report.files import folder_lock, read_report, report_names
from callguard.types import FileState


@pytest.fixture
def recording(tmp_path, audio):
    rec = tmp_path / "call.m4a"
    rec.write_bytes(audio.read_bytes())
    loaded = ingest.load(rec)
    return loaded, FileState(loaded.size_bytes, loaded.sha256, loaded.mtime)


def write(recording, out: Path, lang: str = "zh", **options) -> Path:
    rec, before = recording
    return write_outputs(make_report(rec.path, lang), rec, before, "call", Options(out_dir=out, **options))


def test_an_existing_report_is_never_replaced_unless_asked(tmp_path, recording):
    out = tmp_path / "out"
    out.mkdir()
    first = write(recording, out)
    written = first.read_bytes()
    with pytest.raises(InputError, match="already there.*--overwrite"):
        write(recording, out)
    assert first.read_bytes() == written
    (out / "call.pdf").write_bytes(b"%PDF-1.4 an old print")
    write(recording, out, "en", overwrite=True, formats=("json",))
    assert first.read_bytes() != written and verify(first, recording[0].path) == []
    # the page, subtitles and print of the replaced report would describe it, not this one
    assert sorted(p.name for p in out.iterdir()) == ["call.json"]


def test_the_json_is_renamed_into_place_last(tmp_path, recording, monkeypatch):
    """NAME.json marks a report as done (a batch's resume skips it): a kill between the renames must not
    leave it without its page and subtitles."""
    import callguard.report.files as files

    out, renamed, real = tmp_path / "out", [], files.os.replace
    out.mkdir()

    def replace_then_die(src, dst):
        if renamed:
            raise KeyboardInterrupt  # killed after the first rename
        real(src, dst)
        renamed.append(Path(dst).name)

    monkeypatch.setattr(files.os, "replace", replace_then_die)
    with pytest.raises(KeyboardInterrupt):
        write(recording, out)
    assert renamed and renamed[0] != "call.json" and not (out / "call.json").exists()

    monkeypatch.setattr(files.os, "replace", lambda src, dst: (renamed.append(Path(dst).name), real(src, dst)))
    renamed.clear()
    write(recording, out)
    assert len(renamed) > 1 and renamed[-1] == "call.json"


def _write_when_told(go, recording, out):
    go.wait(30)
    write(recording, out)


def test_writers_of_one_folder_take_turns(tmp_path, recording):
    out = tmp_path / "out"
    out.mkdir()
    ctx = multiprocessing.get_context("fork")
    go = ctx.Event()
    child = ctx.Process(target=_write_when_told, args=(go, recording, out))
    child.start()  # before the lock is taken, so the child does not inherit it
    with folder_lock(out):
        go.set()
        time.sleep(1.5)
        assert not (out / "call.json").exists(), "wrote while another process held the folder"
    child.join(30)
    assert child.exitcode == 0 and read_report(out / "call.json").source.sha256 == recording[0].sha256


@pytest.mark.parametrize("paths, base, names", [
    (["a/call.flac", "b/call.wav", "c/other.mp3"], None, ["call-flac", "call-wav", "other"]),
    (["a/call.wav", "b/call.wav", "b/Call.WAV"], None, ["call-wav", "call-wav-2", "Call-wav-3"]),
    (["case/call-a.wav", "case/march/call-b.flac"], "case", ["call-a", "march__call-b"]),
    (["case/call.wav", "case/call.flac", "/elsewhere/x.m4a"], "case", ["call-wav", "call-flac", "x"]),
])
def test_one_naming_rule(paths, base, names):
    assert report_names([Path(p) for p in paths], Path(base) if base else None) == names


def test_the_output_folder_is_checked_from_two_threads_at_once(tmp_path):
    """A batch checks the next recording's options while the current one is analysed: the write checks must
    not trip over each other."""
    from concurrent.futures import ThreadPoolExecutor

    from callguard.pipeline import check_writable

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda _: check_writable(tmp_path), range(2000)))
    assert list(tmp_path.iterdir()) == []
