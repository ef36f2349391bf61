"""Who is listening is a dialogue state: unverified until confirmed, revised by what the listener says later.
Dialogues written here."""

from __future__ import annotations

from detect_cases import disclosures as findings


def test_en_a_yes_to_the_name_then_his_mother():
    """The collector took "yeah?" as the debtor; the listener's later words show she never was."""
    out = findings([
        ("collector", "Hi, is this Curtis Vale?"),
        ("listener", "Yeah?"),
        ("collector", "Curtis, you still owe Brightway nine hundred dollars on the car loan."),
        ("listener", "Whoa, I'm his mother. Curtis is at school."),
    ], "en")
    assert [f.segment_ids for f in out] == [[2]]
    assert out[0].evidence[0].cue_segment_id == 3 and "mother" in out[0].explanation


def test_zh_en_to_the_name_then_his_wife_is_disclosure_in_china():
    turns = [
        ("collector", "喂，请问是邓国栋吗？"),
        ("listener", "嗯。"),
        ("collector", "邓先生，您在我们平台的借款逾期两个月了，一共一万四。"),
        ("listener", "我是他爱人，他手机落家里了。"),
    ]
    out = findings(turns)
    assert len(out) == 1 and out[0].evidence[0].cue_segment_id == 3
    assert "配偶" in out[0].explanation and "我是他爱人" in out[0].explanation


def test_us_spouse_guardian_and_executor_count_as_the_consumer():
    for who in ("This is his wife.", "I'm his legal guardian.", "I'm the executor of his estate."):
        turns = [
            ("collector", "May I speak with Walter Brandt?"),
            ("third_party", who),
            ("collector", "He has a past due balance of two thousand dollars with Cedar Bank."),
        ]
        assert findings(turns, "en", "US") == [], who
        assert len(findings(turns, "en", "CN")) == 1, who


def test_us_a_parent_of_a_minor_counts_as_the_consumer_but_not_a_parent_of_an_adult():
    minor = [
        ("collector", "Is Tyler Ng there?"),
        ("third_party", "I'm his mom. He's only sixteen, what is this?"),
        ("collector", "Tyler has an overdue balance of three hundred dollars for his phone."),
    ]
    adult = [minor[0], ("third_party", "I'm his mom. What is this?"), minor[2]]
    assert findings(minor, "en", "US") == []
    assert len(findings(adult, "en", "US")) == 1


def test_en_another_name_than_the_one_asked_for():
    told = findings([
        ("collector", "Good afternoon, is this Brenda Cole?"),
        ("listener", "This is Maria."),
        ("collector", "Maria, Brenda owes us six hundred dollars and it is past due."),
    ], "en")
    assert len(told) == 1 and told[0].evidence[0].cue_segment_id == 1


def test_en_the_name_asked_for_given_back_verifies_the_debtor():
    assert findings([
        ("collector", "Good afternoon, is this Brenda Cole?"),
        ("listener", "This is Brenda."),
        ("collector", "Brenda, your balance of six hundred dollars is past due."),
    ], "en") == []


def test_zh_another_surname_than_the_one_asked_for():
    out = findings([
        ("collector", "你好，请问是张伟吗？"),
        ("listener", "我是李娜，你哪位？"),
        ("collector", "他在我们这边欠了八千块，一直没还。"),
    ])
    assert len(out) == 1 and out[0].evidence[0].cue_segment_id == 1


def test_zh_moved_out_and_wrong_number_said_late_still_set_the_state():
    moved = findings([
        ("collector", "你好，找一下钱立新。"),
        ("listener", "嗯，你说。"),
        ("collector", "他在我们这里的贷款逾期三个月了。"),
        ("listener", "他早就搬走了，这房子我租的。"),
    ])
    wrong = findings([
        ("collector", "Is this Ana Torres?"),
        ("listener", "Uh huh."),
        ("collector", "Ana, you are ninety days delinquent on the Bluefield card."),
        ("listener", "Wrong number, lady."),
    ], "en")
    assert [f.evidence[0].cue_segment_id for f in moved] == [3]
    assert [f.evidence[0].cue_segment_id for f in wrong] == [3]


def test_a_message_with_a_relative_without_the_debt_is_fine():
    assert findings([
        ("collector", "Hello, is Rosa Quintero home?"),
        ("third_party", "No, I'm her sister. She moved out a while ago."),
        ("collector", "Could you ask her to call Dana back at five five five, oh one three four? Thanks."),
    ], "en") == []
    assert findings([
        ("collector", "你好，请问钱立新在吗？"),
        ("third_party", "他不在，我是他同事。"),
        ("collector", "那麻烦您转告他，有空回个电话，谢谢。"),
    ]) == []


def test_a_debtor_who_confirms_and_swears_is_not_disclosed_to():
    assert findings([
        ("collector", "请问是邓国栋吗？"),
        ("debtor", "是我，又是你们这帮催债的，烦死了！"),
        ("collector", "邓先生，您的借款逾期两个月了，今天需要处理一下。"),
    ]) == []


def test_the_debt_said_to_the_debtor_before_they_confirm_is_not_disclosure():
    """Said to the person who turns out to be the debtor, the debt reached nobody else."""
    assert findings([
        ("collector", "吴倩您好，我是速享消费金融的，您那笔借款逾期二十天了。"),
        ("listener", "嗯，是我，我知道，这个月手头紧。"),
    ]) == []
    assert findings([
        ("collector", "Kevin, it's Rick from Red Rock Auto Credit. Your payment is two months behind."),
        ("listener", "Yeah, this is Kevin. I lost my job, I'll pay Friday."),
    ], "en") == []


def test_a_listener_who_never_says_who_they_are_is_still_unverified():
    out = findings([
        ("collector", "喂，你那笔借款逾期二十天了，什么时候还？"),
        ("listener", "你说什么？"),
    ])
    assert len(out) == 1 and out[0].segment_ids == [0]


def test_a_hold_on_that_opens_a_reveal_is_no_handover():
    """"Hold on, I'm not Sharon, I'm her neighbour": the neighbour keeps the phone and is told the debt."""
    out = findings([
        ("collector", "Hi, is this Sharon Lee?"),
        ("listener", "Mm-hm."),
        ("collector", "Sharon, this is Tony with Keystone Recovery about the rent."),
        ("listener", "Oh, hold on, hold on. I'm not Sharon. I'm Walt, her next-door neighbor."),
        ("collector", "Walt, do me a favor. Tell Sharon she owes Maple Grove twenty-eight hundred."),
    ], "en")
    assert [f.segment_ids for f in out] == [[4]]


def test_the_debt_said_in_other_words_to_a_roommate_named_in_other_words():
    out = findings([
        ("collector", "Yo, is this Brianna?"),
        ("listener", "Yeah?"),
        ("listener", "Wait, you want Brianna? I'm Jess, her roommate."),
        ("collector", "Okay Jess, listen. Your girl borrowed eight hundred off us and she's ninety days late."),
        ("collector", "You tell her to pay by Friday."),
    ], "en")
    assert [f.segment_ids for f in out] == [[3], [4]]
    assert out[0].evidence[0].cue_segment_id == 2


def test_a_yes_to_are_you_his_wife_sets_the_relation():
    """Whisper lost her own words; her yes to the collector's question says who she is."""
    turns = [
        ("collector", "May I speak with Michael Stern?"),
        ("listener", "He can count if it's in life."),
        ("collector", "Can I confirm that you and Michael are married?"),
        ("listener", "Yes. What's this about?"),
        ("collector", "Michael has a past due balance of nineteen hundred dollars with Riverside Clinic."),
    ]
    assert findings(turns, "en", "US") == []  # §1692c(d): the spouse counts as the consumer
    cn = findings(turns, "en", "CN")
    assert len(cn) == 1 and cn[0].evidence[0].cue_segment_id == 3 and "spouse" in cn[0].explanation


def test_zh_a_no_to_are_you_his_wife_sets_nothing():
    turns = [
        ("collector", "请问是邓国栋吗？"), ("listener", "嗯。"),
        ("collector", "你是他爱人吧？"), ("listener", "不是，你打错了吧。"),
        ("collector", "邓国栋在我们平台的借款逾期两个月了，一共一万四。"),
    ]
    out = findings(turns)
    assert len(out) == 1 and "配偶" not in out[0].explanation


def test_this_is_aarons_desk_is_not_aaron():
    """A possessive is no name given: the colleague who says "This is Aaron's desk" is told the debt."""
    out = findings([
        ("collector", "Hi, I'm looking for Aaron Whitaker."),
        ("listener", "This is Aaron's desk. I'm Sam, I sit next to him. Can I take a message?"),
        ("collector", "Yeah, Sam, tell him Sutter Financial called about the card he stopped paying on in November."),
    ], "en")
    assert [f.segment_ids for f in out] == [[2]]


def test_a_front_desk_that_puts_the_call_through_hands_over():
    """After 我给您转到他工位 the next words from that side are the debtor's (one voice in the recording)."""
    out = findings([
        ("collector", "你好，是远航科技吗？麻烦找一下孙磊。"),
        ("listener", "您好，这里是前台，请问您是哪里？有什么事我帮您转达。"),
        ("collector", "我们是东盛银行信用卡中心的，孙磊的信用卡欠款逾期好几个月了。"),
        ("listener", "呃，好的，您稍等，我给您转到他工位。"),
        ("listener", "喂，我是孙磊。"),
        ("collector", "孙先生，你这个账户已经逾期了，今天把两万六还了。"),
    ])
    assert [f.segment_ids for f in out] == [[2]]


def test_us_an_executor_appointed_by_the_court_counts_as_the_consumer():
    turns = [
        ("collector", "May I speak with Gregory Hale?"),
        ("third_party", "Speaking."),
        ("collector", "Mr. Hale, I'm with Bayline Recovery about the estate of Ruth Hale."),
        ("third_party", "Yes, the court appointed me last spring."),
        ("collector", "Her card has a balance of four thousand two hundred dollars."),
    ]
    assert findings(turns, "en", "US") == []
    assert [f.segment_ids for f in findings(turns, "en", "CN")] == [[4]]


def test_us_a_yes_to_since_you_are_the_executor_sets_the_relation():
    """Whisper lost the listener's own words; the yes to the collector's 'you're the executor' says who she is."""
    turns = [
        ("collector", "Good morning, may I speak with Walter Price?"),
        ("listener", "Walter died in March. I'm hearing, older, I'm the one here."),
        ("collector", "I'm sorry for your loss. Since you're the executor, may I discuss one of his accounts?"),
        ("listener", "Yes, go ahead."),
        ("collector", "Walter had a balance of two thousand dollars on a Fairway Bank card."),
    ]
    assert findings(turns, "en", "US") == []
    cn = findings(turns, "en", "CN")
    assert [f.segment_ids for f in cn] == [[4]] and "executor" in cn[0].explanation
