"""Roles from what each speaker says, and a phone handed over: text only, no audio."""

from __future__ import annotations

import pytest

from callguard.speakers import assign_roles, rolehead, roles
from callguard.speakers.handover import split_handovers
from callguard.speakers.rolehead import LOG_ODDS_CAP, speaker_log_odds
from callguard.speakers.roles import ROLE_SURE, collector_scores, likely_collector, matches
from callguard.types import Segment, SpeakerInfo, Word

# --- roles --------------------------------------------------------------------------------------------

def segs(lines: list[tuple[str, str]]) -> list[Segment]:
    return [Segment(id=i, start=3.0 * i, end=3.0 * i + 2.5, text=text, speaker=spk)
            for i, (spk, text) in enumerate(lines)]


def roles_of(lines: list[tuple[str, str]], language: str) -> dict[str, str]:
    return {info.id: info.role for info in assign_roles(segs(lines), language)}


def test_zh_collector_and_debtor():
    lines = [
        ("S1", "喂，您好，请问是刘明辉先生吗？"),
        ("S2", "嗯，是我，你哪里？"),
        ("S1", "刘先生，我这边是安信消费金融贷后管理部的，您的借款已经逾期二十天了。"),
        ("S2", "我知道，最近资金周转不开，我月底发了工资一定还。"),
    ]
    segments = segs(lines)
    infos = assign_roles(segments, "zh")
    assert [(i.id, i.role) for i in infos] == [("S1", "collector"), ("S2", "debtor")]
    assert all(i.confidence > 0.5 and i.evidence for i in infos)
    assert [s.role for s in segments] == ["collector", "debtor", "collector", "debtor"]


def test_zh_third_party_and_a_debtor_who_picks_up_first_and_swears():
    assert roles_of([
        ("S1", "喂？"),
        ("S2", "你好，找一下孙丽女士。"),
        ("S1", "她不在家，我是她老公，你有什么事？"),
        ("S2", "麻烦你让她尽快回个电话，是关于她信用卡还款的事。"),
    ], "zh") == {"S1": "third_party", "S2": "collector"}
    assert roles_of([
        ("S1", "谁啊？"),
        ("S2", "我是鼎盛资产管理公司的，受银行委托联系你处理欠款。"),
        ("S1", "又是你们这些催债的，烦不烦，滚！老子没钱！"),
        ("S2", "您的欠款已经逾期半年，今天必须给个还款时间。"),
    ], "zh") == {"S1": "debtor", "S2": "collector"}


def test_zh_homophones_from_whisper_still_match():
    assert any(m.cue.role == "collector" for m in matches("你这笔钱已经预期两个月了", "zh"))
    assert any(m.cue.role == "collector" for m in matches("我们是华信推收部的", "zh"))


def test_zh_without_cues_stays_unknown():
    assert roles_of([("S1", "喂？"), ("S2", "喂，听得到吗？"), ("S1", "信号不好。")], "zh") == {
        "S1": "unknown", "S2": "unknown"}


def test_en_collector_and_debtor():
    assert roles_of([
        ("S1", "Hello?"),
        ("S2", "Hi, may I speak with Tom Reyes?"),
        ("S1", "Yeah, speaking."),
        ("S2", "Tom, this is Dana calling from Harbor Point Recovery about your past due Visa balance."),
        ("S1", "Look, I lost my job in March. I can pay fifty dollars next Friday."),
    ], "en") == {"S1": "debtor", "S2": "collector"}


def test_en_wrong_number_is_a_third_party():
    assert roles_of([
        ("S1", "Good afternoon, I'm trying to reach Carla Jenkins."),
        ("S2", "Sorry, you've got the wrong number. I don't know anyone by that name."),
        ("S1", "This is Pete with Allied Credit Solutions. If you see her, have her call us back."),
        ("S2", "Like I said, wrong number."),
    ], "en") == {"S1": "collector", "S2": "third_party"}


def test_en_debtor_who_swears_is_not_the_collector():
    assert roles_of([
        ("S1", "Is this Ray Dunn?"),
        ("S2", "Who the hell is this? Stop calling me, you people are scum."),
        ("S1", "Mr. Dunn, I'm with Midland Bay Financial, calling about the balance on your loan."),
        ("S2", "I told you damn people I'll pay when I can. Quit harassing me."),
    ], "en") == {"S1": "collector", "S2": "debtor"}


def test_en_three_parties():
    assert roles_of([
        ("S1", "Hello, Grant residence."),
        ("S2", "Hi, is Melissa Grant available? This is Joe from Crestline Collections."),
        ("S1", "I'm her mother. Hang on, let me get her."),
        ("S3", "Hi, this is Melissa."),
        ("S2", "Melissa, I'm calling about the past due balance on your account."),
        ("S3", "I know, I can pay half of it on Monday."),
    ], "en") == {"S1": "third_party", "S2": "collector", "S3": "debtor"}


def test_phone_handed_to_the_debtor_becomes_a_new_speaker():
    """The father and the son sound alike to the encoder; what they say shows the phone changing hands."""
    segments = segs([
        ("0", "喂？"),
        ("1", "你好，我找一下陈刚先生。"),
        ("0", "我是他爸，他在里屋，你等一下，我把电话给他。"),
        ("0", "喂，你哪位？"),
        ("1", "陈先生，我是宏远小贷的，您的借款已经逾期了。"),
        ("0", "我知道，我下周一就还。"),
    ])
    split = split_handovers(segments, "zh")
    assert [s.speaker for s in split] == ["0", "1", "0", "0>", "1", "0>"]
    assert {i.id: i.role for i in assign_roles(split, "zh")} == {
        "0": "third_party", "1": "collector", "0>": "debtor"}


@pytest.mark.parametrize("handover", ["哎你等一下，他回来了。建国，你电话！", "他出来了，你的电话。",
                                      "老孙，银行找你，你接吧。", "建国，快点，银行的电话！", "爸"])
def test_zh_he_is_back_and_the_phone_is_yours_hands_over(handover):
    split = split_handovers(segs([
        ("1", "喂，请问是孙建国吗？"), ("0", "我是他爸，他出去买菜了。"), ("1", "好的叔叔，那我晚点再打。"),
        ("0", handover), ("0", "喂，哪位？"), ("1", "孙先生您好，我是恒通金融的。")]), "zh")
    assert [s.speaker for s in split] == ["1", "0", "1", "0", "0>", "1"]


def test_handover_inside_one_segment_is_cut_at_the_new_name():
    chunks = ["她", "下来了，", "你", "自己", "跟", "她", "说吧。", "喂，", "我是", "周", "敏，", "什么", "事？"]
    words = [Word(0.4 * i, 0.4 * i + 0.3, c) for i, c in enumerate(chunks)]
    seg = Segment(id=0, start=0.0, end=words[-1].end, text="".join(chunks), words=words, speaker="0")
    caller = Segment(id=1, start=6.0, end=8.0, text="周女士，我是恒通金融的。", speaker="1")
    split = split_handovers([seg, caller], "zh")
    assert [(s.speaker, s.text) for s in split] == [
        ("0", "她下来了，你自己跟她说吧。"), ("0>", "喂，我是周敏，什么事？"), ("1", "周女士，我是恒通金融的。")]


def one_segment(chunks: list[str], speaker: str = "0") -> Segment:
    words = [Word(0.4 * i, 0.4 * i + 0.3, c) for i, c in enumerate(chunks)]
    return Segment(id=0, start=0.0, end=words[-1].end, text="".join(chunks), words=words, speaker=speaker)


@pytest.mark.parametrize("chunks, language, cut", [
    (["他", "出来了，", "高鹏，", "你", "电话，", "喂，", "您好。"], "zh", 5),
    (["你等等，", "我", "叫他，", "你", "自己", "跟", "人家", "说，", "喂，", "谁啊？"], "zh", 8),
    (["Hold on, ", "let me ", "get him. ", "Hello? ", "Who's ", "this?"], "en", 3),
    (["老孙，", "电话，", "叫你呢，", "喂，", "我是", "孙建国。"], "zh", 3),   # "找你的" heard as 叫你呢
    (["行吧，", "老杜，", "银行长你，", "喂，", "你好。"], "zh", 3),            # a second greeting: 找你 lost
    (["他", "醒了，", "你", "自己", "跟", "他", "说，", "为", "谁", "爱？"], "zh", 7),  # 喂，谁啊 heard as 为谁爱
    (["Yeah, ", "one sec, ", "Danny! ", "Hello, ", "this is ", "Dan."], "en", 3),
])
def test_a_greeting_after_the_handover_in_the_same_segment_is_the_new_voice(chunks, language, cut):
    caller = Segment(id=1, start=6.0, end=8.0, text="您好，我是恒通金融的。", speaker="1")
    split = split_handovers([one_segment(chunks), caller], language)
    assert [(s.speaker, s.text) for s in split[:2]] == [
        ("0", "".join(chunks[:cut]).strip()), ("0>", "".join(chunks[cut:]).strip())]


def test_en_you_want_my_mom_is_a_third_party():
    lines = [("1", "Hello, is this Rosa Diaz?"), ("0", "Yeah."),
             ("1", "Ms. Diaz, this is Tom with Crestline Recovery about your account."),
             ("0", "Wait, oh, you want my mom."), ("1", "I see.")]
    assert roles_of(lines, "en") == {"0": "third_party", "1": "collector"}


def test_en_calling_mom_to_the_phone_hands_it_over():
    split = split_handovers(segs([
        ("1", "May I speak with Linda Hale?"), ("0", "That's my mom. Who's calling?"),
        ("1", "It's a personal business matter. Is she available?"), ("0", "Mom!"),
        ("0", "Hello, this is Linda."), ("1", "Hi Linda, I'm with Crestline Recovery.")]), "en")
    assert [s.speaker for s in split] == ["1", "0", "1", "0", "0>", "1"]


def test_en_theres_a_man_on_the_phone_for_you_hands_it_over():
    split = split_handovers(segs([
        ("1", "Hi, is this June Park?"), ("0", "No, I'm her aide. She's resting."), ("1", "Could you get her?"),
        ("0", "June, honey, there's a man on the phone for you."), ("0", "Hello, this is June."),
        ("1", "Mrs. Park, I'm with Crestline Recovery.")]), "en")
    assert [s.speaker for s in split] == ["1", "0", "1", "0", "0>", "1"]


def test_this_is_his_phone_hands_nothing_over():
    split = split_handovers(segs([
        ("1", "喂，请问是孙建国吗？"), ("0", "这是孙建国的电话"), ("0", "他在开会，你哪位？"),
        ("1", "我是恒通金融的。")]), "zh")
    assert [s.speaker for s in split] == ["1", "0", "0", "1"]


def test_zh_a_caller_who_asks_for_someone_at_work_and_names_no_debt_is_the_collector():
    lines = [("0", "喂，你好，宏达物流调度室。"), ("1", "你好，请问张蕾是在你们这儿上班吗？"),
             ("0", "是我们这儿的，出车去了，你哪位？"), ("1", "我姓何，找她有点私人的事，只能跟她本人谈。"),
             ("0", "那你晚上再打吧。"), ("1", "好的，麻烦她回个电话。")]
    assert roles_of(lines, "zh") == {"0": "third_party", "1": "collector"}


def test_a_line_checked_twice_is_no_new_voice():
    split = split_handovers([one_segment(["Hello? ", "Hello, ", "this is ", "Dan."]),
                             Segment(id=1, start=6.0, end=8.0, text="Hi Dan, it's Crestline Recovery.", speaker="1")],
                            "en")
    assert [s.speaker for s in split] == ["0", "1"]


def test_a_greeting_before_the_handover_cuts_nothing():
    seg = one_segment(["喂，", "你", "等一下，", "我", "去", "叫", "他", "过来。"])
    split = split_handovers([seg, Segment(id=1, start=6.0, end=8.0, text="好的。", speaker="1")], "zh")
    assert [(s.speaker, s.text) for s in split] == [("0", "喂，你等一下，我去叫他过来。"), ("1", "好的。")]


def test_en_an_answer_garbled_by_whisper_is_still_the_debtor_who_offers_to_pay():
    assert roles_of([
        ("S1", "Is this Travis Boone?"),
        ("S2", "Yes, Boone is."),
        ("S1", "This is Mike with Summit Point Recovery about your furniture account."),
        ("S2", "I know. Things have been tight."),
        ("S1", "Then put something down today."),
        ("S2", "I can do maybe 500 Friday."),
    ], "en") == {"S1": "collector", "S2": "debtor"}


def test_the_phone_handed_back_is_the_first_voice_again():
    split = split_handovers(segs([
        ("1", "您好，请问是吴德明先生吗？"), ("0", "我是他女儿，有什么事跟我说吧。"),
        ("1", "这个需要跟吴先生本人确认。"), ("0", "那你等等。爸，你的电话，你自己跟他说。"), ("0", "喂？谁呀？"),
        ("1", "吴先生您好，我是安信银行的。"),
        ("0", "好好。闺女，你跟他说吧。"), ("0", "喂，我爸说明天去还。"), ("1", "好的，再见。")]), "zh")
    assert [s.speaker for s in split] == ["1", "0", "1", "0", "0>", "1", "0>", "0", "1"]


def test_the_phone_handed_back_in_the_same_breath():
    chunks = ["好好。", "闺女，", "你", "跟", "他", "说，", "喂，", "我爸", "说", "明天", "去还。"]
    split = split_handovers([one_segment(chunks, "0>"), Segment(id=1, start=6.0, end=8.0, text="好的。", speaker="1")],
                            "zh")
    assert [(s.speaker, s.text) for s in split[:2]] == [("0>", "好好。闺女，你跟他说，"), ("0", "喂，我爸说明天去还。")]


def test_the_collector_passes_no_phone_on():
    split = split_handovers(segs([
        ("1", "喂，请问是孙建国吗？"), ("0", "我是他爸。"),
        ("1", "叔叔，我是恒通金融的，您自己跟他说一声，让他给我回电话。"), ("0", "好的。"),
        ("1", "谢谢您，我是恒通金融的，工号三零二。")]), "zh")
    assert [s.speaker for s in split] == ["1", "0", "1", "0", "1"]


@pytest.mark.parametrize("lines, language", [
    ([("S1", "Hi, this is Dana's phone, I'm her coworker."), ("S2", "Could you ask Dana to call Carlos?"),
      ("S1", "Oh wait, she's coming back now."), ("S3", "Dana, it's for you."), ("S4", "Hi, this is Dana."),
      ("S2", "Hi Dana, this is Carlos with Crestline Recovery about your balance.")], "en"),
    ([("S1", "你好，远行物流，请问找哪位？"), ("S2", "找一下你们财务部的孙涛。"), ("S1", "好的，我给您转到财务部。"),
      ("S3", "喂，你好，财务部孙涛。"), ("S2", "孙涛，我是华信银行的，你的信用卡欠款逾期了。")], "zh"),
])
def test_the_name_asked_for_said_as_ones_own_after_a_handover_is_the_debtor(lines, language):
    roles = roles_of(lines, language)
    assert roles[lines[-2][0]] == "debtor" and roles[lines[0][0]] == "third_party"


@pytest.mark.parametrize("lines, language", [
    ([("S1", "Hi, is this Christopher Hall?"), ("S2", "No, Chris isn't here. I'm his roommate."),
      ("S1", "Okay. Could you let him know Nina called?"),
      ("S2", "Okay, fine. It's me. I figured you were a collector."),
      ("S1", "Thanks, Mr. Hall. This is Summit Ridge Financial about your medical bill.")], "en"),
    ([("S1", "赵磊是吧？"), ("S2", "赵磊？不认识，你打错了。"), ("S1", "刚才你室友都喊你小赵了，还装？"),
      ("S2", "行，是我，你想怎么样？"), ("S1", "你在我们平台借的三万块逾期了。")], "zh"),
])
def test_a_debtor_who_denies_and_then_admits_is_the_debtor(lines, language):
    assert roles_of(lines, language)["S2"] == "debtor"


# --- roles from the whole call: the answerer is not the debtor ------------------------------------------

def infos_of(lines: list[tuple[str, str]], language: str) -> dict[str, SpeakerInfo]:
    return {info.id: info for info in assign_roles(segs(lines), language)}


def test_en_payroll_desk_that_says_speaking_is_a_third_party():
    assert roles_of([
        ("S1", "Payroll, Gwen speaking."),
        ("S2", "Hi Gwen, I'm trying to reach Oscar Pell. Does he still work there?"),
        ("S1", "He's on shift today, yes. Who's calling?"),
        ("S2", "This is Lee with Northgate Recovery. Please have him call us back."),
    ], "en") == {"S1": "third_party", "S2": "collector"}


def test_en_a_yes_to_the_name_is_revised_by_a_later_relationship():
    assert roles_of([
        ("S1", "Hello?"),
        ("S2", "Is this Jordan Mays?"),
        ("S1", "Yeah, speaking."),
        ("S2", "Jordan, this is Casey with Summit Lending about your overdue installment."),
        ("S1", "Oh, you want my son. I'm his father, Jordan moved out last spring."),
        ("S1", "I'll pay it for him on Friday if that ends the calls."),
    ], "en") == {"S1": "third_party", "S2": "collector"}


def test_zh_roommate_who_said_en_first_is_a_third_party():
    assert roles_of([
        ("S1", "喂，你好。"),
        ("S2", "你好，请问是黄志强吗？"),
        ("S1", "嗯。"),
        ("S2", "黄先生，我这边是鑫源小贷的，您的借款已经拖了一个多月了。"),
        ("S1", "不是，我是他室友，他早就不住这了。"),
    ], "zh") == {"S1": "third_party", "S2": "collector"}


def test_how_the_collector_speaks_to_the_listener_tells_a_third_party():
    assert roles_of([
        ("S1", "Hello?"),
        ("S2", "Hi, is Devin around?"),
        ("S1", "Not right now."),
        ("S2", "Okay. Could you ask him to give Mara a ring at five five five, oh one two two?"),
        ("S1", "Sure."),
    ], "en") == {"S1": "third_party", "S2": "collector"}


def test_someone_who_demands_money_is_the_collector_even_on_thin_evidence():
    infos = infos_of([
        ("S1", "喂？"),
        ("S2", "拖了这么久，你到底什么时候还？"),
        ("S1", "过两天吧。"),
    ], "zh")
    assert infos["S2"].role == "collector" and infos["S2"].confidence < ROLE_SURE
    assert infos["S1"].role != "collector"


def test_a_settled_collector_is_sure_and_a_lawful_call_keeps_its_roles():
    infos = infos_of([
        ("S1", "Good morning, may I speak with Ana Ruiz?"),
        ("S2", "Speaking."),
        ("S1", "Ana, this is Paul with Lakeview Credit Union. This is an attempt to collect a debt."),
        ("S1", "Your balance is four hundred dollars. Can you make a payment this week?"),
        ("S2", "I can pay half on Friday and the rest next month."),
    ], "en")
    assert infos["S1"].role == "collector" and infos["S1"].confidence >= ROLE_SURE
    assert infos["S2"].role == "debtor"


def test_likely_collector_ignores_the_labels():
    segments = segs([
        ("S1", "您好，我是恒达资产管理公司的，受银行委托跟您联系，您的信用卡欠款已经逾期了。"),
        ("S2", "我知道，我下个月发了工资就还。"),
    ])
    for seg, role in zip(segments, ("third_party", "collector"), strict=True):
        seg.role, seg.role_confidence = role, 0.9
    assert likely_collector(segments, "zh") == "S1"


# --- the learned term: how each speaker talks over the whole call ---------------------------------------

ZH_NO_CUE = [
    ("S1", "喂？"),
    ("S2", "这个月的钱什么时候能处理一下？"),
    ("S1", "下午我再看看吧。"),
    ("S2", "那你今天下午之前先转一部分过来。"),
    ("S1", "我下个月发工资再说。"),
    ("S2", "你拖了这么久，总得给个说法。"),
]
EN_NO_CUE = [
    ("S1", "Hello?"),
    ("S2", "Can you at least put something down today?"),
    ("S1", "I'll see what I can do."),
    ("S2", "We need something from you before the weekend, sir."),
    ("S1", "Okay, okay."),
    ("S2", "Then I'll mark you down for Thursday and call you back."),
]


@pytest.mark.parametrize("lines, language", [(ZH_NO_CUE, "zh"), (EN_NO_CUE, "en")])
def test_a_collector_without_any_cue_phrase_is_found_by_how_they_talk(lines, language, monkeypatch):
    assert not [m for _, text in lines for m in matches(text, language) if m.cue.weight]  # "hello" marks a pickup only
    infos = infos_of(lines, language)
    assert infos["S2"].role == "collector" and infos["S2"].confidence < ROLE_SURE
    assert infos["S1"].role == "debtor"
    monkeypatch.setattr(roles, "LEARNED_WEIGHT", 0.0)
    assert roles_of(lines, language) == {"S1": "unknown", "S2": "unknown"}


@pytest.mark.parametrize("lines, language", [
    ([("S1", "喂，哪位？"),
      ("S2", "你好，这里是安信消费金融，请问是王磊吗？"),
      ("S1", "你他妈的别再打了，老子没钱！钱的事我自己会想办法，利息太高了，本金我还了一半了，凭什么还要还这么多钱！"),
      ("S2", "先生，请您冷静。"),
      ("S1", "滚，你们这些放高利贷的，欠钱又不犯法。")], "zh"),
    ([("S1", "Who is this?"),
      ("S2", "This is Maria with Crestline Recovery, is this Jordan?"),
      ("S1", "Stop calling me, damn it! I paid half that balance already, the interest is a rip-off and I'm not "
             "paying another dollar of that debt until you send me the statement."),
      ("S2", "I understand, sir."),
      ("S1", "Go to hell, you bloodsuckers. Owing money isn't a crime.")], "en"),
])
def test_a_debtor_who_swears_about_money_is_not_made_the_collector(lines, language):
    odds = speaker_log_odds(segs(lines))
    assert odds["S2"] > odds["S1"]
    assert roles_of(lines, language) == {"S1": "debtor", "S2": "collector"}


def test_a_debtor_who_only_answers_is_never_rescued_as_the_collector():
    assert roles_of([("S1", "喂？"), ("S2", "喂，听得到吗？"), ("S1", "嗯，你说。")], "zh") == {
        "S1": "unknown", "S2": "unknown"}
    answers = roles_of([
        ("S1", "Hello?"),
        ("S2", "Hi, is Dana there?"),
        ("S1", "No, she went out. Money's been tight for all of us, we can't pay anybody's bills."),
        ("S2", "Alright, thanks."),
    ], "en")
    assert answers["S1"] != "collector"


def test_a_clear_cue_lead_outweighs_the_learned_term(monkeypatch):
    assert 2 * LOG_ODDS_CAP * roles.LEARNED_WEIGHT < roles.COLLECTOR_LEAD
    lines = [
        ("S1", "喂，您好，请问是刘明辉先生吗？"),
        ("S2", "嗯，是我，你哪里？"),
        ("S1", "刘先生，我这边是安信消费金融贷后管理部的，您的借款已经逾期二十天了。"),
        ("S2", "我知道，最近资金周转不开，我月底发了工资一定还。"),
    ]
    monkeypatch.setattr(roles, "speaker_log_odds", lambda _: {"S1": -LOG_ODDS_CAP, "S2": LOG_ODDS_CAP})
    infos = infos_of(lines, "zh")
    assert infos["S1"].role == "collector" and infos["S2"].role == "debtor"


def test_the_learned_score_is_deterministic():
    segments = segs(ZH_NO_CUE + EN_NO_CUE)
    first = speaker_log_odds(segments)
    assert speaker_log_odds(list(reversed(segments))) == first
    assert collector_scores(segments, "zh") == collector_scores(segs(ZH_NO_CUE + EN_NO_CUE), "zh")
    rolehead.load.cache_clear()
    assert speaker_log_odds(segments) == first


# --- who answered: relations said in other words, and a listener told to pass the debt on ------------------

@pytest.mark.parametrize("lines", [
    [("S1", "Hey, is this Marla?"), ("S2", "Yeah, speaking."),
     ("S1", "Marla, it's Tony from Apex Recovery about the loan you owe us."),
     ("S2", "Hold on, you want Marla? I'm Dee, Marla's sister. She's not around.")],
    [("S1", "Good afternoon, is this HR?"), ("S2", "Yes, HR at Northfield Foods, how can I help?"),
     ("S1", "I'm calling from Carter Credit. Mr. Dunn has an outstanding balance with us."),
     ("S2", "We don't discuss employees."), ("S1", "Then just let Dave know he should call me today.")],
    [("S1", "Hello, Luis Ortega?"), ("S2", "Uh huh."),
     ("S1", "Luis, this is Pam at Ridge Finance, your payment is sixty days late."),
     ("S2", "That's his business, not mine. Take it up with him.")],
])
def test_en_someone_else_answers_in_words_no_list_holds(lines):
    assert roles_of(lines, "en") == {"S1": "collector", "S2": "third_party"}


@pytest.mark.parametrize("lines", [
    [("S1", "喂，是周强吗？"), ("S2", "对头，啥子事？"),
     ("S1", "我是速贷平台的，周强欠了我们一万二，逾期三个月了。"),
     ("S2", "我是他老丈人，他欠的钱关我啥子事？")],
    [("S1", "请问是马丽吗？"), ("S2", "嗯。"),
     ("S1", "我是恒信资产的，马丽的信用卡欠款逾期了，你让她赶紧还钱。"),
     ("S2", "她都三十多岁的人了，你们找她去，别找我。")],
    # the name asked for, spoken of as someone else
    [("S1", "喂，请问是张伟家吗？"), ("S2", "张伟？他住对门，我是隔壁的，他家没人。"),
     ("S1", "那麻烦你跟他说一声，他在我们平台的借款逾期了，欠了八千。"), ("S2", "这个我可不管，你自己找他。")],
    [("S1", "你好，是李娜吗？"), ("S2", "嗯，你说。"),
     ("S1", "李女士，我是快贷的，你的借款已经逾期三个月了，今天必须还。"),
     ("S2", "等等，李娜是我们组的，她去开会了，我帮她接的电话。")],
])
def test_zh_someone_else_answers_in_words_no_list_holds(lines):
    assert roles_of(lines, "zh") == {"S1": "collector", "S2": "third_party"}


@pytest.mark.parametrize(("lines", "language"), [
    ([("S1", "喂，是李军吗？"), ("S2", "是我，你哪位？"),
      ("S1", "我是安信金融的，您的借款逾期二十天了，您姐夫上次说帮您问问。"),
      ("S2", "我知道，我发了工资就还。")], "zh"),
    ([("S1", "Is this Nate Hill?"), ("S2", "Yeah, that's me."),
      ("S1", "Nate, this is Gina with Summit Recovery. Your account has an unpaid balance."),
      ("S2", "I know. I lost my job, I'll pay Friday.")], "en"),
    ([("S1", "Is this Lisa Romero?"), ("S2", "Yes, speaking."),
      ("S1", "This is Craig with Ironclad Recovery about your credit card balance."),
      ("S2", "Look, I'm a single mom, I can do fifty a month.")], "en"),
    # a debtor who says their own name
    ([("S1", "喂，张伟吗？"), ("S2", "对，我就是张伟，你哪位？"),
      ("S1", "我是快贷的，你的借款逾期了，欠了八千。"), ("S2", "我知道，我下周发工资就还。")], "zh"),
    ([("S1", "Hello, Dana Cruz?"), ("S2", "Yes, this is Dana."),
      ("S1", "Dana, it's Lou from Apex Recovery, your loan is sixty days past due."),
      ("S2", "I know, I'll pay Friday.")], "en"),
])
def test_the_debtor_stays_the_debtor(lines, language):
    assert roles_of(lines, language) == {"S1": "collector", "S2": "debtor"}


def test_the_roommate_and_a_handover_said_plainly():
    assert roles_of([
        ("S1", "Yo, Brianna?"), ("S2", "Yeah, speaking, who's this?"),
        ("S1", "This is Dwayne from QuickCash, you've been ducking us on that payday loan."),
        ("S2", "Wait, I'm Jess, the roommate. She put me down as the emergency contact."),
    ], "en") == {"S1": "collector", "S2": "third_party"}
    segments = split_handovers(segs([
        ("S1", "请问是刘伟吗？"), ("S2", "不是，我是他同事。"), ("S1", "能不能请他接一下电话？"),
        ("S2", "行吧，你等会儿，我去喊他。"), ("S1", "刘伟先生您好，我是安信汽车金融的。"),
        ("S2", "我走出来了，你说吧，是不是车贷的事？"),
    ]), "zh")
    assert [s.speaker for s in segments] == ["S1", "S2", "S1", "S2", "S1", "S2>"]


@pytest.mark.parametrize(("lines", "language"), [
    # Whisper lost the wife's own words; the collector's "you and Michael" still says she is not Michael
    ([("S1", "Good evening. May I speak with Michael Stern?"), ("S2", "He can count if it's in life, Rachel."),
      ("S1", "Thank you. Can I confirm that you and Michael are married?"), ("S2", "Yes. What's it about?"),
      ("S1", "I'm calling about a balance with Riverside Clinic for Michael's knee surgery.")], "en"),
    ([("S1", "喂，请问是王建华吗？"), ("S2", "嗯，啥事？"),
      ("S1", "我是安信金融的，你跟王建华是什么关系？"), ("S2", "你说吧。"),
      ("S1", "那你转告王建华，他的借款逾期了，让他今天联系我们。")], "zh"),
])
def test_the_collector_speaking_of_the_person_asked_for_makes_the_listener_someone_else(lines, language):
    infos = infos_of(lines, language)
    assert {k: v.role for k, v in infos.items()} == {"S1": "collector", "S2": "third_party"}
    assert any("speaks to them of the person asked for" in note for note in infos["S2"].evidence)


@pytest.mark.parametrize(("lines", "language"), [
    # the name asked for again, and the debtor addressed by name: no third person
    ([("S1", "Hi, is this Michael Stern?"), ("S2", "Yes, speaking."),
      ("S1", "Michael, this is Amy with Riverside Billing about your balance. Is Michael Stern your legal name?"),
      ("S2", "Yes, why?")], "en"),
    ([("S1", "喂，是王建华吗？"), ("S2", "是我，你哪位？"),
      ("S1", "王建华你好，我是安信金融的，你的借款逾期了。"), ("S2", "我知道，月底还。")], "zh"),
])
def test_the_debtor_addressed_by_name_stays_the_debtor(lines, language):
    assert roles_of(lines, language) == {"S1": "collector", "S2": "debtor"}


@pytest.mark.parametrize(("lines", "language"), [
    # the person asked for is the executor of a debtor who has died: "Speaking" does not make him the debtor
    ([("S1", "Good afternoon, may I speak with Gregory Hale?"), ("S2", "Speaking."),
      ("S1", "Mr. Hale, this is Nina Ortiz with Bayline Recovery, a debt collector, about the estate of Ruth Hale."),
      ("S2", "Yes, the court appointed me last spring."),
      ("S1", "As the executor, you're the person I can discuss her account with.")], "en"),
    ([("S1", "喂，请问是周立新吗？"), ("S2", "我是，您哪位？"),
      ("S1", "周先生您好，我是恒信金融的，您父亲已经去世了，他生前在我们这里有一笔借款。"),
      ("S2", "这个我不太清楚。"),
      ("S1", "作为继承人，遗产范围内的欠款需要跟您核对一下。")], "zh"),
])
def test_the_heir_or_executor_asked_for_by_name_is_not_the_debtor(lines, language):
    assert roles_of(lines, language) == {"S1": "collector", "S2": "third_party"}


def test_who_passes_the_phone_on_is_someone_else_and_who_takes_it_the_debtor():
    """Neither says who they are in words the cues know (Whisper garbled "我是他爱人"); the handover decides."""
    lines = [("S1", "喂您好，请问孙建国先生在吗？"), ("S2", "对，你哪里？"),
             ("S1", "阿姨您好，我是恒通金融的，麻烦您请孙先生接一下电话。"), ("S2", "老孙，找你，你接吧。"),
             ("S3", "喂，什么事？"), ("S1", "孙先生您好，我是恒通金融的，您的借款逾期了。")]
    assert roles_of(lines, "zh") == {"S1": "collector", "S2": "third_party", "S3": "debtor"}
