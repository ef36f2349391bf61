"""Small real-looking reports built by hand, and synthetic audio to go with them (tests only)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from callguard.report.custody import custody, file_state, report_dict
from callguard.report.model import (
    Call,
    FindingOut,
    Provenance,
    Report,
    SegmentOut,
    Source,
    TranscriptOut,
)

DISCLAIMER = ("Machine-generated leads, not legal conclusions. Check every finding against the audio before "
              "relying on it; Whisper can invent words that were never spoken. / 机器生成的线索，不是法律结论。")

# zh-dev-02: a loan-app collector calls the borrower a deadbeat and threatens his contact list.
ZH_TURNS = [
    (0.81, 2.29, "S1", "collector", "喂，陈磊是吧？"),
    (2.62, 4.21, "S2", "debtor", "是我，你谁啊？"),
    (4.58, 11.54, "S1", "collector", "快来花贷后部的。你那笔六千八百块的借款已经逾期四十天了，你打算什么时候还？"),
    (12.35, 15.54, "S2", "debtor", "我上周不是说了吗，这个月工资发了就还。"),
    (16.02, 22.79, "S1", "collector", "上周说这个月，上个月说下个月，你嘴里有一句真话吗？你就是个典型的老赖。"),
    (23.48, 26.26, "S2", "debtor", "你说话客气点！我又没说不还。"),
    (26.72, 36.30, "S1", "collector",
     "跟你客气有用吗？你借款时授权的通讯录，几百号人，我们这边一个不少。你想让他们都知道你是什么人吗？"),
    (36.87, 38.72, "S2", "debtor", "你敢！你这是违法的。"),
    (39.01, 46.30, "S1", "collector",
     "违不违法你试试就知道。今天下午五点前不到账，你那些亲戚同学就会一个一个接到我们的电话。"),
    (47.01, 49.81, "S2", "debtor", "我现在真拿不出来，最多先还两千。"),
]
ZH_BASIS = ["《商业银行信用卡业务监督管理办法》第六十八条",
            "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》"]
ZH_FINDINGS = [
    ("INSULT", 20.1, 22.79, [4], "你就是个典型的老赖", 0.91, "催收方称债务人为“老赖”，属于侮辱性称呼。"),
    ("THREAT", 32.0, 36.30, [6], "你想让他们都知道你是什么人吗", 0.88, "以向通讯录联系人曝光相威胁，施加压力。"),
    ("THREAT", 41.5, 46.30, [8], "你那些亲戚同学就会一个一个接到我们的电话", 0.86, "威胁给亲友打电话曝光债务。"),
]

EN_TURNS = [
    (0.5, 4.0, "S1", "collector", "This is Officer Daniels with the county sheriff's office."),
    (4.5, 6.0, "S2", "debtor", "What? What is this about?"),
    (6.5, 12.0, "S1", "collector", "You owe Lakeside Bank $4,200, and we will have you arrested tonight."),
    (12.5, 15.0, "S2", "debtor", "I never got any letter about this."),
]
EN_FINDINGS = [
    ("IMPERSONATION", 0.5, 4.0, [0], "Officer Daniels with the county sheriff's office", 0.9,
     "The caller presents as a sheriff's officer.", ["15 U.S.C. §1692e(1)"]),
    ("FALSE_LEGAL_THREAT", 8.5, 12.0, [2], "we will have you arrested tonight", 0.93,
     "Arrest stated as certain.", ["15 U.S.C. §1692e(4)", "15 U.S.C. §1692e(5)"]),
    ("INCONVENIENT_TIME", 0.0, 0.0, [], "", 1.0, "The call started at 21:40 local time.",
     ["15 U.S.C. §1692c(a)(1)"]),
]


def make_audio(path: Path, seconds: float = 50.0) -> Path:
    """A mono 16 kHz AAC file with a tone that changes pitch every 5 s (so seeking is audible)."""
    expr = "0.3*sin(2*PI*(300+100*floor(t/5))*t)"
    subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i",
                    f"aevalsrc={expr}:s=16000:d={seconds}", "-c:a", "aac", "-b:a", "32k", str(path)],
                   check=True)
    return path


def make_report(recording: Path, lang: str = "zh", name: str | None = None) -> Report:
    """A report for `recording` (hashed for real) with a hand-made transcript and findings."""
    state = file_state(recording)
    turns = ZH_TURNS if lang == "zh" else EN_TURNS
    segments = [SegmentOut(id=i, start=a, end=b, speaker=s, role=r, text=t, role_confidence=0.9)
                for i, (a, b, s, r, t) in enumerate(turns)]
    source = Source(path=str(name or recording), sha256=state.sha256, size_bytes=state.size_bytes,
                    duration_s=_duration(recording), channels=1, sample_rate=16000, format="mov,mp4,m4a",
                    codec="aac", mtime=state.mtime)
    call = (Call(start="2026-02-05T13:10:00+08:00", start_from="option", jurisdiction="CN",
                 timezone="Asia/Shanghai") if lang == "zh" else
            Call(start="2026-03-02T21:40:00-07:00", start_from="option", jurisdiction="US", timezone="-07:00"))
    return Report(source=source, call=call, transcript=TranscriptOut(language=lang, segments=segments),
                  findings=_findings(lang, segments), provenance=_provenance(), custody=custody(state, state),
                  limitations=["Speaker roles were inferred from the words used."], disclaimer=DISCLAIMER)


def _findings(lang: str, segments: list[SegmentOut]) -> list[FindingOut]:
    if lang == "zh":
        rows = [(*f, ZH_BASIS) for f in ZH_FINDINGS]
    else:
        rows = EN_FINDINGS
    out = []
    for label, start, end, ids, text, score, why, basis in rows:
        seg = segments[ids[0]] if ids else None
        out.append(FindingOut(label=label, start=start, end=end, segment_ids=ids,
                              speaker=seg.speaker if seg else None, role=seg.role if seg else None, text=text,
                              score=score, explanation=why, legal_basis=basis, detectors=["rules", "nli"]))
    return out


def _provenance() -> Provenance:
    return Provenance(callguard_version="0.1.0", engine="faster-whisper", model="whisper-base",
                      model_sha256="ab" * 32, created_at="2026-02-06T10:00:00+08:00")


def _duration(path: Path) -> float:
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of",
                          "default=nw=1:nk=1", str(path)], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def write_report(report: Report, path: Path) -> Path:
    """Write the report the way the pipeline must: every field, None included (see custody.report_dict)."""
    path.write_text(json.dumps(report_dict(report), ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def chromium() -> str | None:
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else shutil.which("chromium")
