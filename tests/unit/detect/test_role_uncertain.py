"""No finding is lost because of a role: where the speaker stage got the roles wrong or left them open,
findings are made on the speaker most likely to be the collector and say role_uncertain. Dialogues written here."""

from __future__ import annotations

from detect_cases import context

from callguard.detect import default_detectors, detect

THREATENING_CALL = [
    ("collector", "我是恒达资产管理公司的，受银行委托跟你联系，你的信用卡欠款已经逾期半年了。"),
    ("debtor", "我现在真的没钱，下个月再说吧。"),
    ("collector", "再不还，我们就爆你通讯录，让你亲戚朋友都知道你是老赖。"),
]


def labelled(turns, roles: dict[str, tuple[str, float]], language="zh"):
    ctx = context(turns, language)
    for seg in ctx.transcript.segments:
        seg.role, seg.role_confidence = roles[seg.speaker]
    return ctx


def by_segment(found) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for f in found:
        out.setdefault(f.segment_ids[0], set()).add(f.label)
    return out


def test_settled_roles_give_settled_findings():
    found = detect(context(THREATENING_CALL), default_detectors())
    assert {"THREAT", "INSULT"} <= by_segment(found)[2]
    assert not any(f.role_uncertain for f in found)


def test_collector_labelled_third_party_still_gets_the_findings():
    """The speaker stage swapped the roles on purpose: the collector's threats must not vanish."""
    ctx = labelled(THREATENING_CALL, {"S1": ("third_party", 0.8), "S2": ("collector", 0.8)})
    found = detect(ctx, default_detectors())
    assert {"THREAT", "INSULT"} <= by_segment(found)[2]
    mine = [f for f in found if f.segment_ids == [2]]
    assert all(f.role_uncertain and f.role == "third_party" and f.speaker == "S1" for f in mine)


def test_roles_left_open_still_give_findings():
    ctx = labelled(THREATENING_CALL, {"S1": ("unknown", 0.0), "S2": ("unknown", 0.0)})
    found = detect(ctx, default_detectors())
    assert {"THREAT", "INSULT"} <= by_segment(found)[2]
    assert all(f.role_uncertain for f in found if f.segment_ids)


def test_disclosure_survives_a_collector_labelled_third_party():
    turns = [
        ("collector", "Hi, is Marcus Bell there? This is Dean with Copperline Recovery."),
        ("debtor", "No, I'm his roommate. He's at work."),
        ("collector", "Tell him he still owes Copperline twelve hundred dollars and it's past due."),
    ]
    ctx = labelled(turns, {"S1": ("third_party", 0.8), "S2": ("debtor", 0.8)}, "en")
    found = [f for f in detect(ctx, default_detectors()) if f.label == "THIRD_PARTY_DISCLOSURE"]
    assert [f.segment_ids for f in found] == [[2]] and found[0].role_uncertain
    assert [e.cue_segment_id for e in found[0].evidence if e.detector == "dialogue"] == [1]


SWEARING_DEBTOR = [
    ("collector", "Hello, is this Ray Lind? This is Nina with Fairhaven Credit."),
    ("debtor", "Yeah, it's me. You people are scumbags, quit calling me, you deadbeat lowlife."),
    ("collector", "I understand. Your account is past due, can you make a payment this week?"),
]


def test_a_debtor_who_swears_is_not_flagged_when_roles_are_settled():
    found = detect(context(SWEARING_DEBTOR, "en"), default_detectors())
    assert found == []


def test_a_debtor_who_swears_is_not_flagged_when_roles_are_open():
    ctx = context(SWEARING_DEBTOR, "en")
    for seg in ctx.transcript.segments:
        seg.role, seg.role_confidence = "unknown", 0.0
    assert ctx.transcript.segments[1].speaker == "S2"
    assert detect(ctx, default_detectors()) == []


def test_a_lawful_call_with_roles_open_has_no_findings():
    ctx = labelled([
        ("collector", "您好，我是信用卡中心的，请问是邓国栋先生本人吗？"),
        ("debtor", "是我，什么事？"),
        ("collector", "您这期账单还有两千元没还，逾期会上报征信，您看这周能处理吗？"),
        ("debtor", "好的，我周五还。"),
    ], {"S1": ("unknown", 0.0), "S2": ("unknown", 0.0)})
    assert detect(ctx, default_detectors()) == []


def test_a_settled_collector_who_only_threatens_keeps_the_finding():
    """The debtor talks more about the debt than the collector does; the collector's threat stays."""
    found = detect(context([
        ("debtor", "我知道我的账单逾期了，利息和违约金太高了，我还不起。"),
        ("collector", "还不起？那你出门小心你的腿。"),
    ]), default_detectors())
    assert "THREAT" in by_segment(found).get(1, set())
