"""Custody, sealing, signatures, verification and evidence clips."""

from __future__ import annotations

import base64
import hashlib
import json
import stat
import subprocess
from pathlib import Path

import pytest
from helpers import invoke
from samples import make_report, write_report

from callguard.errors import InputError
from callguard.report.clips import cut_clips
from callguard.report.custody import canonical_bytes, custody, file_state, generate_key, seal, verify
from callguard.report.model import Report


@pytest.fixture
def call(tmp_path, audio):
    rec = tmp_path / "call.m4a"
    rec.write_bytes(audio.read_bytes())
    report_path = write_report(seal(make_report(rec)), tmp_path / "call.json")
    return rec, report_path


def flip_byte(path, offset):
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_intact_report_and_recording_verify(call):
    rec, report_path = call
    assert verify(report_path, rec) == []


def test_one_byte_changed_in_recording_names_the_recording(call):
    rec, report_path = call
    flip_byte(rec, rec.stat().st_size // 2)
    problems = verify(report_path, rec)
    assert problems and all("recording call.m4a" in p for p in problems)
    assert any("sha256 mismatch" in p for p in problems)


def test_one_byte_changed_in_report_names_the_report(call):
    rec, report_path = call
    data = report_path.read_bytes()
    flip_byte(report_path, data.index(b"0.91") + 2)  # score 0.91 -> 0.81
    problems = verify(report_path, rec)
    assert len(problems) == 1
    assert "report call.json" in problems[0] and "digest mismatch" in problems[0]


def test_recording_found_by_the_path_in_the_report(call):
    rec, report_path = call
    flip_byte(rec, 100)
    assert any("recording call.m4a" in p for p in verify(report_path))


def test_unreadable_report_is_input_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError):
        verify(bad)


def test_canonical_bytes_sorted_compact_utf8_without_integrity():
    data = canonical_bytes({"b": "老赖", "a": [1, 2.5], "integrity": {"digest": "x"}})
    assert data == '{"a":[1,2.5],"b":"老赖"}'.encode()


def test_digest_is_sha256_of_canonical_bytes(call):
    _, report_path = call
    raw = json.loads(report_path.read_text(encoding="utf-8"))
    assert raw["integrity"]["digest"] == hashlib.sha256(canonical_bytes(raw)).hexdigest()


def test_signed_report_verifies_with_its_key_and_fails_with_another(tmp_path, call):
    rec, _ = call
    key, other = tmp_path / "key.pem", tmp_path / "other.pem"
    generate_key(key)
    generate_key(other)
    signed = write_report(seal(make_report(rec), key), tmp_path / "signed.json")
    assert verify(signed, rec, public_key=tmp_path / "key.pem.pub") == []
    assert verify(signed, rec) == []  # the key carried in the report
    problems = verify(signed, rec, public_key=tmp_path / "other.pem.pub")
    assert problems == ["report signed.json: signature invalid for the given public key"]


def test_edit_with_recomputed_digest_still_breaks_the_signature(tmp_path, call):
    rec, _ = call
    key = tmp_path / "key.pem"
    public = generate_key(key)
    signed = write_report(seal(make_report(rec), key), tmp_path / "signed.json")
    raw = json.loads(signed.read_text(encoding="utf-8"))
    raw["findings"][0]["text"] = "changed by someone"
    raw["integrity"]["digest"] = hashlib.sha256(canonical_bytes(raw)).hexdigest()
    signed.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    assert verify(signed, rec, public_key=public) == [
        "report signed.json: signature invalid for the given public key"]


def test_unsigned_report_with_public_key_given_is_a_problem(tmp_path, call):
    rec, report_path = call
    generate_key(tmp_path / "key.pem")
    problems = verify(report_path, rec, public_key=tmp_path / "key.pem.pub")
    assert problems == ["report call.json: not signed, but a public key was given"]


def test_custody_before_after_mismatch(tmp_path, call):
    rec, _ = call
    before = file_state(rec)
    after = type(before)(before.size_bytes + 1, "0" * 64, before.mtime)
    report = make_report(rec).model_copy(update={"custody": custody(before, after)})
    assert report.custody.unchanged is False
    path = write_report(seal(report), tmp_path / "moved.json")
    assert any("custody mismatch" in p for p in verify(path, rec))


def test_generate_key_is_private_and_never_overwrites(tmp_path):
    key = tmp_path / "k.pem"
    public = generate_key(key)
    assert len(public) == 44 and stat.S_IMODE(key.stat().st_mode) == 0o600
    assert (tmp_path / "k.pem.pub").read_text().startswith("-----BEGIN PUBLIC KEY-----")
    with pytest.raises(InputError):
        generate_key(key)


def ffprobe_duration(path) -> float:
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of",
                          "default=nw=1:nk=1", str(path)], capture_output=True, text=True, check=True)
    return float(out.stdout)


def test_clips_cover_each_span_with_padding_and_are_hashed(tmp_path, audio):
    rec = tmp_path / "call.m4a"
    rec.write_bytes(audio.read_bytes())
    rec.chmod(0o444)  # the original is only ever read
    before = file_state(rec)
    report = make_report(rec)
    late = report.findings[0].model_copy(update={"start": 48.5, "end": 49.9})
    report = report.model_copy(update={"findings": [*report.findings, late]})
    out = tmp_path / "out"
    out.mkdir()
    clipped = cut_clips(rec, report, out, pad=2.0)
    assert file_state(rec) == before
    assert [f.clip.path for f in clipped.findings] == [
        "call.clips/01-INSULT-20.1s.wav", "call.clips/02-THREAT-32.0s.wav", "call.clips/03-THREAT-41.5s.wav",
        "call.clips/04-INSULT-48.5s.wav"]
    for f in clipped.findings:
        clip_file = out / f.clip.path
        assert f.clip.sha256 == hashlib.sha256(clip_file.read_bytes()).hexdigest()
        assert f.clip.start == pytest.approx(max(0.0, f.start - 2.0))
        assert ffprobe_duration(clip_file) == pytest.approx(f.clip.end - f.clip.start, abs=0.05)
    assert clipped.findings[-1].clip.end == pytest.approx(report.source.duration_s)  # clamped


def test_clips_skip_call_level_findings_and_survive_sealing(tmp_path, audio):
    rec = tmp_path / "call.m4a"
    rec.write_bytes(audio.read_bytes())
    out = tmp_path / "out"
    out.mkdir()
    clipped = cut_clips(rec, make_report(rec, lang="en"), out)
    assert [f.label for f in clipped.findings if f.clip is None] == ["INCONVENIENT_TIME"]
    path = write_report(seal(clipped), out / "call.json")
    assert verify(path, rec) == []
    assert Report.model_validate_json(path.read_bytes()).findings[0].clip.path.startswith("call.clips/")


def test_clips_are_reproducible(tmp_path, audio):
    rec = tmp_path / "call.m4a"
    rec.write_bytes(audio.read_bytes())
    hashes = []
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        hashes.append([f.clip.sha256 for f in cut_clips(rec, make_report(rec), tmp_path / name).findings])
    assert hashes[0] == hashes[1]


def test_cli_verify_exit_codes(tmp_path, call):
    rec, report_path = call
    ok = invoke("verify", report_path, rec)
    assert ok.exit_code == 0 and ok.output.startswith("OK: report intact since written (digest")
    flip_byte(rec, 200)
    bad = invoke("verify", report_path, rec)
    assert bad.exit_code == 1 and "recording call.m4a: sha256 mismatch" in bad.output
    assert len(bad.output.strip().splitlines()) == 1
    (tmp_path / "junk.json").write_text("[", encoding="utf-8")
    assert invoke("verify", tmp_path / "junk.json").exit_code == 2
    missing = invoke("verify", report_path, tmp_path / "missing.m4a")
    assert missing.exit_code == 3 and missing.output.startswith("NOT CHECKED: recording not checked")


def test_cli_keygen_then_signed_verify(tmp_path, call):
    rec, _ = call
    made = invoke("keygen", tmp_path / "k.pem")
    assert made.exit_code == 0
    signed = write_report(seal(make_report(rec), tmp_path / "k.pem"), tmp_path / "s.json")
    assert invoke("verify", signed, rec, "--public-key", tmp_path / "k.pem.pub").exit_code == 0
    assert invoke("keygen", tmp_path / "k.pem").exit_code == 2
    assert invoke("keygen", tmp_path / "no" / "dir.pem").exit_code == 2


def resigned(path, raw, key):
    """What someone with their own key can do: edit, recompute the digest, sign, put their key inside."""
    from cryptography.hazmat.primitives import serialization

    from callguard.report.custody import public_key_b64

    private = serialization.load_pem_private_key(key.read_bytes(), password=None)
    raw["integrity"]["digest"] = hashlib.sha256(canonical_bytes(raw)).hexdigest()
    raw["integrity"]["signature"] = base64.b64encode(private.sign(canonical_bytes(raw))).decode()
    raw["integrity"]["public_key"] = public_key_b64(private.public_key())
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_key_inside_the_report_is_never_trusted(tmp_path, call):
    rec, _ = call
    mine, theirs = tmp_path / "mine.pem", tmp_path / "theirs.pem"
    generate_key(mine)
    generate_key(theirs)
    signed = write_report(seal(make_report(rec), mine), tmp_path / "signed.json")
    raw = json.loads(signed.read_text(encoding="utf-8"))
    raw["findings"][0]["text"] = "edited"
    resigned(signed, raw, theirs)
    alone = invoke("verify", signed, rec)
    assert alone.exit_code == 0 and "signed by" not in alone.output
    assert "signature not checked (pass --public-key" in alone.output
    assert "guards against accidental change only" in alone.output
    with_key = invoke("verify", signed, rec, "--public-key", tmp_path / "mine.pem.pub")
    assert with_key.exit_code == 1 and "signature invalid for the given public key" in with_key.output


def test_signed_by_names_the_key_given_as_the_pub_file_or_base64(tmp_path, call):
    rec, _ = call
    public = generate_key(tmp_path / "k.pem")
    signed = write_report(seal(make_report(rec), tmp_path / "k.pem"), tmp_path / "s.json")
    for key in (tmp_path / "k.pem.pub", public):
        r = invoke("verify", signed, rec, "--public-key", key)
        assert r.exit_code == 0 and f"signed by {public} (the key given with --public-key)" in r.output


def test_recording_not_found_is_exit_3_not_ok(tmp_path, call):
    rec, report_path = call
    rec.rename(tmp_path / "moved.m4a")
    r = invoke("verify", report_path)
    assert r.exit_code == 3 and not r.output.startswith("OK")
    assert "recording not checked" in r.output and "report intact since written" in r.output


def test_recording_found_by_its_absolute_path_from_another_folder(tmp_path, call, monkeypatch):
    rec, _ = call
    monkeypatch.chdir(tmp_path)
    report = make_report(Path("call.m4a"))
    assert report.source.path == "call.m4a"
    reports = tmp_path / "elsewhere" / "reports"
    reports.mkdir(parents=True)
    report = report.model_copy(update={"source": report.source.model_copy(update={"abs_path": str(rec)})})
    path = write_report(seal(report), reports / "call.json")
    monkeypatch.chdir(reports)
    r = invoke("verify", path)
    assert r.exit_code == 0 and "recording call.m4a is the one analysed" in r.output
