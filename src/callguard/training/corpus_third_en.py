# ruff: noqa: E501  (template data: one template per line)
"""A third author's template families for training/corpus.py (US English), written from the taxonomy alone."""

EN_THIRD = {
    "THREAT": {
        "v3_threat_property_accidents": """
That {car} of yours sleeps out on {street} every night, (right|doesn't it)? (Tires go flat on streets like that.|Windshields have a way of cracking out there.|Be a shame if it woke up with a few scratches.)
{fill}, I'd hate for your (mailbox|porch light|front window) to have (an accident|a bad night) before this {amt} gets handled.
(Things|Stuff) happen to (cars|trucks) that sit in (driveways|carports) when the owners don't return calls, {first}.
You want that {car} to keep (starting in the morning|looking the way it does)? Then {amts} goes out {time}.
(Funny thing about|Thing about) garages, they (catch fire|flood) (easy|real easy). Pay (what you owe|up) and we never have to (talk about that|find out).
(Nice|Pretty) little (yard|garden) you got on {street}. (Somebody|Some folks) could (make a real mess of it|tear it up) in one night.
We don't repossess anything, {first}. We just stop worrying about what happens to a {car} parked on the street.
""",
        "v3_threat_community_exposure": """
(The pastor|The reverend) at your church (might|would) (find it interesting|like to know) how a (deacon|member) handles (his|her) debts. (Pay it|Get it handled) and he (never hears|won't hear) a word.
Your whole congregation reads that prayer list, [{first},] and (I'd hate|we'd hate) for your name to end up on it (for this|for the wrong reason).
The (PTA|parent group) at {school} (has|keeps) a group chat, you know. (Real active.|Lots of members.) (Let's keep|Keep) you out of it: {amts} {time}.
(Folks|People) around {county} County (talk|love to gossip), and I can give them something to talk about, or you can (make a payment|settle up) today. Your pick.
How would your (softball team|bowling league|book club) (feel|react) seeing a (flyer|notice) with your (face|name) and this balance on it?
(Small town|Small place), {first}. Everybody at the (diner|barbershop|feed store) already knows whose truck that is, and it wouldn't take much for them to know (the rest|what you owe).
We can send your (balance|account summary) to you privately, or to the (homeowners association|HOA board|neighborhood watch). Which (one|would you) (do you prefer|rather)?
""",
        "v3_threat_workplace_exposure": """
(Your|The) front desk at (work|the office) will (hear|be hearing) a lot more than a phone call if this isn't paid {time}.
(I'm sure|I bet) your (supervisor|shift manager|HR lady) would love a (copy|printout) of this file. Or you could just (send {amts}|make a payment) and we forget where you work.
{fill}, we know where you clock in. The next call goes to (the break room|your manager|the front office), not your cell.
How long do you think you'd last at that (job|warehouse|dealership) once (your boss|everybody on your shift) knows you skip out on bills?
Be a real shame if the (payroll|HR) office at your job got (a letter|a fax|a visit) about this {amt}, wouldn't it?
Pay today and your (coworkers|colleagues) go on thinking you're (a responsible adult|somebody who has it together).
You're a (nurse|teacher|bus driver|security guard), right? Those places care about character, and I know (the number|who to call) over there.
""",
        "v3_threat_online_exposure": """
(We've got|I've got) your (profile picture|Facebook photo) pulled up right now. (Would be|It'd be) easy to tag it with the words 'deadbeat, owes {amt}'.
Your (cousins|friends|followers) on (Instagram|Facebook|TikTok) don't know about the {prod} yet. (Let's keep it that way.|Want to keep it that way?) {amts}, {time}.
There's a (family|neighborhood) group chat with your name in it, and (I'm|we're) (one message|one screenshot) away from (joining the conversation|posting in it).
(One post|A single post) in the {county} County (community page|Nextdoor group|swap group) and everybody (knows who's dodging us|finds out you don't pay your bills).
(We do|We run) a (monthly|weekly) (list|post) of accounts like yours. (Pay|Clear it) {time} and you're not on (it|the next one).
Either every number in your contacts gets a text from us tonight, or you call back with a card number. (Those are|That's) the (choices|options).
(Smile|Say cheese), {first}. That picture from your (wedding|graduation|church picnic) would look (real good|great) on a (past-due notice|wall of shame).
""",
        "v3_threat_people_sent": """
(We've got|I've got) (a couple of|two) guys in {county} County (this week|on Thursday). (Want them to|They could) stop by {street} and (talk to you|have a chat) in person.
(Somebody|One of our people) (will be|is gonna be) (sitting|waiting) outside (your place|your job|{school}) until this gets paid. (Wave when you see him.|He's patient.)
Next time it won't be a phone call, {first}. It'll be (a knock|somebody on your porch|a man at your door).
Our field (guys|people) don't call ahead, (sir|ma'am). Send {amts} today and they never have to (find|visit) your house.
(I can|We can) have someone at (the hospital|the plant|your work) by (lunch|noon|end of shift) asking for you by name. (Is that|That) what you want?
You ever had (visitors|company) you didn't invite? Keep (ignoring|dodging) (us|these calls) and you will.
{fill}, (my associate|my partner) lives (pretty close to|about ten minutes from) {street}. (He likes to|He'll) drop by when people (go quiet|stop answering).
""",
        "v3_threat_family_veiled": """
We know which way your (kid|daughter|son) walks home from {school}. (Just something to think about|Think about that) while you (find|scrape together) {amts}.
Your {rel} (seems|sounds) (like a nice person|real sweet). (Be a shame|Shame) if they got (dragged into|mixed up in) this.
(Pickup|Dismissal) at {school} is around three, right? (I've got|We've got) a lot of information, {first}. Pay the account.
Your {rel_f} still lives over on {street}, doesn't she? (Good to know.|Mm-hm.) Get us {amts} {time}.
(People|Families) get (hurt|caught in the middle) when (debts|accounts like this) sit too long. I'm just telling you how it goes.
You've got a family, {first}. (I'd|I would) think about them real hard before (hanging up on me again|you skip another payment).
Your [little] (boy|girl) still ride the bus from {school}? Pay the account and I stop asking questions like that.
""",
        "v3_threat_stays_between_us": """
Send {amts} {time} and nobody [else] ever needs to hear about it.
(Right now|At the moment) this is between you and me. (How long it stays that way|Whether it stays that way) is (up to you|your call).
(Settle up|Clear the balance) and this conversation never leaves this (room|desk|office). Skip it, and it'll go a lot of places.
I'm (good at|real good at) keeping secrets, {first}. (I'm just|Just) not (good|great) at keeping them for free.
Nobody at (home|work|church) (has to|needs to) know, (as long as|provided) the payment posts by {date}.
Whether your {rel} finds out about this is (up to you|your decision|on you), {first}.
You send {amts}, I (lose|misplace) your (employer's|boss's) number. (Simple as that.|Deal?)
""",
        "v3_threat_southern_menace": """
(Honey|Sugar|Darlin'), I'd (hate|just hate) for somethin' to happen to that pretty {car} (of yours|you drive).
(Bless your heart|Well, bless your heart), you keep dodgin' me and I'll just have to come (see you|visit) at (Sunday service|church) myself.
Down here (folks|people) pay what they owe, and (the ones|those) that don't tend to find life gets real hard (around town|in {county} County).
(Now|Well now), I got (cousins|kin) all over {county} County, {first}, and every one of 'em knows (your truck|where you live).
Y'all (better|had better) get that {amts} to us {time}, ('cause|because) I know where your {rel_m} (hunts|works|goes fishing).
It'd be a (downright|real) shame for your (mama|granny) to (hear|find out) (about this|what you owe) at the (Piggly Wiggly|church potluck), now wouldn't it.
""",
        "v3_threat_street_blunt": """
(Yo|Listen), you got (till|until) {date} before (it gets ugly|things get ugly), (feel me|you hear me).
(Keep|You keep) (playing|ducking) me and you gonna (find out|see) what happens next, {first}.
Watch your back (walking to your car|going home) (these days|tonight).
I'm (gonna|about to) (pull up|roll up) on you (myself|personally). (That's a promise.|Bet.)
(Pay me|Get me) my (money|{amts}) or (somebody's|someone's) (getting hurt|gonna get hurt). (Simple.|Real simple.)
You think hiding behind (a phone|voicemail) protects you? We know the (building|apartment|block).
Last time (somebody|a guy) (ignored|ducked) me this long, he (ended up|wound up) (needing a new windshield|limping for a month).
""",
        "v3_threat_friendly_advice": """
(Friendly|Just some friendly) advice, {first}: people who (ignore|avoid) us (tend to have|usually have) (bad luck|a rough year).
(I'm|I am) (telling you this|saying this) as a friend. You don't want (the next people|whoever calls next) handling this. They're not as nice as me.
(Off the record|Between us), I've seen (what happens|how it goes) to people who drag this out. Not pretty. (Pay today.|Let's avoid that.)
(If I were you|If I was you), I'd keep the (porch light on|garage door locked) (for a while|this week). (Just a thought.|No reason.)
(Trust me|Believe me), it's a lot cheaper to pay {amts} now than to (replace|fix) (a windshield|a front door) later.
(I like you|You seem nice), I really do. That's why I'm (warning|telling) you: (make the payment|pay what you owe) before this goes to (people|guys) who don't (make phone calls|do phones).
""",
        "v3_threat_processing_dept": """
(Per|Under) (department|our internal) policy, unresolved accounts (proceed|move) to (neighborhood|community) verification, which (means|involves) (speaking with|contacting) (your neighbors|residents on {street}).
(Processing|The processing department) (will|is scheduled to) (dispatch|send) (a field representative|an account verifier) to your (place of employment|workplace) (by {date}|this week).
(Please|Kindly) (be advised|note) that (non-response|failure to respond) (authorizes|will trigger) outreach to (all listed references|every number in your contact list).
(Your|This) file (has been|is) flagged for an (in-person|on-site) visit to your (residence|home) (within the next|in) (ten|fourteen|thirty) days.
(Step two|Stage two) of the (recovery|escalation) process is a letter to your (employer's|company's) (HR|human resources) office. We are [currently] at step one.
(Accounts|Files) this far behind (are|get) (posted|published) on our (public|online) (debtor list|delinquency registry) at the end of the month.
""",
        "v3_threat_in_context": """
I'm not paying you people a dime. ||| (That's fine.|Okay.) I'll just (swing by|stop by) {street} and (talk to your neighbors|introduce myself to your neighbors).
(Is that a threat?|You threatening me or what?) ||| (Threatening?|Me?) (No,|Nah,) I'm just (saying|telling you) (cars get damaged|accidents happen) (all the time|every day) (around there|in that lot).
Don't call my job again. ||| Then (pay|send) {amts} and I won't have to (call|talk to) (your manager|anybody there) again.
How did you get this number? ||| We've got (a lot more than|more than just) your number, {first}. (We've got your address.|We know the school.) Think about that.
I'll pay when I can. ||| (When you can|That) isn't (good enough|gonna cut it). Maybe a visit (from us|to your house) (will|would) speed things up.
I have a lawyer. ||| (Great.|Good for you.) Does your lawyer (watch|guard) your car at night too?
""",
    },
    "INSULT": {
        "v3_insult_sarcasm_adulthood": """
(Impressive|Wow, impressive), for a grown adult. (Can't|Couldn't) even (keep up with|manage) {amts} a month.
(Congratulations|Congrats), {first}, you've (managed|figured out how) to (be {mon} behind|ignore us for {mon}). (What an achievement.|Real life goals there.)
(Oh|Oh no), (please|do), tell me (again|one more time) about the (car trouble|sick grandma|lost wallet). (I love this one.|It gets better every time.)
Must be (nice|real nice) to be (forty|thirty-five|fifty) and still live like a (teenager|college kid) on other people's money.
(Look at you|Well look at you), (answering|picking up) the phone. (Somebody|Someone) (get|call) the newspaper.
(Take your time|No rush), (really|seriously). It's only been {mon}. (I'm sure|Surely) you've been (very busy|busy being important).
(Sure|Right), you (mailed|sent) the check. And I'm the (Queen of England|tooth fairy).
""",
        "v3_insult_intelligence": """
(Do you|Can you) (even|actually) read, {first}, or does (somebody|someone) read your mail to you?
(I'll|Let me) (go slower|talk slower) (this time|for you), since (the big words|numbers) (seem to|clearly) (confuse you|trip you up).
(It's|This is) not (rocket science|exactly calculus). You borrow money, you pay it back. (Even a child|A third grader) (gets|understands) that.
(Did you|You) (drop out|quit school) before they got to (subtraction|math class)? ('Cause|Because) it (shows|really shows).
I've (explained|said) this (three|four) times (now|already). (Which part|What part of it) is (too hard|confusing) for you?
Not (the sharpest|exactly the sharpest) (knife in the drawer|tool in the shed), (are you|huh)?
""",
        "v3_insult_honesty": """
(Everything|Every word) out of your mouth (since hello|for {mon}) has been a lie.
You (people|types) (always|all) have (a story|an excuse). (Liars|Professional liars), every (last|single) one.
How do you look in the mirror, (borrowing|taking) money you never (meant|planned) to pay back?
(I'd|I would) (trust|believe) a (used car salesman|three-dollar bill) (before|over) anything you say.
(Oh|Oh, okay), so the (bank|post office|payment portal) lost it. (Funny|Weird) how that (only|always) happens to (people like you|you).
You've got (a lie|an excuse) (for everything|ready for every question), (don't you|huh). Must (be exhausting|get tiring).
""",
        "v3_insult_parenting": """
(Great|What a great) example for your (kids|children), {first}. (Teaching them|You teaching them) to (duck|dodge) (bill collectors|the phone) too?
(Honestly|Truly), (I feel sorry for|I pity) your kids, (being raised by|stuck with) (somebody|a parent) who (can't|won't) come up with {amts}.
What kind of (mother|father|parent) hides from a phone call (in front of their kids|while the kids are watching)?
Your kids must be so proud. (Mommy|Daddy) can't even keep up with one {prod}.
No wonder your (son|daughter) doesn't (respect|listen to) you, {first}.
(Raising|Bringing up) kids on (excuses|lies) and (unpaid bills|late notices), (real|very) (classy|impressive).
""",
        "v3_insult_job_age": """
What (is it you do|do you do) (again|for work), {first}? (Oh right|Right), (nothing|not much). (It shows.|That tracks.)
At your age, still (crashing|living) (with your parents|in somebody's basement)? (Figures.|That explains a lot.)
Maybe if you spent (less time|half as much time) on the couch and (more|some) (at|looking for) (a real|an actual) job, we wouldn't be having this (call|conversation).
(Flipping|Slinging) (burgers|coffee) (at your age|at forty)? (No wonder|Explains why) you can't (pay|cover) {amts}.
(You're|You are) (too old|way too old) to be this (irresponsible|useless|clueless) with money, {first}.
Some of us work for a living, (sir|ma'am). You (should|oughta) (try it|give it a shot) sometime.
""",
        "v3_insult_idioms": """
(You're|You are) about as useful as (a screen door on a submarine|a chocolate teapot), {first}.
(The lights are on|Lights are on) but (nobody's home|ain't nobody home), huh.
You've got (more excuses than sense|more nerve than sense), {first}.
(Bless your heart|Well bless your little heart), you couldn't pour (water|piss) out of a boot (if|even if) the (directions|instructions) were on the heel.
(Two|A couple) (fries|sandwiches) short of a (Happy Meal|picnic), (this one|aren't you).
(You're|You are) (all hat and no cattle|all talk and no walk), {first}. Big promises, (zero|no) payments.
""",
        "v3_insult_profane": """
(Listen|Look), you (lazy|broke|sorry) piece of (crap|garbage|trash), (pay|send) me {amts}.
(Quit|Stop) (whining|crying) like (a|some) (little|spoiled) (brat|baby) and (cough up|hand over) the money.
(You're a|You're such a) (freeloader|leech|bum), you know that, {first}?
(Damn|God), (you are|you're) (pathetic|dense|worthless).
(Shut up|Shut your mouth) (for one second|a second) and listen, (idiot|genius|deadbeat).
No wonder nobody will (lend you a dime|give you credit), you (loser|mooch|bum).
""",
        "v3_insult_rhetorical": """
(Is it hard|Was it hard), (being|going through life) this (disorganized|useless)?
Who raised you to think (skipping|dodging) (bills|your bills) is okay?
(Do you|You) (ever|ever actually) (finish|follow through on) anything you (start|promise)?
(So|Seriously,) what [exactly] is wrong with you, {first}?
(Are you always|You always) this (helpless|clueless|slow), or is it (just|only) for my benefit?
Have you (ever|once in your life) (paid|kept) (anything|a promise) on time?
""",
        "v3_insult_falsely_kind": """
Aw, (honey|sweetie), it's okay. Not everybody is cut out for grown-up things like paying bills.
(I'll|Let me) (explain|go over) it (real|really) (slow|slowly) for you, (okay|alright), (sweetheart|hon)?
(You're|You are) (trying so hard|doing your best), (I can tell|I'm sure). (It's just|Too bad) your best (isn't|is not) (very good|worth much).
That's such a (cute|creative) (story|excuse), sweetie. Did you come up with that all by yourself?
I admire your confidence, (really|honestly). Most grown-ups would be too embarrassed to (call back|pick up) with an excuse like that.
(Well|Oh), aren't you [just] the sweetest little (freeloader|deadbeat).
""",
        "v3_insult_in_context": """
I lost my job last month. ||| (Shocker.|Shocking.) (Who'd|Who would) (keep|hire) somebody like you (anyway|in the first place)?
I'm doing my best here. ||| (This is|That's) your best? (I'd hate to see|God help us when we see) your worst.
My {rel} is in the hospital. ||| (Sure|Uh-huh), and I bet the dog ate your checkbook too.
Can you give me a few more days? ||| You've had {mon}, (genius|Einstein|sunshine). What's a few more days gonna (do|change)?
I don't understand these charges. ||| (Of course you don't.|Big surprise.) Math was never your (strong suit|thing), (was it|huh).
Please stop yelling at me. ||| Maybe if you had (a spine|half a brain), I wouldn't (have to yell|need to yell).
""",
    },
    "FALSE_LEGAL_THREAT": {
        "v3_flt_docketed_procedure": """
(Your|The) file (has been|was) docketed (this morning|as of today) under case number (4472-B|C-1190), and the hearing (is set|gets set) for {date} unless payment (posts|clears) {time}.
(Once|When) the (forty-eight|seventy-two)-hour window (closes|runs out), (a default judgment is entered|judgment enters) automatically. There's no (hearing|appearance) (for you|on your end).
(At this point|As of now), your (matter|account) (is|has been) (queued for|moved to) judgment. (All that's left|The only thing left) is (the judge's signature|a signature).
(Per|Under) (standard|our) procedure, (accounts|files) this far behind (go|are sent) (straight|directly) to the {county} County court (for filing|on Monday). (Yours|Your account) (qualifies|is on the list).
I'm just (reading|going off) the (screen|notes), {first}: 'suit filed, service pending.' (You can still stop it|It can still be pulled) with (a payment|{amts}) (today|right now).
Your summons (goes out|is mailed) (by certified mail|through the county) (within|in) (ten|fifteen) days unless (we receive|you send) (the {amt}|a payment) (first|today).
The paperwork on your (lawsuit|suit) is already (drawn up|signed|printed). (I just need to|All I have to do is) (hit send|push it through).
""",
        "v3_flt_wages_accounts": """
We'll start taking (twenty-five percent|a quarter) (out of|of) your paycheck (next Friday|starting next pay period), (no court needed|and there's no court involved).
(Your|The) (employer|payroll office) (gets|will get) the (wage order|garnishment order) (from us|directly) (Monday|this week). (They have to honor it.|They don't get a choice.)
We've (flagged|put a hold on) your (checking|bank) account (already|as of this morning). It'll stay frozen (until|till) the {amt} (is paid|clears).
(Any|Every) (tax refund|refund) coming to you (this year|next spring) goes (straight|directly) to us. (That's|That is) (automatic|already set up).
(Miss|You miss) one more (payment|date) and your (Social Security|disability) (check|deposit) (gets|is) (intercepted|redirected) to cover this.
Your name goes on the (national|federal) (blacklist|do-not-lend list) (tonight|tomorrow). (No|You won't get another) (apartment|lease|car loan) (for seven years|ever again).
After {date}, (we're|we are) (authorized|allowed) to (seize|take) your {car} (to cover|against) the credit card balance, (no court order needed|without a court order).
""",
        "v3_flt_crime_accusation": """
(Borrowing money you never meant to repay|What you did with this {prod}) is (theft by deception|fraud), {first}, and (that's|it's) (a crime|a felony) in this state.
That (payment|check) that bounced? (That's|That counts as) (check fraud|a criminal matter) (now|in {county} County). (Cover it|Make it good) {time}.
(Non-payment|Not paying) on a (signed contract|signed agreement) (is|counts as) (theft of services|criminal theft). We're (documenting|writing up) (everything|the whole thing).
You walked away from a balance of {amt}. (The DA|The state) (calls|considers) that (fraud|embezzlement), not a (billing problem|civil matter).
Your account (has been|got) flagged for (criminal|fraud) review. (I'd settle it|You'll want to settle) before (someone is assigned|an investigator picks it up).
(You know|Did you know) you (could|can) (catch|get) a (record|criminal record) over {amts}? (A lot of|Most) people (don't|have no idea).
""",
        "v3_flt_arrest_warrant": """
(There's|There is) a (warrant|bench warrant) (being|getting) (drafted|processed) (with your name on it|in your name) (right now|as we speak).
Deputies (can|will) (pick you up|come get you) (at work|at home) if (this|the {amt}) isn't (settled|paid) {time}.
(People|Folks) (do|have done) (jail time|thirty days) (over|for) (less than|a lot less than) {amt}, {first}.
(Pack|Better pack) a (bag|toothbrush). Once the (judge|court) (signs|sees) (this|the order), (you're going in|they're taking you downtown).
I (really|honestly) don't want to see you (in handcuffs|in cuffs) over (this|one) {prod}. (Let's|So let's) (settle|fix) it (today|now).
(Skipping|Ignoring) the (court date|hearing) (we've|they've) (scheduled|set) (means|gets you) (an automatic|a) (warrant|arrest). That's (just how it works|procedure).
The sheriff's van won't care if you're at your (kid's game|daughter's recital|church). (Pay it before that happens.|Let's not let it come to that.)
""",
        "v3_flt_police_collect": """
We've [already] (forwarded|sent) your (file|account) to the {police}. (They'll|They will) (be collecting|come collect) (in person|at the house).
(I can|We can) (have|get) the {police} (out to|over to) {street} (by|before) (tonight|the weekend) to (collect|pick up) what you owe.
(Officers|An officer) (will|is going to) come by (to serve|and deliver) the (demand|notice) in person unless (a payment|{amts}) (posts|comes in) {time}.
(It's|This is) out of my hands (now|at this point). The police (take over|handle) (accounts|debts) (this old|this far behind).
(You'd|You would) (rather|prefer to) (pay|settle with) (me|us) (now|today), or (explain|answer) (it|this) to (a cop|an officer) on your (doorstep|porch)?
""",
        "v3_flt_bluff_in_demand": """
Alright, I can take {amts} (on a debit card|by card) today, and that (keeps|should keep) the warrant (from going out|off your record).
(Minimum|The minimum) (to stop|that stops) the (garnishment|wage order) (is|would be) {amts}. (Card|Debit card) or (checking|bank account)?
Let's (set up|get) a payment for {date}, (and|so) (I can|I'll) (pull|cancel) the (court date|hearing) (off the calendar|for you).
Your balance is {amt} with fees, and if it's not paid by {date} (a warrant issues|you'll be arrested|it goes to the sheriff).
Just read me the card number and I'll keep this from (going criminal|turning into a criminal case).
(Thanks for|Thank you for) (confirming|verifying) your address. (Now|So), the {prod} is {mon} (behind|past due), and (we will|we're going to) garnish your wages starting {date}.
(Even|Just) {amts} (today|tonight) (shows|proves) good faith (to the judge|for the hearing) (set for|coming up) {date}.
""",
        "v3_flt_processing_notice": """
Your (account|file) has [now] entered [the] pre-litigation (status|phase), (and|which means) a judgment (will|is expected to) (issue|be entered) by {date}.
Failure to respond (within|in) (ten|twenty) days (results in|will result in) (an automatic|a default) (lien|judgment) against your (home|property).
Your case (number|ID) is (441-C|C-3371). (Please|Kindly) have it ready when the (bailiff|court officer) (contacts|calls) you.
Once (the|our) (system|department) (processes|finalizes) your default, the (wage|payroll) (deduction|order) (is|gets) (sent|issued) to your employer (automatically|without further review).
(As of|Effective) {date}, your (account|file) (will be|is being) (forwarded|transferred) to the (prosecutor's office|district attorney) for (charges|review of charges).
(Notice|Please be advised): your (bank|financial) accounts (are|will be) (subject to|placed under) an immediate (freeze|hold) until payment in full.
""",
        "v3_flt_falsely_kind": """
(Sweetheart|Hon), I'm just trying to keep you out of jail here. Work with me.
I'd hate for your (kids|family) to (watch you get picked up|see the deputies take you in), so let's get {amts} down today.
Nobody wants a (fraud charge|criminal record) over (one|this) {prod}, am I right? That's why I called you first, before it (goes|gets sent) over.
I (went ahead and|already) (held off|paused) the (judgment|garnishment) for you, but I can only keep it (paused|on hold) until {date}.
Let's keep this (civil|friendly), {first}. After {date} it (turns|becomes) criminal, and (I can't help you then|it's out of my hands).
(Honestly|Truthfully), I like you, so here's a heads-up: the (warrant|garnishment) (batch|list) (goes out|gets processed) (Monday|tomorrow).
""",
        "v3_flt_in_context": """
Can you really put me in jail for this? ||| Yes (ma'am|sir), it happens every week (in|over in) {county} County.
I thought this was a civil matter. ||| (It was|Was), until you (ignored|stopped answering) (our letters|the notices). Now it's (criminal|a fraud case).
Nobody's sued me. ||| (Check|Go check) your (mail|mailbox) (tomorrow|this week). (The suit|It) (was|got) filed (Tuesday|last week).
I can't pay anything right now. ||| Then your (wages|paycheck) (get|will get) (garnished|taken) (starting|as of) (next month|the first). (It's|That's) automatic.
Are you going to sue me? ||| (We already did.|That's already done.) You're on the docket for {date}.
What happens if I don't pay? ||| (Honestly|Honestly?), a (deputy|sheriff's deputy) (shows up|comes out) with (handcuffs|a warrant). That's (the process|just how it goes).
""",
    },
    "IMPERSONATION": {
        "v3_imp_warrants_desk": """
(This is|You've reached) the warrants (desk|unit|division), (Deputy|Officer) {last} (speaking|here).
(I'm|I am) (calling|reaching out) from the (clerk's office|office of the clerk) in {county} County about an open matter under your name.
(Investigator|Detective) {last}, (financial crimes|fraud unit). I need you to call me back at {phone}.
(This message|This call) is (from|on behalf of) the (county|district) (court|magistrate's office). (Please|Kindly) have case number (2291|8812) ready when you (call|return the call).
Badge number (411|722). (I'm with|We're with) the sheriff's (civil|collections) (unit|section).
(Good afternoon|Hello), this is the (Office|Department) of (Judgment Enforcement|Debt Compliance) for {county} County.
""",
        "v3_imp_speaks_as_court": """
(Hi|Hello), this is (the|a) (clerk|records clerk) (with|at) {county} County (Court|District Court), (calling|trying to reach) {first} {last}.
(The judge's chambers|Judge {last}'s chambers) (asked|wanted) (me|us) to (reach out|get in touch) (personally|directly) (about|regarding) (your account|this balance).
(I'm|I am) (calling|speaking) (as|in my capacity as) an officer of the court (today|on this matter).
(When|Whenever) you call back, (ask for|tell them you need) the (filings|intake) (window|desk) and (give|read them) your date of birth.
Court services, this is {first}. (Who do I have on the line?|Do I have (Mr.|Ms.) {last} on the line?)
We're the (enforcement|collections) (arm|branch) of the (county|state) (court system|courts), not (a debt collector|some collection agency).
This is {first} (from|at) the courthouse (clerk's office|annex). Our office can close the matter before the hearing if you pay {time}.
""",
        "v3_imp_attorney_persona": """
This is the law office of {firm}, (calling|and we're calling) on behalf of {cred}.
Attorney {last} asked me to let you know (the file is on|your file's on) (his|her) desk (now|this week).
As {cred}'s (legal counsel|attorneys), we [strongly] advise you to call this office by {date}.
I'm a (paralegal|legal assistant) at {firm}, and the (partners|attorneys) want this resolved (quietly|before it escalates).
(Speaking|Speaking here) as (an attorney|a licensed attorney|counsel), {first}, (I'd|I would) (pay|settle) (this|it) (today|now).
Legal, this is {first} {last}, (Esquire|attorney at law). (I'm|I am) (handling|calling about) your {cred} (matter|file).
Hi, it's {first} at {firm}; we're {cred}'s attorneys on this.
""",
        "v3_imp_government_office": """
(This is|You're speaking with) the (Processing Department|Office of Financial Recovery), (a state|a federal) (agency|office).
(We|We're) (work|working) (directly|hand in hand) with the (IRS|Treasury|Attorney General's office) on (accounts|cases) like yours.
Your (account|file) (was|has been) (transferred|referred) to (us|our department) by the (state|federal government) (for|to begin) (enforcement|recovery).
(Federal|State) (collections|recovery) (unit|division), reference number (774|K-204). (Please hold|Hold) for (an agent|the next agent).
(I'm|I am) (calling|contacting you) (from|with) the (Department|Bureau) of (Consumer Debt|Debt Recovery) in (an official|a government) capacity.
(Our|This) (agency|office) (is|operates) (under|with the authority of) the (state|county) (comptroller|treasurer).
We've been [officially] (deputized|appointed) by the (county|state) to (collect|recover) (these debts|balances like yours).
""",
        "v3_imp_badge_implication": """
(Let's just say|Put it this way), (the people in our office carry|everybody on our floor carries) badges.
(We|We're) (work|working) out of the same building as the (sheriff|county sheriff), {first}. (Think about|Think on) (that|what that means).
(My|Our) (unit|department) (serves|handles) (papers|civil process) (for|in) {county} County. (I'm|I'll be) (the one|the guy) (knocking|at your door).
You're (speaking|talking) (with|to) (law enforcement|an enforcement officer), (so|and) I (expect|need) (honesty|straight answers).
(Officer|Deputy) {last} (returning|following up on) your (call|message). (Call|Ring) (me|the station) [back] at {phone}.
I'm a (process officer|court liaison) for {county} County, and I'm just trying to save you a trip downtown.
""",
        "v3_imp_in_context": """
Are you a cop? ||| (Let's just say|Put it this way), I (carry|have) (a badge|more authority than a bill collector).
(Who am I talking to?|And you are?) ||| This is the (investigator|officer) assigned to your (case|file), {first}.
Is this a collection agency? ||| (No|No, sir|No, ma'am), (this is|you've reached) the court's (compliance|enforcement) (office|line).
Are you a lawyer? ||| (Yes|That's right), (I'm|I am) (an attorney|counsel) (with|for) {firm}.
What agency are you with? ||| (We're|We are) (with|part of) the (county|state). That's all you need to know (for now|right now).
Is this about a court case? ||| I'm calling on behalf of the (court|judge), so (yes|you could say that).
""",
    },
    "THIRD_PARTY_DISCLOSURE": {
        "v3_tpd_relay_to_relative": """
(Let|Can you let) (your cousin|{first}) know the {prod} he stopped paying is [now] with {agency}.
Tell (her|your cousin) the {amt} (is due|needs to be paid) {time}. (She'll know|She knows) what it's (for|about).
When (your cousin|your roommate|{first}) (comes home|gets in), tell him he's {mon} behind on his {cred} (card|account).
Could you pass along to {first} that we're still waiting on (the payment|{amts}) (he|she) promised last month?
Your (sister|daughter|niece) still owes {cred} {amt}, and our calls keep going to voicemail.
Just so you know, your (son's|nephew's|grandson's) {prod} is {mon} late and (it's|that's) in collections now.
Would you mind reminding your (dad|grandpa|uncle) that the (hospital|medical) bill from the (surgery|ER visit) went to collections?
""",
        "v3_tpd_workplace": """
You're his (supervisor|manager), right? (Then|So) you should know he's ignoring (a balance|a debt) of {amt} with {cred}.
Could you tell {first} (when he's off the floor|on his break) that his {prod} is still past due?
We're trying to reach {first} about (his|a) (payday loan|car note), {amt} (past due|outstanding). Is he on shift today?
Your employee {first} {last} has a delinquent account with {cred}, and we'd like to confirm (their|the) (hours|schedule).
You work with {first}, yeah? Let her know the (payment|money) she promised us (never came in|didn't show up).
(Reception|Front desk)? (Yes|Hi), [please] leave a note on {first}'s desk: '{cred}, {amt} past due, call {phone}.'
""",
        "v3_tpd_roommate_neighbor": """
You're his {mate}? (Okay|Alright), tell him the back rent he skipped (went to collections|is with us now).
(Since|Seeing as) you live (with|next to) {first}, (you should|you'll want to) (know|hear) she's {mon} behind (on|with) {cred}.
Could you knock on {first}'s door across the hall and tell him his {prod} payment is {mon} late?
Your {mate} (ran up|racked up) {amt} on (a credit card|a store card|his card) and then (stopped paying|quit paying). (Just so you know.|I'm just letting you know.)
That neighbor of yours on {street}, the one with the {car}? He owes (us|{cred}) {amt}.
Give this number to {first}, {phone}, and tell (him|her) it's about the {prod} that's {mon} past due.
""",
        "v3_tpd_wrong_number": """
Wrong number, I don't know any {first}. ||| (Well|Okay), if you (see|run into) (him|{first}), (tell him|let him know) {cred} (wants its money back|is still owed {amt}).
This isn't {first}'s phone anymore. ||| Do you happen to know how to reach (him|her)? It's about an unpaid {prod}.
Who? There's no {first} here. ||| Sorry to bother you. If he turns up, let him know he still owes {cred} {amt}.
You've got the wrong person. ||| Huh, this number is on file for a {cred} (account|loan) that's {mon} behind. Do you know anyone named {first} {last}?
I just got this number last week. ||| Oh. Then whoever had it before you owes {cred} {amt}, so if (they call|anyone calls for it), send them our way.
""",
        "v3_tpd_quiet_slip": """
Oh, you're his {mate}? Great, it's just about the {car} payments he (missed|skipped) since (spring|January|the holidays).
Just mention that {cred} called about the (payment|money) he was supposed to send, and he'll understand.
{first}'s (landlord|old landlord) handed the (file|account) to us after she moved out owing (two months' rent|the back rent).
(I'm his sister.|It's his sister here.) ||| (Oh|Okay), (well|then) it's about the ER bill from (March|last spring) he (still hasn't paid|never settled).
(Ask|Tell) your cousin why the {prod} (went|has gone) quiet since (spring|the summer). He'll know.
(Tell|Remind) {first} that {cred} (hasn't seen|hasn't gotten) a dime since (spring|January), (would you|okay)?
(I'm just|Just) checking if your (son|cousin) is still planning to (finish paying|catch up on) that {amt}.
""",
        "v3_tpd_in_context": """
Who's calling for my cousin? ||| This is {agency}; (he's|your cousin is) behind on (his|the) {cred} {prod}, so have him call {phone}.
I'm his mother, he's not here. ||| Alright, please tell him his {cred} {prod} is {mon} past due.
This is her roommate. ||| Oh, would you make sure she knows she still owes {amt} on the {prod}?
He moved out {mon} ago. ||| Figures. Did he leave a forwarding address? He left {cred} holding {amt}.
I'm her coworker, can I take a message? ||| (Sure|Yes), tell her (it's|this is) {agency} about the (car loan|payday loan) she fell behind on, {amt} and counting.
I'm his neighbor, why are you calling me? ||| (Because|'Cause) he (put|listed) your number as a reference on a loan he (never repaid|stopped paying), {amt} (in all|all told).
""",
    },
    "THREAT+INSULT": {
        "v3_pair_threat_insult": """
(Listen|Look), you (deadbeat|little leech), pay up or I'll (make sure|see to it) (everyone|your whole street) (knows|finds out) what you are.
(Nice|Cute) {car} for (a|somebody who's a) (bum|freeloader). (Be a shame|Shame) if it (got|ended up) (scratched|dented).
(Someone|People) as (dumb|useless|spineless) as you (should|ought to) (be careful|watch their back) (walking to the car|in parking lots).
(Keep|You keep) (hiding|ducking), (coward|chicken). We'll (find|come find) you (anyway|eventually).
That (ugly|busted) face of yours goes (all over|up on) (Facebook|the neighborhood page) unless you pay, (genius|pal).
(Pathetic|Sad), (honestly|really). Maybe (a visit|a couple of guys at your door) (will|would) (knock some sense into you|wake you up).
I'm sorry, I can't pay right now. ||| Sorry doesn't pay the bill, you (moocher|bum). Keep stalling and I'll (be at your door|come see you) (tonight|this weekend).
""",
    },
    "IMPERSONATION+FALSE_LEGAL_THREAT": {
        "v3_pair_imp_flt": """
This is (Deputy|Officer) {last} with the {police}. There's a warrant ready to serve unless the {amt} is paid {time}.
(On behalf of|For) the {county} County (Court|District Court), (I'm notifying you|this is to notify you) that a judgment (has been|was) entered (against you|in your name).
(Clerk's office|Court clerk) (here|calling). Your hearing is set for {date}, (and|but) (it can be|we can have it) (vacated|dismissed) once (payment|{amts}) (is received|comes in) today.
(When|If) you see (a|the) (patrol car|cruiser) outside your house, that'll be (me|my partner) with the (arrest warrant|pickup order).
(Attorney|Counselor) {last} (here|speaking). I've [already] filed (suit|the complaint), (and|so) your (wages|paycheck) will be garnished (starting|from) {date}.
(Investigator|Agent) {last}, (state|county) (fraud|financial crimes) (unit|division). Your non-payment on this {prod} (is|has been) (classified|logged) as (fraud|theft).
Is this really the sheriff's office? ||| Yes, (sir|ma'am), and the deputies go out (Thursday|tomorrow morning) unless this is (resolved|paid) {time}.
""",
    },
    "THIRD_PARTY_DISCLOSURE+THREAT": {
        "v3_pair_tpd_threat": """
Tell your (cousin|roommate) he still owes {amt}, and if it's not paid {time}, (we know where he parks|we'll be paying him a visit).
You're his {mate}? Then tell him: (a payment|{amts}) on his {prod} comes in {time}, or the whole (building|block) finds out what he owes.
Your (son's|nephew's) {cred} (loan|card) is {mon} behind. Remind the family we've got (people|somebody) near the (warehouse|job site) where that boy works.
Your {mate} owes us {amt}. Tell him to start parking his {car} (in a garage|somewhere safer).
I'm his boss, what's this about? ||| It's about the {amt} he owes {cred}, and if he doesn't pay, (you're going to|the whole shop's going to) be hearing from us every day.
""",
    },
    "NONE": {
        "v3_none_lawsuit_accurate": """
The creditor (may|might) (decide|choose) to file a lawsuit (at some point|down the road). If (that happens|they do), you'd be (served|formally served) and a (judge|court) would decide.
No lawsuit has been filed on this account as of today, (and I'm not saying one will be|and I can't tell you whether one will be).
(Garnishment|A wage garnishment) (can only|would only) happen after a court (enters|issues) a judgment, and we're nowhere near that (right now|today).
If this ever gets (referred|sent) to an attorney, you'd (get|receive) (a letter|notice in writing) (first|from them directly).
I can't promise {cred} will never sue, but right now (all we want|what we'd like) is to set up a payment.
If you're ever sued, you'd have every right to answer it and raise any (defense|dispute) in court.
""",
        "v3_none_credit_reporting": """
(An unpaid account|This account, if it stays unpaid,) may be reported to the credit bureaus, which could lower your score.
We report to (the bureaus|all three credit bureaus) (monthly|once a month), and (a payment|the payment plan) would (show up|be reflected) on the next update.
Once it's paid, we'll update the account as (paid in full|settled) with the bureaus (within thirty days|at the next monthly update).
A collection (entry|account) (can|may) (stay|remain) on your (credit report|report) for up to seven years from the original delinquency.
(I want|I'd like) to be (upfront|straight with you): (paying|a payment) (doesn't|won't) (automatically|necessarily) remove the collection from your report.
Whether you pay or not, we report accurately; once you pay, the report (shows|will show) a zero balance.
""",
        "v3_none_not_police": """
(We are not|We're not) the police, and this is not a criminal matter. (Nobody|No one) is (getting|going to get) arrested over (this|your) {prod}.
I can't have anyone arrested and I'm not threatening to. This is a civil debt, (plain and simple|that's all it is).
There's no (warrant|court date|case) (connected to|attached to) this account, (sir|ma'am). It's (just|simply) (a past-due|an unpaid) balance.
(Just to be clear|To be clear), {agency} is a (private|private collection) (company|agency), not (a|any) government (office|agency).
(Not paying|Missing payments on) your {prod} (isn't|is not) (a crime|fraud), {first}. It's a (debt|civil matter), and we're (just|only) trying to (resolve|help resolve) it.
(Nobody|No one) is coming to your (house|door|work), (I promise|I can promise you that). We'll (communicate|stay in touch) by phone and mail.
""",
        "v3_none_legal_dept_not_lawyer": """
(I'm|I am) (with|in) the legal (department|recovery department) at {agency}, but I'm not (a lawyer|an attorney) and I can't give legal advice.
Our legal department reviews older accounts, but a review doesn't mean a suit has been filed, and no attorney has looked at yours.
(This is|I'm) {first} (with|from) {agency} (litigation|legal) support. (Just to be clear|To be clear), I'm (a collector|an account representative), not an attorney.
If you want legal advice, (you should|I'd suggest you) (talk to|speak with) (your own lawyer|a lawyer); (I can't advise you on that|I'm not able to give legal advice).
Legal review is an internal step here, (not a court case|not a lawsuit).
The account (may|might) be (referred|sent) to our legal department for review, and if that happens, (you'll get|we'll send) written notice.
""",
        "v3_none_callback_message": """
Would you ask {first} to call me back at {phone}? It's (Dana|Marcus), and it's a personal business matter.
No message other than (a callback|to call back), (please|thanks). My number is {phone}.
Is {first} around? (No problem|That's okay), I'll try again (later|tomorrow|in the afternoon).
I can't get into what it's about, (sorry|but thanks for asking); just have {first} call {phone} when it's convenient.
It's a personal (matter|business matter), (ma'am|sir), so I'd (rather|prefer to) (speak|talk) to {first} directly.
(Please|Just) let {first} know that (Dana|Tom) called and can be reached at {phone}. (That's all.|Thank you.)
(I'm his father.|His father here.) What's (going on|the call for)? ||| (I'm sorry|Sorry), I can only (discuss|talk about) (it|that) (with|directly with) (him|your son). (Could you|Would you) (have him|ask him to) call [us] back at {phone}?
""",
        "v3_none_identity_check": """
(Before|Before we go any further), (can you|could you) (confirm|verify) the last four (digits|numbers) of your Social?
(For|For your) (security|privacy), I (need|have) to (verify|confirm) your (date of birth|address on file) before I can discuss the account.
(Is this|Do I have) {first} {last} on the line?
(I'm sorry|Sorry to ask), but I can't (go into|discuss) the (account|reason for my call) until I confirm I'm (talking|speaking) to {first}.
Is {phone} still the best number to reach you, {first}?
(Can you|Could you) [please] spell your last name (for me|for the file)?
""",
        "v3_none_payment_plans": """
(We can|We could) (split|break) the {amt} into (six monthly|twelve monthly|smaller) payments (if that helps|if that works better).
(What|What amount) (can|could) you (realistically|honestly) (afford|manage) each month, {first}? (Let's|We can) (build|set up) (a plan|something) around that.
I can schedule {amts} every two weeks and hold the late fees as long as you stay on track.
(There's|We have) a (hardship|financial hardship) program for (medical|job loss) situations. (Want me to|Should I) (check|see) if you qualify?
Paying {amts} today would go straight to the balance, (and|then) we'd (talk|speak) again (by|around) {date} about the rest.
(We|{cred} can) accept a settlement for less than the balance if it's paid in one lump sum.
(No rush|Take a minute), think it over. (The offer|This offer) (stays|is) (open|good) (until|through) {date}.
""",
        "v3_none_firm_demand": """
(I need|We need) (a payment|a payment arrangement) on this account {time}, {first}. It's been {mon} (now|already).
(The|Your) balance (is|stands at) {amt}, and it's past due. How would you like to (take care of it|pay it today)?
(I'm going to|Let me) be (direct|straightforward): the account (needs|has) to be (resolved|paid), and I'd (like|rather) (to handle it|to do that) with you.
We've (sent|mailed) (three|several) (letters|notices) and haven't heard back. (I'd like to|I want to) get this resolved (today|this week).
Another promise won't close the account; I need a date I can actually put in the system.
(Listen|Look), I (hear you|get that things are tough), but this {prod} [still] (has to|needs to) be (dealt with|paid).
This account has been past due for {mon}, and it's not going to (fix itself|go away on its own).
""",
        "v3_none_fees_interest": """
Interest (accrues|keeps accruing) at the (contract|agreed) rate (each month|monthly), so the (balance|total) (goes up|grows) the longer it stays unpaid.
(There's|There is) a (thirty-five|twenty-nine) dollar late fee for (each|every) missed payment, (as|which is) (stated|spelled out) in your (agreement|contract).
Your balance includes the original amount plus {amts} in (late fees|fees). (I can|I'd be happy to) (email|mail) you (an itemized copy|the breakdown).
If you (pay|clear) the balance (by|before) {date}, (interest stops|no more interest is added).
(Fees|The fees) (aren't|are not) (a penalty|something I made up); they're part of the (contract|terms) you (signed|agreed to) with {cred}.
(I can|I'm able to) (knock off|waive) (one|the last) late fee as a (courtesy|one-time courtesy) if we (set up|schedule) (a payment|the plan) today.
""",
        "v3_none_ending_rude_call": """
(I understand|I hear) you're upset. (I'm going to|I'll) end the call (now|here), and (we can talk|you can reach us) (another time|when you're ready).
(Sir|Ma'am), I won't stay on (the line|this call) while I'm being sworn at. (Have a good day.|Take care.)
Alright. I'll note that you'd rather not (be called at this number|talk right now).
(We can|Let's) (pick this up|continue) (another day|later). (My|Our) (number|direct line) is {phone}, (whenever|if) you (want|decide) to talk.
I'm (going to|gonna) (let you go|hang up) (now|for today). (Thank you for your time|Thanks for your time), {first}.
Calling me names won't change the balance, (sir|ma'am). I'll (try|call) again next week.
You're a bloodsucking parasite! ||| I'm sorry you feel that way. I'll let you go for today; (you can reach us at|our number is) {phone}.
""",
        "v3_none_employer_privacy": """
We won't contact your (employer|job|workplace), (I promise|I can assure you of that).
You've asked us not to call you at work, so (we won't|we'll only use your cell).
Nobody at {agency} is going to (discuss this with|say a word about this to) your (family|neighbors|coworkers).
This stays between you and {agency}; we don't discuss your account with anybody else.
(If you'd prefer|If it's easier), we can (only|just) (contact|reach) you by (email|mail|text) (going forward|from now on).
There's a note on file not to call your workplace, and we'll (respect|honor) that.
""",
        "v3_none_rights_disclosures": """
(This is|This call is) an attempt to collect a debt, and any information (obtained|we get) will be used for that purpose.
(You have|You've got) thirty days (from|after) (our|the) (letter|validation notice) to dispute (all or part|any part) of (the|this) debt.
If you (dispute|don't recognize) (the|this) (balance|debt), (tell me|put it in writing) and we'll (stop|pause) collection until we (verify it|send verification).
You can ask us in writing to stop contacting you, and we'll (honor|follow) that.
(I'm|I am) (calling|reaching out) (from|for) {agency}, a debt collection (company|agency), (on behalf of|for) {cred}.
(Would you like|Want) (me|us) to (send|mail) you the (validation|verification) (letter|notice) (again|to a different address)?
""",
        "v3_none_shared_words": """
I'm not threatening you, {first}; I'm (just|only) letting you know the balance is {days} past due.
(Your|This) {prod} is {days} past due. (Can we|Let's) (set up|schedule) (a payment|something) today?
I'm not going to (discuss your account with|mention your account to) anyone else who answers this phone.
We're allowed to discuss the account with your spouse, but not with anyone else in the household.
Threats (aren't|are not) (how we do business|something we do here). (I just need|All I need is) (a date|a plan) for the {amt}.
(Nobody's|No one's) going to (embarrass|shame) you over this, {first}. Let's (just|simply) (figure out|work out) what you can pay.
""",
        "v3_none_in_context": """
Are you going to have me arrested? ||| (No|No, sir|No, ma'am). A past-due bill (isn't|is not) a criminal matter, and (nobody|no one) can arrest you for owing money.
Is this the sheriff? ||| No, (I'm|this is) {first} (with|from) {agency}, a [private] collection agency. (We're|We are) not (affiliated|connected) with (any|the) (police|government).
Are you going to call my boss? ||| (No|Absolutely not). We (won't|will not) contact your (employer|workplace) (about this|at all).
Am I getting sued? ||| (Nothing|No suit) has been filed. (The creditor|{cred}) (could|may) (decide|choose) to (sue|file) (later|in the future), in which case you'd (get|receive) court papers and (have|get) the chance to respond.
Are you a lawyer? ||| No, I'm not. I'm with our legal (department|team), but I'm (not an attorney|a collector, not a lawyer).
My {rel_m} is on the line too. ||| (Okay|Alright), then I'd rather (call back|reach you) (when you're alone|at a better time), since (it's a private matter|it concerns your account).
Go to hell. ||| (Alright|Okay), (I'll|I'm going to) end the call (here|now). (Have a good evening.|Take care.)
""",
    },
    "OTHER": {
        "v3_other_angry_debtor": """
(Quit|Stop) calling (me|this number) (every day|ten times a day), I (already told you|told you already) I (don't have|ain't got) it!
(You people|You) are (nothing but|just) (vultures|bloodsuckers|leeches), you know that?
(Put|Get) your (supervisor|manager) on the (phone|line), (right now|now).
I'm recording this call, (buddy|pal), so (watch|careful) what you say.
I (never had|never opened) any {prod} (with|at) {cred}. (This isn't|That's not) (mine|my debt).
(Send|Mail) me (something|it) in writing and (stop|quit) (harassing|bugging) me.
""",
        "v3_other_third_party": """
(I'm|I am) his (mother|mom), and he doesn't live here (anymore|no more).
(Wrong number|You have the wrong number), (there's|there is) no {first} (here|at this number).
{first} moved out {mon} ago, and I (have no idea|couldn't tell you) (where they went|how to reach them).
This is the front desk, and we (can't|don't) give out (employee|staff) (information|schedules).
Who is this again, and why do you keep calling (my house|this landline) (for|looking for) my (grandson|nephew)?
I'm just his {mate}, (man|dude). (Leave me out of it.|I don't want to hear about his business.)
""",
        "v3_other_pleading": """
(Please|Please, please), I just need a couple more weeks. My (hours|shifts) got cut.
I could maybe do {amts} by {date}. (Would that be okay?|Is that enough?)
You're {mon} behind, {first}. ||| I know, I know, I'm (trying to get it together|working on it), (okay|alright)?
We need a payment {time}. ||| (With what money?|From where?) I've got (nothing|forty bucks) (until payday|in the bank).
I'm a single (mom|dad) with (two|three) kids, (I'm begging you|please), (give me|just give me) (a break|a little time).
I swear I'm trying, I (just|literally) (got out of|came home from) the hospital (last week|two days ago).
(Can you|Could you) [please] (stop|hold off on) the (late fees|fees) (until|till) I (find|get) (a new job|work)?
""",
    },
}
