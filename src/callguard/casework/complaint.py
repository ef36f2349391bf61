"""A complaint draft (Markdown) built only from findings a person confirmed in `callguard review`.

China: a 银行保险消费者投诉 to 国家金融监督管理总局 (or first to the institution), in Chinese.
United States: a CFPB-style narrative in English citing the FDCPA. Both are drafts to check, not advice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from callguard.casework.review import confirmed
from callguard.detect.legal import legal_basis
from callguard.errors import InputError
from callguard.report.files import read_report, write_files
from callguard.report.model import FindingOut, Report
from callguard.report.reviewlog import Decision
from callguard.report.strings import LABELS, call_time_text, clock
from callguard.types import CALL_LABELS

TARGETS = {"cn": "CN", "us": "US"}  # --to: the jurisdiction whose rules the draft cites
HEARD = {True: "（录音中催收方所称，机器转写，请核对全称）",
         False: " (as the caller named it, machine-transcribed: check)"}
CN_DOING = {
    "THREAT": "催收人员以伤害本人、家人或财产，或向他人曝光本人相威胁。",
    "INSULT": "催收人员对本人使用辱骂、侮辱性的语言。",
    "THIRD_PARTY_DISCLOSURE": "催收人员向本人以外的第三人透露了本人的债务信息。",
    "IMPERSONATION": "催收人员冒充公安、法院、检察院等国家机关或律师。",
    "FALSE_LEGAL_THREAT": "催收人员以抓捕、拘留、坐牢、查封财产等并不能合法实施的后果相威胁，或称本人涉嫌犯罪。",
    "INCONVENIENT_TIME": "催收人员在晚上 22:00 至次日 08:00 之间来电催收。",
}
US_DOING = {
    "THREAT": "threatened harm",
    "INSULT": "used abusive or profane language",
    "THIRD_PARTY_DISCLOSURE": "told a third party about my debt",
    "IMPERSONATION": "falsely presented as a government official or an attorney",
    "FALSE_LEGAL_THREAT": "threatened arrest, jail or other action that cannot lawfully be taken or was not "
                          "intended",
    "INCONVENIENT_TIME": "called me at an inconvenient time",
}


@dataclass
class CallEvidence:
    report_path: Path
    report: Report
    items: list[tuple[int, FindingOut, Decision]]


def gather(report_paths: list[Path]) -> list[CallEvidence]:
    """Each report with its confirmed findings; InputError when none of them has any."""
    calls = []
    for path in report_paths:
        path = Path(path)
        calls.append(CallEvidence(path, read_report(path), confirmed(path)))
    if not any(c.items for c in calls):
        names = ", ".join(p.name for p in map(Path, report_paths))
        raise InputError(f"no confirmed findings in {names}; confirm them first with `callguard review`")
    return [c for c in calls if c.items]


def basis(finding: FindingOut, report: Report, to: str) -> list[str]:
    """The report's own legal basis when it was made for this jurisdiction, else ours for `to`."""
    if finding.legal_basis and report.call.jurisdiction == TARGETS[to]:
        return finding.legal_basis
    return legal_basis(finding.label, TARGETS[to])


def build_complaint(report_paths: list[Path], to: str | None = None, any_jurisdiction: bool = False) -> str:
    """The draft for `to` (cn or us); None: the jurisdiction of the reports. A report made for another
    jurisdiction is refused unless `any_jurisdiction`."""
    calls = gather(report_paths)
    theirs = sorted({c.report.call.jurisdiction or "?" for c in calls})
    to = (to or (theirs[0] if len(theirs) == 1 else "")).lower()
    if not to:
        raise InputError(f"the reports are for {' and '.join(theirs)}; pass --to cn or --to us")
    if to not in TARGETS:
        raise InputError(f"--to must be cn or us, not {to!r}")
    other = [c.report_path.name for c in calls if c.report.call.jurisdiction != TARGETS[to]]
    if other and not any_jurisdiction:
        raise InputError(f"{', '.join(other)}: made for another jurisdiction than {TARGETS[to]}; "
                         "pass --any-jurisdiction to draft it anyway")
    return cn_complaint(calls) if to == "cn" else us_complaint(calls)


def write_complaint(report_paths: list[Path], to: str | None, out: Path, any_jurisdiction: bool = False) -> Path:
    out = Path(out)
    write_files({out: build_complaint(report_paths, to, any_jurisdiction)})
    return out


def named(calls: list[CallEvidence], kind: str, blank: str) -> str:
    """The organisations of `kind` the collectors named, as the machine heard them, or the blank to fill."""
    names = list(dict.fromkeys(p.name for c in calls for p in c.report.parties if p.kind == kind))
    return " / ".join(names) + HEARD[calls[0].report.transcript.language == "zh"] if names else blank


def callers(calls: list[CallEvidence]) -> str:
    """The numbers or names that called, as given or as the recorder's file names say."""
    return " / ".join(dict.fromkeys(c.report.call.caller.value for c in calls if c.report.call.caller))


def cn_complaint(calls: list[CallEvidence]) -> str:
    lines = [
        "# 投诉材料（草稿）",
        "",
        "> **这是草稿，不是法律意见。** 本文由 callguard 根据通话录音自动整理，只收录经人工核实确认的问题。"
        "提交前请逐条对照录音核实原话和时间，补全【】中的内容，删去不实或不确定的部分；如有需要请咨询律师。",
        "",
        "## 投诉人",
        "",
        "- 姓名：【投诉人姓名】",
        "- 身份证号码：【身份证号码】",
        "- 联系电话：【联系电话】",
        "- 与被投诉机构的关系：【借款人／信用卡持卡人】，合同号或卡号：【合同号／卡号后四位】",
        "",
        "## 被投诉机构",
        "",
        f"- 名称：{named(calls, 'lender', '【被投诉的银行、消费金融公司或贷款平台全称】')}",
        f"- 实际催收方（如为委托的催收公司）：{named(calls, 'agency', '【催收公司名称】')}",
        f"- 来电号码：{callers(calls) or '【来电号码】'}",
        "",
        "## 投诉事项",
        "",
    ]
    for n, call in enumerate(calls, 1):
        lines += _cn_call(n, call)
    lines += ["## 诉求", ""] + [f"{k}. {d}" for k, d in enumerate(_cn_demands(calls), 1)]
    lines += ["", "## 证据", "",
              "- 通话录音原件（文件名和 SHA-256 见上；请保留原件，不要剪辑或转换格式）；",
              "- callguard 分析报告（JSON 与 HTML），"
              "可用 `callguard verify 报告.json 录音文件` 核验报告和录音未被改动；",
              "- 各问题的证据片段（如已导出）。", "",
              "## 提交渠道提示", "",
              "一般应先向被投诉机构投诉；对处理结果不满意的，可向国家金融监督管理总局及其派出机构"
              "提交银行保险消费者投诉（如拨打 12378 或通过其官方网站）。",
              "", f"投诉日期：【{datetime.now().date().isoformat()}】    投诉人签名：【　　　】", ""]
    return "\n".join(lines)


def _cn_demands(calls: list[CallEvidence]) -> list[str]:
    labels = {f.label for c in calls for _, f, _ in c.items}
    demands = ["立即停止上述违规催收行为；",
               "对涉事催收人员及机构（含委托的催收公司）依法调查处理，并书面答复处理结果；"]
    if labels & {"THIRD_PARTY_DISCLOSURE", "THREAT"}:
        demands.append("停止联系、骚扰我的亲友和同事等第三人，不得再向任何第三人透露我的债务信息；")
    return demands + ["【其他诉求，如协商合理的还款安排】"]


def _cn_call(n: int, call: CallEvidence) -> list[str]:
    r = call.report
    lines = [
        f"### 通话{_cn_number(n)}",
        "",
        f"- 来电时间：{call_time_text(r.call.start) or '【录音中没有来电时间，请补充】'}",
        *([f"- 来电号码：{r.call.caller.value}"] if r.call.caller else []),
        *([f"- 呼叫方向：{'对方来电' if r.call.direction == 'incoming' else '本人拨出'}"] if r.call.direction else []),
        f"- 通话录音文件名：{Path(r.source.path).name}",
        f"- 录音 SHA-256：`{r.source.sha256}`（{r.source.size_bytes} 字节，时长 {clock(r.source.duration_s)}）",
        f"- 分析报告：{call.report_path.name}"
        + (f"（报告摘要 `{r.integrity.digest}`）" if r.integrity and r.integrity.digest else ""),
        "",
    ]
    for k, (_, f, d) in enumerate(call.items, 1):
        name = LABELS["zh"][f.label][0]
        when = f"整通电话（来电时间 {call_time_text(r.call.start) or '未知'}）" if f.label in CALL_LABELS else \
            f"录音 {clock(f.start)} 至 {clock(f.end)}"
        lines += [f"{k}. **{name}**", f"   - 时间戳：{when}"]
        if f.text:
            lines.append(f"   - 原话（机器转写，请对照录音逐字核对）：“{f.text}”")
        lines += [f"   - 情况说明：{CN_DOING[f.label]}",
                  f"   - 违反的规定：{'；'.join(basis(f, r, 'cn')) or '【请补充】'}"]
        if f.clip:
            lines.append(f"   - 证据片段：{f.clip.path}（SHA-256 `{f.clip.sha256}`）")
        if d.note:
            lines.append(f"   - 核实备注：{d.note}")
        lines.append("")
    return lines


def _cn_number(n: int) -> str:
    digits = "一二三四五六七八九十"
    return digits[n - 1] if n <= 10 else str(n)


def us_complaint(calls: list[CallEvidence]) -> str:
    lines = [
        "# Draft complaint about debt collection (CFPB)",
        "",
        "> **DRAFT — check every line before you file it. This is not legal advice.** It was generated by "
        "callguard from a call recording and includes only findings a person confirmed. Listen to the "
        "recording, correct anything that is wrong, fill in the [brackets], and consider talking to a "
        "consumer-protection attorney.",
        "",
        f"**Company:** {named(calls, 'agency', '[name of the collection company]')} collecting for "
        f"{named(calls, 'lender', '[original creditor]')}  ",
        f"**Calls from:** {callers(calls) or '[the number(s) that called]'}  ",
        "**Consumer:** [your name], [address], [phone]  ",
        "**Account:** [account number, last 4 digits]",
        "",
        "## What happened",
        "",
    ]
    for call in calls:
        lines += _us_call(call)
    lines += [
        "## What I want the company to do",
        "",
        "Stop the conduct described above, communicate with me only in writing, correct its records, and "
        "explain in writing what it will do to prevent this. [Add anything else you want, such as a "
        "validation notice for the debt.]",
        "",
        "## Notes before filing",
        "",
        "- The FDCPA covers third-party debt collectors; a creditor collecting its own debt is mostly outside "
        "it (state law may still apply).",
        "- 15 U.S.C. §1692k allows actual damages plus up to $1,000 statutory damages; a lawsuit must be filed "
        "within one year of the violation.",
        "- Keep the original recording unchanged. `callguard verify REPORT.json RECORDING` shows that the "
        "report and the recording have not been altered.",
        "",
    ]
    return "\n".join(lines)


def _us_call(call: CallEvidence) -> list[str]:
    r = call.report
    when = call_time_text(r.call.start) or "[date and time of the call]"
    number = f" ({r.call.caller.value})" if r.call.caller else ""
    how = "I called [company]" if r.call.direction == "outgoing" else f"I received a call from [company]{number}"
    lines = [
        f"On {when}, {how} about a debt. I recorded the call (file "
        f"`{Path(r.source.path).name}`, SHA-256 `{r.source.sha256}`, {clock(r.source.duration_s)} long). "
        "During this call the collector:",
        "",
    ]
    for _, f, d in call.items:
        cite = ", ".join(basis(f, r, "us")) or "[section]"
        if f.label in CALL_LABELS:
            lines.append(f"- {US_DOING[f.label]}: the call started at {when} ({cite}).")
        else:
            lines.append(f"- {US_DOING[f.label]}: at {clock(f.start)}–{clock(f.end)} of the recording the "
                         f"collector said \"{f.text}\" ({cite}; words machine-transcribed, check them "
                         "against the recording).")
        if f.clip:
            lines.append(f"  - Evidence clip: {f.clip.path} (SHA-256 `{f.clip.sha256}`)")
        if d.note:
            lines.append(f"  - Reviewer's note: {d.note}")
    lines.append("")
    return lines
