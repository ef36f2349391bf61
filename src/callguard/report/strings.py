"""Words a person reads in the HTML page and the complaint drafts, in Chinese and in English."""

from __future__ import annotations

from datetime import datetime

from callguard.explain import word

LABELS = {
    "zh": {
        "THREAT": ("威胁恐吓", "催收方威胁要伤害您、家人或财产，或威胁向别人曝光您来施压。"),
        "INSULT": ("侮辱辱骂", "催收方对您使用辱骂、侮辱或贬低人格的语言。"),
        "THIRD_PARTY_DISCLOSURE": ("向第三方透露债务", "催收方向债务人以外的人透露了欠款的事。"),
        "IMPERSONATION": ("冒充公检法或律师", "催收方冒充警察、法院、检察院、政府部门或律师。"),
        "FALSE_LEGAL_THREAT": ("虚假的法律威胁",
                               "催收方以抓人、坐牢、上门、查封等并不会或不能合法做到的后果相威胁，或指控您犯罪。"),
        "INCONVENIENT_TIME": ("不当时间来电", "来电时间在允许的时段之外（晚上 22:00 至早上 08:00）。"),
    },
    "en": {
        "THREAT": ("Threat", "The collector threatened harm to you, your family or property, "
                             "or threatened to shame you in front of others."),
        "INSULT": ("Abusive language", "The collector used abusive, obscene or degrading words at you."),
        "THIRD_PARTY_DISCLOSURE": ("Debt told to someone else",
                                   "The collector told someone other than the debtor about the debt."),
        "IMPERSONATION": ("Posing as police, court or lawyer",
                          "The collector falsely presented as police, a court, the government or a lawyer."),
        "FALSE_LEGAL_THREAT": ("False legal threat",
                               "The collector threatened arrest, jail, seizure or a lawsuit as certain when it "
                               "cannot lawfully happen or is not intended, or accused you of a crime."),
        "INCONVENIENT_TIME": ("Call at an inconvenient time",
                              "The call was made before 8 a.m. or after 9 p.m. your local time."),
    },
}

DETECTORS = {
    "zh": {"rules": "短语规则", "learned": "学习模型", "topics": "话题词", "persona": "以自称的机构身份说话",
           "dialogue": "对话逻辑（谁在听）",
           "calltime": "来电时间", "call": "同一通话中的同类行为"},
    "en": {"rules": "phrase rules", "learned": "learned classifier", "topics": "topic words",
           "persona": "speaking as the body claimed",
           "dialogue": "dialogue logic (who is listening)", "calltime": "call time",
           "call": "the same conduct elsewhere in the call"},
}

ROLES = {
    "zh": {"collector": "催收方", "debtor": "债务人", "third_party": "第三方", "unknown": "未知"},
    "en": {"collector": "collector", "debtor": "debtor", "third_party": "third party", "unknown": "unknown"},
}

PARTY_KINDS = {
    "zh": {"lender": "放贷机构", "agency": "催收机构", "law_firm": "律师事务所", "court": "法院", "police": "公安",
           "prosecutor": "检察院", "government": "政府部门", "person": "姓名", "badge": "工号或警号",
           "phone": "电话号码", "account": "账号", "caller": "来电号码"},
    "en": {"lender": "lender", "agency": "collection agency", "law_firm": "law firm", "court": "court",
           "police": "police", "prosecutor": "prosecutor", "government": "government", "person": "name",
           "badge": "badge or employee number", "phone": "phone number", "account": "account number",
           "caller": "calling number"},
}


# shown beside a finding whose speaker's role the speaker stage did not settle
ROLE_UNCERTAIN = {"zh": "（身份未定，最可能是催收方）", "en": "(role uncertain: most likely the collector)"}

REVIEW = {
    "zh": {"pending": "待人工核实", "confirmed": "已确认", "rejected": "已否定",
           "needs_info": "需要更多信息"},
    "en": {"pending": "not reviewed", "confirmed": "confirmed", "rejected": "rejected",
           "needs_info": "needs more information"},
}

LIMITATIONS = {
    "zh": [
        "语音识别（Whisper）可能“听出”录音里根本没说过的话，尤其是在静音、噪声或音乐处。"
        "引用任何一句话之前，请先对照录音亲耳核实。",
        "机器发现的问题只是需要核实的线索，不是法律结论；没有发现问题也不代表通话合规。",
        "谁是催收方、谁是债务人由机器推断，可能出错。",
        "时间戳从录音开头算起，可能有零点几秒的偏差。",
        "普通话识别的字错误率约为 12–22%：同音字会混淆（如“逾期”和“预期”），人名和金额可能有误。",
        "来电时间取自 --call-time 或录音文件的元数据，手机可能把元数据设错。",
    ],
    "en": [
        "Speech recognition (Whisper) can invent words that were never spoken, especially in silence, "
        "noise or music. Listen to the recording before quoting any sentence.",
        "Machine findings are leads to check, not legal conclusions; finding nothing does not mean the "
        "call was lawful.",
        "Who is the collector and who is the debtor is inferred by the machine and can be wrong.",
        "Timestamps count from the start of the recording and can be off by a fraction of a second.",
        "Mandarin transcription has a character error rate of roughly 12-22%: homophones are confused and "
        "names and amounts may be wrong.",
        "The call time comes from --call-time or the file's metadata, which a phone may set wrongly.",
    ],
}
US_SCOPE = {
    "zh": "《公平债务催收作业法》（FDCPA）主要约束第三方催收机构；债权人自行催收大多不在其内（州法可能适用）。",
    "en": "The FDCPA covers third-party debt collectors; creditors collecting their own debts are mostly "
          "outside it (state law may apply).",
}

UI = {
    "zh": {
        "title": "催收通话证据报告",
        "who_called": "来电方自称或提到的机构、姓名和号码", "party": "名称或号码", "party_kind": "类别",
        "as_authority": "自称公检法、政府或律师", "as_self": "自报家门",
        "no_speech": "录音中没有找到语音：没有可分析的内容。",
        "found_none": "机器没有在这通电话中发现违规催收的迹象。这不代表通话一定合规，请听录音核实。",
        "found_some": "这通电话中，机器发现 {n} 处可能违规的催收行为：{parts}。每一处都要对照录音核实后才能使用。",
        "count_item": "{name} {count} 处",
        "call_time": "来电时间", "unknown_time": "未知", "jurisdiction": "适用地区",
        "caller": "来电号码或来电方", "caller_from": {"option": "用户提供", "file_name": "取自录音文件名"},
        "direction": "呼叫方向", "directions": {"incoming": "呼入（对方打来）", "outgoing": "呼出（本人打出）"},
        "jurisdictions": {"CN": "中国", "US": "美国"},
        "duration": "录音时长", "recording": "录音文件",
        "player": "录音播放", "listening_copy": "（原录音无法播放时，改为播放嵌入页面的试听副本；"
                                              "证据以原始录音文件为准。）",
        "timeline": "通话时间轴", "timeline_hint": "点击时间轴跳到该处；红色标记是机器发现的问题。",
        "whole_call": "整通电话",
        "findings": "发现的问题", "finding": "问题", "play": "▶ 播放这一段", "said": "原话",
        "why": "为什么标出", "score": "机器把握度", "detectors": "检测方法", "legal_basis": "可能违反的规定",
        "review": "人工核实", "clip": "证据片段", "note": "备注", "by": "核实人",
        "transcript": "通话文字记录", "time": "时间", "speaker": "说话人", "text": "内容",
        "custody": "证据保管信息", "sha256": "SHA-256", "size": "文件大小", "bytes": "字节",
        "before": "分析前", "after": "分析后", "mtime": "修改时间", "unchanged": "分析前后录音未改变",
        "changed": "警告：分析期间录音文件发生了变化", "digest": "报告摘要（JSON）",
        "not_sealed": "报告尚未封存", "signature": "签名", "public_key": "公钥", "not_signed": "未签名",
        "custody_note": "摘要覆盖 JSON 报告（不含本页面）。核验方法：callguard verify {report} 录音文件",
        "provenance": "生成信息", "limitations": "局限与声明", "disclaimer": "声明",
        "technical": "技术细节", "label_id": "类别代码", "evidence": "依据", "detector": "检测方法",
        "rule": "规则", "matched": "匹配的词", "cue": "上下文所在的话", "machine_score": "分数",
        "no_audio": "找不到原始录音，页面里也没有嵌入试听副本。",
    },
    "en": {
        "title": "Collection call evidence report",
        "who_called": "Who called: organisations, names and numbers the caller gave", "party": "Name or number",
        "party_kind": "Kind", "as_authority": "presented as an authority", "as_self": "introduced as",
        "no_speech": "no speech found: nothing to analyse",
        "found_none": "The machine found no sign of unlawful collection conduct in this call. That does "
                      "not mean the call was lawful: listen to it.",
        "found_some": "The machine found {n} possible violations in this call: {parts}. Check each one "
                      "against the recording before relying on it.",
        "count_item": "{name} ({count})",
        "call_time": "Call time", "unknown_time": "unknown", "jurisdiction": "Jurisdiction",
        "caller": "Caller", "caller_from": {"option": "as given", "file_name": "from the recording's file name"},
        "direction": "Direction", "directions": {"incoming": "incoming (they called)", "outgoing": "outgoing"},
        "jurisdictions": {"CN": "China", "US": "United States"},
        "duration": "Length", "recording": "Recording",
        "player": "Recording", "listening_copy": "(If the original cannot be played, a listening copy "
                                                 "embedded in this page plays instead; the evidence is the "
                                                 "original file.)",
        "timeline": "Timeline", "timeline_hint": "Click the timeline to jump there; red marks are findings.",
        "whole_call": "whole call",
        "findings": "Findings", "finding": "Finding", "play": "▶ Play this part", "said": "Words",
        "why": "Why it was flagged", "score": "Machine confidence", "detectors": "Detectors",
        "legal_basis": "Legal basis", "review": "Human review", "clip": "Evidence clip", "note": "note",
        "by": "by",
        "transcript": "Transcript", "time": "Time", "speaker": "Speaker", "text": "Text",
        "custody": "Chain of custody", "sha256": "SHA-256", "size": "Size", "bytes": "bytes",
        "before": "Before analysis", "after": "After analysis", "mtime": "Modified",
        "unchanged": "The recording did not change during analysis",
        "changed": "WARNING: the recording changed during analysis", "digest": "Report digest (JSON)",
        "not_sealed": "report not sealed", "signature": "Signature", "public_key": "Public key",
        "not_signed": "not signed",
        "custody_note": "The digest covers the JSON report (not this page). To check: "
                        "callguard verify {report} RECORDING",
        "provenance": "Provenance", "limitations": "Limitations and disclaimer", "disclaimer": "Disclaimer",
        "technical": "Technical details", "label_id": "Label", "evidence": "Evidence", "detector": "Detector",
        "rule": "Rule", "matched": "Matched words", "cue": "Turn that set the context", "machine_score": "Score",
        "no_audio": "The original recording was not found and no listening copy is embedded.",
    },
}


CONFIDENCE = {  # (lowest score, word), highest first
    "zh": [(0.9, "很高"), (0.7, "较高"), (0.5, "中等"), (0.0, "较低")],
    "en": [(0.9, "very high"), (0.7, "high"), (0.5, "moderate"), (0.0, "low")],
}


def page_language(transcript_language: str) -> str:
    return "zh" if str(transcript_language).lower().startswith("zh") else "en"


def clock(seconds: float) -> str:
    """mm:ss.t (h:mm:ss.t past an hour), rounded to a tenth of a second."""
    tenths = int(round(max(seconds, 0.0) * 10))
    h, rem = divmod(tenths, 36000)
    m, rem = divmod(rem, 600)
    s, t = divmod(rem, 10)
    return f"{h}:{m:02d}:{s:02d}.{t}" if h else f"{m:02d}:{s:02d}.{t}"


def time_note(start_from: str, timezone: str | None, note: str, lang: str) -> str:
    """Where the call time came from, in the page's language: the wording the call-time detector uses
    (data/explain.yaml). English pages keep the report's own note, which also gives the raw time."""
    if lang != "zh":
        return note
    return word(lang, "source", start_from).format(tz=timezone or "UTC")


def call_time_text(start: str | None) -> str | None:
    """'2026-02-05 13:10:00 (UTC+08:00)' from the report's ISO time; the raw value if it does not parse."""
    if not start:
        return None
    try:
        when = datetime.fromisoformat(start)
    except ValueError:
        return start
    offset = when.strftime("%z")
    zone = f" (UTC{offset[:3]}:{offset[3:]})" if offset else ""
    return when.strftime("%Y-%m-%d %H:%M:%S") + zone
