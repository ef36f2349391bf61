# ruff: noqa: E501  (template data: one template per line)
"""A fifth author's template families for training/corpus.py (English), written from the taxonomy alone."""

EN_FIFTH = {
    "THREAT": {
        "v5_silence_congregation": """
(Pastor|Reverend|Deacon) {last} has no reason to hear about (any of this|your little situation) (on Sunday|before service|at Bible study), and (frankly|honestly) {amts} (today|{time}) keeps it that way.
{fill}, I'd hate for the prayer (group|circle|chain) to (end up praying over|get wind of) your (account|money troubles), so let's clear it (today|{time}) and nobody at church is the wiser.
Your church puts out a (newsletter|bulletin|Facebook page), right? Get us {amts} (by {date}|{time}) and there's nothing in it for (anybody|the choir) to read about you.
What would the (ladies|folks) at (First Baptist|Grace Fellowship|St. Mark's) think if they knew? They won't, (as long as|so long as) (the payment clears|we see {amts}) by {date}.
It's a small congregation, {first}. Word (travels fast|gets around quick) in a small congregation, unless (this is|the account is) (squared away|handled) by {date}.
Why do you keep bringing up my church? ||| (Just saying|I'm only saying), the (usher|choir director|church secretary) (seems like|sounds like) a (real|big) talker, and she never has to find out if you pay (today|{time}).
You sing in the choir, don't you, {first}? (I'd pay before|Best to pay before) (Sunday|the next service), (that's all|is all I'm saying).
""",
        "v5_silence_team_parents": """
The other (parents|moms|dads) on (your son's|your daughter's|the) (soccer|Little League|travel ball|basketball) team never have to know about this if we get {amts} {time}.
Your kid's class has a group chat, right? Let's keep your name out of it, and (a payment|{amts}) (today|{time}) does that.
{fill}, I'd (really|just) hate for the (PTA|booster club|team moms) to hear about your {prod} (at the next game|at pickup|before the fundraiser). Call it a favor: (pay|settle up) by {date}.
Picture the (carpool line|bleachers|sideline) when the other parents find out. Or you could just make the payment, and not one parent (finds out|says a word).
Is that a threat? ||| (No ma'am|No sir|Not at all), it's a courtesy. (As long as|So long as) we get {amts} {time}, the parents at {school} (hear nothing|never hear a word).
Coach {last} seems (nice|decent|like good people). It'd be a shame if (he|the whole team) heard you owe {amt} before you (got around to paying|paid it off).
You want to keep (showing up to|coming to) (the games|practice) with your head up, you'll have this (handled|paid) by {date}.
""",
        "v5_silence_building_boss": """
(The front desk|Your receptionist|The guard in the lobby) is going to be fielding our calls (all day|every hour), and they'll (start asking|wonder) why, unless this is paid {time}.
{fill}, we (haven't|have not) called your (boss|supervisor|HR) yet, and (paying today|{amts} today) (is how you keep it that way|keeps it like that).
Honestly, I don't want to be the one walking your (manager|boss|landlord) through your {prod}, so (don't make me|let's not get there). Just get me {amts} (today|{time}).
Everybody in (your building|the complex) gets (a letter|a notice) from us if we (don't see|haven't seen) a payment by {date}. (Your call|Up to you).
Your office is (pretty|real) small, {first}. (Small offices talk|People talk in small offices). Settle this before (they have something to talk about|anybody there has a reason to).
Will we call your boss? (Not if|Not as long as) the payment's in {time}. (That's on you|Ball's in your court).
Pay ({amts}|something) {time} and I'll keep your (work number|office line) off my (list|next round of calls).
""",
        "v5_silence_followers": """
You've got, what, (two thousand|ten thousand|five hundred) followers on (your channel|TikTok|Instagram|your page)? It'd be (a shame|awkward) if they (saw|got) a post about your {prod}. Pay {amts} {time} and (it stays private|it never happens).
(Your family|The neighborhood|Your company) group chat (is|seems) (very|pretty) active. We can keep your name out of it if you pay (by {date}|{time}).
{fill}, everyone tagged in your (photos|profile) doesn't need (our|a) (message|DM). (Pay|Settle this) and (they never get one|I'll never send it).
Do you really want your (subscribers|viewers|followers) (finding out|reading) that you owe {amt}? (I didn't think so|Then pay).
Post about you? I don't post anything (myself|personally), but (comments sections|people online) get (busy|chatty) when accounts stay unpaid. (Paying today|Paying {time}) would be smart.
Nobody on your (friends list|WhatsApp|Facebook) needs to see a thing, as long as ({amts}|your payment) (lands|comes in) (by {date}|{time}).
I can (keep this between us|make this go quiet), or I can make it everybody's business. Whether you pay {amts} {time} (decides which|is the difference).
""",
        "v5_contact_list_one_by_one": """
(I've got|We have) every (number|name) on your (application|contact list|references page), and (we'll|I'll) work down it one by one (starting {time}|until somebody pays).
You're only the first call (today|this morning), {first}. Then your {rel}, then your {mate}, then (whoever else you put down|everybody else in your phone).
{fill}, the people you listed are going to (get|start getting) phone calls {time} (unless we see|if we don't see) {amts}.
We could call (every single|each) person in your phone and ask them why {first} {last} (is|has been) (avoiding us|dodging calls). Or you can pay.
You want me to stop calling you? (Fine|Okay|Sure), then I'll call your {rel_f} instead, and (after her|then) your {mate}, then your {rel_m}. (Your choice|You pick).
Next (time|round) it won't be a phone call. It'll be a letter to (everyone|every address|each name) on your (references|contact list), and they'll all read it.
Your (mom|{rel}), your {mate}, your (ex|old roommate), I've got (all of them|everybody) (right here|in front of me). How many do you want me to (dial|call) before (you pay|we settle this)?
""",
        "v5_next_step_visit": """
When the phone doesn't (work|get through to you), somebody comes (by|out) (in person|to {street}). (That's|That is) just (how it works|the next step).
There's (a field rep|an associate|somebody) (who covers|working) {county} County (this week|{time}). I could have him (swing by|knock on your door|stop by the house) if you keep ducking calls.
{fill}, maybe you'd pick up if (somebody|a couple of our guys) (showed up|were standing) at your (job|door). (Should I set that up|Want me to set that up)?
Don't make me (send someone|drive out) to {street}. (Nobody|None of us) wants that, (least of all|especially) you.
Won't talk to me? (That's fine|Suit yourself). The next (person you talk to|one you see) (will be|is gonna be) standing (on your porch|in your driveway|at your front door).
(We visit|Our team visits) the (workplace|job site) (next|after that), {first}, and (they're|those guys are) (a lot less|way less) (polite|patient) than me.
""",
        "v5_concern_family_safety": """
Your {rel_f} walks home (by herself|alone) after (dark|her shift)[, doesn't she]? I'd (just|really) hate for anything to (happen|go wrong) while this (account|debt) is still open.
Kids coming out of {school} (around three|these days), (you just never know|anything can happen). (Take care of|Handle) {amts} {time} and (get some peace of mind|sleep easy).
{fill}, I'm (just|honestly) (worried|concerned) about your {rel}. (People|Folks) get (frustrated|upset) when debts go unpaid, and I can't (control|speak for) what (they|other people) do.
Was that a threat? ||| (No|Heavens no), I'm (just|only) (looking out for|thinking about) (your family|the kids). Folks with accounts like yours ought to (keep the doors locked|keep an eye on the little ones).
With a (little girl|little boy|teenager) at {school}, you'd want this (cleared up|off the books) by {date}. (Just|I'm just) (saying|being honest).
It'd be (a real shame|awful) if your {rel_m} (got hurt|had an accident|ran into trouble) over some {prod}. (Pay|Pay {amts}) and nobody (has to|needs to) worry about that.
Your {rel_f} sounded (real|very) sweet on the phone. (Let's|You'll want to) keep her (safe|out of harm's way), so (pay|settle this) {time}.
""",
        "v5_routine_car_colleague": """
(One of my colleagues|A colleague of mine|My partner) happens to be (near|around the corner from) {street} (right now|{time}). (Want me to|Should I) have him (stop in|say hi)?
That {car} (was|is) (parked|sitting) (out front|in the driveway|on {street}) again. Cars left on the street get (keyed|scratched up) all the time around there, {first}.
You head out for (work|the gym) (around|right about) (seven|six-thirty|eight), (right|correct)? (We know|I know). (Pay up|Let's get {amts} in) by {date}.
Nice (tires|rims|paint job) on the {car}. (Be a shame|Would be a pity) if something happened to them.
(We've|I've) (seen|noticed) what route your kid takes (home|to {school}). (That's all I'll say|That's the only thing I'm saying).
How do you know where I live? ||| We know (where you live|where you park|where you shop), {first}, and a lot more. (Pay {amts}|Take care of it) and we'll leave it at that.
{fill}, the same (gas station|coffee shop|gym) every morning (isn't|is not) (a great idea|smart) while you (owe people money|have an account like this open).
""",
        "v5_public_shame": """
(We'll|We're going to) post a notice (in the lobby|by the mailboxes|on the community board) with your name on it (unless a payment comes in|if nothing comes in) (by {date}|{time}).
How (are you going to|will you) (face|look at) (people|your neighbors|your coworkers) once (everybody|the whole block) knows you don't pay your debts? (Think about that|Chew on that).
Your whole (office|floor|department) (is going to|will) (know|hear about it) (by Monday|{time}) unless you (pay|call back) today.
{fill}, {county} County's a small place and everybody knows everybody. (I'd hate|Hate) for (the diner|the barbershop|the feed store) to (start talking about|be buzzing about) (you|your family) come Monday.
We could put your name (and photo|and picture) on (our website|a public page) for (people who|folks who) (don't pay|skip out on bills). (Want that?|Is that what you want?)
The (neighbors|whole street) (will see|are going to see) our (truck|van|car) parked outside (all day|every day) (until this is paid|till you pay). Let them wonder why.
Do you want your {rel} to find out from (a stranger|a flyer on the door|us)? (Then pay|If not, pay) {time}.
""",
        "v5_veiled_after_denial": """
Is that some kind of threat? ||| (Threatening? No.|I don't threaten people.) I'm just telling you (people|folks) with balances like yours tend to have (bad|rough) (luck|weeks).
Is that a threat? ||| (It's not a threat|Not a threat), it's (a forecast|a weather report). (Pay|Get {amts} in) {time} and (the forecast clears up|it stays sunny).
What's that supposed to mean? ||| (It means|Means) we know exactly where you (live|work), {first}, and (we're|I'm) (patient|not going anywhere).
Did you just threaten my family? ||| All I said was (your family would be|the kids would be) (better off|safer) once this (is|gets) paid. (Take it how you want|Read into it what you want).
I'm recording this call. ||| (Good|Great), then record this: you'd want to pay by {date} if you (care about|like) (that {car}|your windows|those tires).
Are you saying someone's coming to my house? ||| (I'm not saying anything|I didn't say that). (But|Still,) I'd (lock the gate|keep the porch light on) (tonight|this week).
Watch how you speak to me. ||| I can say what I want until your balance is zero. And you'd want it (paid|settled) before somebody (comes|drops) by.
""",
        "v5_threat_mid_demand": """
(Okay|Alright), so the balance shows {amt}, the minimum to bring it current is {amts}, and if that's not in by {date} your {rel_f} (is gonna|will) get a (call|visit) explaining why. (Card or checking?|Do you want to use a card or checking?)
(Thank you|Thanks) for verifying. I can set up {amts} (a month|every two weeks), first (one|payment) {time}, and if it (bounces|is late), I go straight to your (church|job|{mate}). (Sound good?|Okay?)
(Just|So) confirming, your {prod} (with|from) {cred} has been past due {mon}. (Pay today|A payment today) and nobody over at your (work|job|building) (has to|needs to) find out. Which card (are we using|will you use)?
{fill}, I can waive the late fee (this month|this once), I'll even drop the minimum to {amts}, I just need it {time}, (because|'cause) after that the (field guys get|field team gets) the file and they don't call first.
We have your address on {street}, (correct|right)? (Good|Okay). That's where our people will show up if the account isn't brought current by {date}. (Now|So), what can you put down today?
The balance comes to {amt} (with|including) (interest|fees). You can pay it in full or set up a plan, but pick one by {date}, or I'll be calling your (son's|daughter's|kids') (school|teachers) next.
""",
        "v5_property_street_register": """
(Yo|Aye), keep ducking me and that {car} ain't gonna look the same (for long|much longer).
(Bruh|Man), you really think we won't pull up? (Run me|Pay) {amts} {time} or things get (ugly|real ugly|messy).
(Y'all|You) better get right before somebody out here gets (upset|real mad) and does something dumb.
(Honey|Sugar|Darlin'), I'd (hate|purely hate) for (that|your) (mailbox|fence|windshield) to end up (busted|broke|messed up). (Wouldn't you?|You too, I bet.) So just send {amts}.
Keep playing games and see what happens to (your|that) (house|{car}|front window), {first}.
We're not the kind of (outfit|company) that (breaks windows|slashes tires). (Usually.|Most of the time.) Don't make (us|me) change that.
""",
        "v5_workplace_visit": """
Maybe (we|I) ought to stop by (the dealership|the warehouse|your job) (at lunch|during your shift) and go over this in front of your (coworkers|team).
You'd rather have this conversation (here|on the phone) or (in the break room|at the loading dock|in the parking lot at your work)?
We know you clock in at (the plant|the hospital|the warehouse) on {street}. (Shift change|Lunch) (would be|is) a (good|nice) time for us to (drop by|come say hello), (wouldn't it|don't you think)?
{fill}, one (call|visit) to (your boss|HR|your supervisor) and you'll be (job hunting|looking for work) (by|come) (Friday|next week). (Let's avoid that|Don't let it get there).
Are you going to show up at my job? ||| (Depends|That all depends) on whether {amts} from you shows up (first|before we do).
Nothing personal, but my (people|folks) already have your (work|office) address, and they'll be using it by {date}.
""",
        "v5_smooth_friendly": """
I (like|really like) you, {first}, (I do|honestly), which is why I'm (telling|warning) you: the (next|other) (guys|team) won't be (anywhere near|half) this friendly.
Let's keep this (easy|nice|pleasant) (for everybody|between friends). The (alternative|other way) involves your (front door|neighbors|family), and nobody enjoys that.
(Buddy|Friend|Sweetheart), I'm on your side here, but once this goes to the field team I can't protect you from what they do.
It'd be a shame to see such a (nice|lovely) family get dragged into (this|all this) over {amts}.
(Between friends|Off the record), I'd get it paid (before the weekend|by {date}). A few of our (guys|colleagues) get a little (carried away|personal) with files this old.
Oh, I'm always nice, (honey|friend). It's the people who come after me you'll want to (avoid|worry about).
No pressure at all. I'd just hate for your {rel_f} to (get|take) our next call instead of you.
""",
    },
    "FALSE_LEGAL_THREAT": {
        "v5_paperwork_moving": """
The (paperwork|packet|file) is already (moving|on its way to {county} County), {first}. The only thing that (stops|pauses) it is (a payment|{amts}) (today|{time}).
I've got your (judgment|garnishment|lien) (papers|paperwork) (sitting|right here) on my desk, ready to sign. (Pay|Make a payment) and I (shred them|tear them up).
Your account was (approved|flagged|cleared) for (legal|civil) action (this morning|yesterday). (Filing goes out|The filing happens) {time} unless we receive {amts}.
{fill}, it's (just|simply) (procedure|routine|standard process): once it's {days} unpaid, the file goes to (the county|the courthouse|{firm}) for a (judgment|wage order), and there's nothing anybody can do after that.
We're (just|only) waiting on (a signature|the judge's stamp|the county), then (it's|this is) (final|out of my hands). Today is your last (chance|window).
Don't wait till (a deputy|the process server) hands you (the|that) (judgment|garnishment order), 'cause by then it's already decided.
(Lawsuit|Suit)'s being (drafted|typed up|prepared) (as we speak|right now). I can still pull it if you (pay|settle) by (five|close of business|{date}).
""",
        "v5_automatic_transfer": """
After {date}, this (account|file) (transfers|moves|rolls over) (automatically|on its own) to (litigation|the legal side|{firm}), and at that point (a judgment|garnishment) is pretty much a given.
There's a cutoff. Miss it and the (system|computer) files the (case|suit) (by itself|on its own), and not even I could pull it back.
I (can|could) still (pull|hold|pause) your file before it goes to (court|the courthouse|{firm}), but only if you (put down|pay) {amts} (right now|on this call).
It's like a (conveyor belt|timer): your (case|account) keeps moving toward (a hearing|judgment|garnishment) every day it stays unpaid, and only money stops it.
Till next month? (I wish|I'd love to), but the referral to (our attorneys|the courthouse) (goes through|processes) (at midnight|{time}) no matter what I do.
Once it hits ninety days, the account goes to the county and they take it straight out of your (paycheck|wages|bank).
""",
        "v5_hearing_goes_away": """
(There's|You've got) a hearing set for {date}. (Pay {amts} today and|If you pay {amts} today,) I can (cancel|take it off the calendar|make it go away).
{fill}, we can keep this off your (record|criminal record) (if|provided) it's (paid|handled) (by {date}|{time}).
Your (court date|appearance) (doesn't have to happen|can be avoided). Settle (now|today) and no judge ever (sees|looks at) your file.
You want a judge (looking at|reading) your file? Because that's where this is headed by {date} unless you pay.
What hearing? I never got anything. ||| That's because it was set (this morning|internally). (Pay|A payment) {time} and you won't ever (get served|see the paperwork).
A judgment (stays|sits) on you for (ten|seven|twenty) years, {first}. Or it just goes away if you pay (now|today).
""",
        "v5_seize_without_court": """
Your {car} (gets|will get) (picked up|towed|repossessed) {time} to cover the (hospital bill|credit card|medical balance), (no court|no judge) (needed|involved).
(We can|We'll) have you (evicted|out of that apartment) by {date} over this {prod}, and (no judge|no court) has to sign off.
{fill}, our (recovery team|asset team) is going to come by and (take|inventory) the (TV|furniture|electronics) to (sell|auction) against your balance.
(Under|Per) your (agreement|contract), we have the right to (lock|padlock) your (unit|storage|house) with no (court order|hearing).
Can you really take my car? ||| (Yes ma'am|Yes sir|Oh, yes), on a (medical bill|card balance) this size we sure can, and (without|no need for) a court.
Your (landlord|property manager) gets our notice and you're locked out (in a week|within {days}). That's just how this goes.
""",
        "v5_police_for_talk": """
(We'll|I'll) have (an officer|a deputy|somebody from the {police}) swing by for a (little|quick) (talk|chat) about (your {prod}|this balance).
(Cops|Deputies) in (this|your) county (handle|take) cases like yours (all the time|every week). (I'd rather not bring them in|I'd hate to involve them). (Would you?|Would you want that?)
{fill}, (an officer visit|a welfare check) (is|can be) set up (pretty|real) (easy|quick) when someone refuses to return our calls.
You want a (squad car|patrol car) (in your driveway|pulling up) {time}? 'Cause that's our next (call|step).
Are you calling the cops on me? ||| (Not yet|Not today), but our (liaison|contact) at the {police} (already has|is holding) your (file|name).
(Not paying|Non-payment) after you've been (formally notified|warned in writing) becomes a matter for the police, {first}.
""",
        "v5_employer_withhold": """
(We'll|We're going to) (send|fax) your (employer|HR department|payroll) our (letter|order) {time} (telling|instructing) them to (hold|take) {amts} out of every (check|paycheck).
Once (payroll|HR) gets our notice, they're on the hook for the whole balance, {amt}, if they don't start deducting.
Your paycheck gets docked starting next (payday|pay period) on our (say-so|authority), {first}, (no court|no judge) (needed|required).
{fill}, you really want (the payroll lady|your HR person|your boss) taking it out for you? Because one letter from our office and that's what happens.
Quit your job if you want; then we'll take it out of your unemployment check instead, same as we would your wages.
Our office already sent the wage order to your employer; the only way to (stop it|pull it back) is (paying|to pay) (today|{time}).
""",
        "v5_crime_label": """
(Taking|You took) (the money|that {prod}) and never paying it back, that's (theft|theft by deception|fraud), (plain and simple|{first}).
That check (you wrote|that bounced) makes this a (criminal|fraud) matter now, not a (billing|collections|civil) one.
{fill}, (lying|giving false info) (on|about) your (application|income) was (a federal crime|bank fraud), and we'll have to refer it unless the balance gets paid.
(People|Folks) (go to jail|do time|get locked up) over smaller amounts than this, (you know|believe it or not).
So you're saying I'm a criminal? ||| What I'm saying is (skipping|walking away from) a (debt|signed contract) this size is (fraud|theft), and (the DA|a prosecutor) would see it that way.
(You'll|You will) (have|end up with) a (record|criminal record|warrant) by {date} if this isn't paid.
You know what the law calls keeping money that isn't yours? (Theft|Stealing). That's how (your file|this account) gets labeled (if it's not paid|after {date}).
""",
        "v5_frozen_blacklist": """
(Your|All your) bank accounts (will|are going to) (be|get) frozen by (Monday|{date}) unless we see {amts} today.
(We'll|We're going to) put (you|your name|your Social) on the (national|federal) (blacklist|do-not-lend list) so you can't (rent an apartment|get a phone plan|open a bank account) (anywhere|in this state) ever again.
{fill}, your (driver's license|professional license|passport) can get (flagged|suspended|pulled) over (this balance|an unpaid {prod}). (Pay|Get it paid) and that doesn't happen.
We'll intercept your tax refund (this year|in April) (automatically|straight from the IRS) unless it's paid (by {date}|{time}).
Every bank in the country gets a notice that you're a (fraud risk|bad actor) the minute this (goes|rolls) to (ninety days|legal).
You think we can't do that? (Watch|Oh, watch) (us|me). One form and your (debit card|checking account) stops working {time}.
""",
        "v5_legal_bluff_in_demand": """
(Okay|Alright) {first}, I've got your {prod} pulled up, balance is {amt}, minimum due is {amts}, and if that's not in by {date} (a warrant goes out|a deputy will be out) the following week. (What card would you like to use?|Card or bank account?)
I can set up a plan at {amts} a (week|month), which (keeps|will keep) you out of (jail|handcuffs) over this, and we can start {time}.
Your (payment|autopay) bounced (again|twice), so the lawsuit was (filed|entered) (this morning|today), but I can still withdraw it if you run (a card|{amts}) before we hang up.
{fill}, thanks for (calling back|picking up). Quick thing: the account sits at {amt}, we do have payment options, and in case you were thinking of ignoring it, not paying counts as (a crime|theft of services) in this state.
Let's get you caught up today so the (bench warrant|arrest) request (never goes out|doesn't go through).
I can only do twenty bucks. ||| Twenty won't stop the (garnishment|sheriff sale) that's already scheduled for {date}, but {amts} (would|will).
(Great|Perfect), so I'll mark you down for {amts} on {date}. (Miss it and|If you miss it,) you'll get picked up at (work|home), (that's|it's) automatic.
""",
        "v5_procedure_clipped": """
(Look|Listen), I don't make the rules. (Ninety days|{days}) past due, the account goes to the judge. (That's it|End of story).
(Pay|Either pay) or get (served|sued). (Your choice|Pick one). Deadline's {time}.
Already past my desk. Legal's got it, and the only thing that (pulls it back|brings it back) is {amts} (today|{time}).
Your warrant goes active (Monday|{date}). Not (a threat|something I decide). (Just|It's just) how the (calendar|system) works.
{fill}, same as any other file: no money, (judgment|wage garnishment) in {days}. (Nothing personal|Nothing fancy).
Everybody says we never follow through, and we always do. Your court date is already on my screen for {date}.
""",
        "v5_false_legal_smooth": """
(Now|Well), (sweetheart|hon|friend), I'd (hate|just hate) to see you (in handcuffs|hauled off) over some (little|old) {prod}.
We're all friendly here, but (the judge|the county) (isn't|ain't) gonna be near as (friendly|nice) come {date}.
(Bless your heart|Oh honey), you really think they don't (lock folks up|put people away) over debt? They sure do in {county} County.
I'm doing you a (favor|kindness) here: settle {time} and the (record|charge) (disappears|goes away). After that, it's (permanent|public record).
(Between us|Just between us), the (fraud|criminal) (unit|investigators) already asked about your file. I've been telling them you're good for it. (Don't make me a liar|Prove me right).
Handle it today and the (lawsuit|case) (we filed|that's pending) gets (dismissed|dropped) (by tonight|this afternoon).
""",
    },
    "IMPERSONATION": {
        "v5_official_unit_titles": """
This is (Investigator|Senior Investigator|Agent) {last} (with|from) the (Financial Crimes|Consumer Fraud|Asset Recovery) (Unit|Division), calling (about|regarding) an open (matter|complaint) under your name.
(You've reached|This is) the (Warrants|Compliance|Judgments) (desk|office), {county} County (division|district). (Please|Kindly) hold for the (officer|clerk|examiner).
(Good morning|Good afternoon), this is (Deputy|Sergeant|Lieutenant) {last}, and I'm calling on the (civil|pending) matter involving {cred}.
{fill}, my (badge|unit) number is (four-four-seven|B-twelve|seventy-one), so you'll want to jot that down for your records.
(Case officer|Investigating officer|Field examiner) {last} (speaking|here). I'm just verifying your (address|date of birth) before I close out (the|my) report.
The (office|department) I'm calling from reports (directly|straight) to the (attorney general|county prosecutor|DA).
And who exactly am I speaking with? ||| (Special Agent|Officer|Examiner) {last}, (state|county) (financial|revenue) (enforcement|compliance). I'll need a few minutes of your time.
""",
        "v5_mediation_office_court": """
I'm calling from the (pre-litigation|dispute resolution|court mediation) (office|program), and we handle matters before they go to the (judge|bench) in {county} County.
(Our|This) (mediation|settlement) (program|office) is (attached|connected) to the (circuit|district|county) court, so whatever you agree to on this call goes (straight|directly) onto your (record|docket).
Think of (me|us) as the (step|stop) before the courtroom. We work these files on behalf of the (court|county clerk).
{fill}, as the (court-appointed|court-assigned) (mediator|facilitator) on your file, I'm (required|obligated) to give you one chance to resolve it before we proceed.
Is this the court? ||| We work hand in hand with (them|the court), (ma'am|sir). Our office handles their (settlements|pre-hearing matters).
The (judge's office|magistrate's office) asked us to (reach out|contact you) and see whether this can be resolved informally.
This call is from the (Office|Bureau) of (Dispute Resolution|Consumer Settlements), (a division|an arm) of the (county court|state judiciary|circuit court).
""",
        "v5_case_number_readout": """
For your records, the (case|docket|file) number is (twenty twenty-four|CV) dash (four-four-one-eight|seven-seven-nine), (assigned|filed) in {county} County.
(Please|Go ahead and) write down your (reference|case) number, (KR|CV) (five-five-one|three-oh-nine). You'll need it when you speak with the (clerk|magistrate|examiner).
I'm now going to read (into the record|for the record) the matter of {cred} (versus|against) {first} {last}. Please state your full name.
{fill}, the matter has been (docketed|logged) as number (nine-eight-one-two|four-two-two-zero), and I'll be your (assigned|handling) (officer|examiner) (going forward|from here).
What case? ||| (Docket|Case) number (two-two|four-one) dash (CV|C) dash (seven-oh-three|one-one-nine), (ma'am|sir). It's all right here in our system under your (Social|name).
The (clerk|records office) shows you listed as the (respondent|defendant) in file (six-one-nine|C forty-four). I'm just calling to verify your address for service.
""",
        "v5_call_is_formal_notice": """
This call (serves|counts) as your (formal|official|legal) (notice|summons), and it is being recorded on behalf of the (court|county|state).
(Consider|Please consider) yourself (officially|formally|legally) (served|notified) as of this call, {first} {last}.
Under (the|state) (rules|procedure), a recorded notice from this office has the same legal (effect|weight) as a letter from the (clerk|court).
{fill}, I'm (required|obligated) by (law|statute) to read the following: you are hereby (notified|informed) of (an action|a complaint) before this (jurisdiction|county).
Can you send that in writing? ||| This call counts as your (written|official) notice, (ma'am|sir). It's been (logged|entered) in the (court's|county's) (system|file).
(Please|Kindly) state your (full|legal) name for the (record|court record) after the tone.
""",
        "v5_public_body_behalf": """
(We're|We are) calling on behalf of the (state|Department of Revenue|Treasury) (regarding|about) an (outstanding|unpaid) (obligation|balance) referred to our office.
(The county|The state treasury|The Department of Revenue) (referred|handed) this matter to our office, and we're acting with (its|their) authority.
Our bureau operates under the (state|federal) (government|Justice Department), {first}, so this (isn't|is not) a (regular|typical) (collections|bill) call.
{fill}, we handle these (accounts|balances) (with|for) the (IRS|state tax office|Social Security office).
Are you a government agency? ||| We're a (state-authorized|federally authorized|government-contracted) (office|bureau), (ma'am|sir), so (yes|in effect), you can think of us (that way|as one).
This is {first} (from|with) the (Consumer Debt|Federal Debt|State Debt) (Compliance|Resolution|Recovery) (Office|Division)[, {county} County].
""",
        "v5_badge_dodge": """
Are you a cop? ||| I (can't|am not at liberty to) (discuss|give out) my (badge|unit) (number|info) (on an open line|over the phone), (ma'am|sir|{first}).
Do you have a badge or an ID number? ||| (Let's keep this focused on your account|We'll get to that), (ma'am|sir). Officers don't read out badge numbers to (subjects|respondents) on active files.
Are you a lawyer? ||| Let's just say I handle the legal files at {firm}, so you'd want to take this call (seriously|accordingly).
Are you with the police? ||| (I'll put it this way|Put it this way): my (supervisor|boss) (wears|carries) a (badge|star), (ma'am|sir).
Can I get your license number? ||| Licensing doesn't apply to (our|this) (office|department), we're a (state|government|public) (body|office).
You're not really from the court, are you? ||| (Why|How) would I have your docket number if I wasn't?
Is this a scam? ||| Scammers don't call from the (county building|courthouse annex), (ma'am|sir|{first}).
""",
        "v5_attorney_pose": """
(This is|I'm) {first} {last}, (attorney|counsel) (at|with) {firm}, (representing|on behalf of) {cred}.
Speaking as counsel for {cred}, I'd (advise|recommend) you (settle|resolve) this (directly|with me) (today|{time}).
This call comes from the law offices of {firm}; (please|kindly) (hold|stay on the line) for the (attorney|associate).
{fill}, as (an officer of the court|an attorney licensed in this state), I have a duty to tell you what's coming next.
Do I need a lawyer? ||| You're speaking with one (right now|already), (ma'am|sir), so I'd (listen|pay attention).
We're the law firm (handling|retained on) this (file|matter), not some (collection agency|call center).
Attorney {last} asked me to call personally, since (he|she) is in (court|depositions) the rest of the (day|week).
""",
        "v5_processing_department": """
You have (reached|been transferred to) the (Judgments Processing|Legal Processing|Enforcement Processing) (Department|Center), (county|state) (filing|records) division.
Our (processing|filings) (department|center) handles all (court-ordered|judicial) (collections|matters) in (the|this) (district|county), and your file was routed here.
(Please|Kindly) (hold|remain on the line) while I transfer you to the (magistrate's|clerk's|judicial) (desk|office).
(Reference|Ref) (code|ID) (zero-four-nine|two-seven-one), file status (judicial|county) (review|intake). Your assigned (examiner|clerk) will be (me|Ms. {last}|Mr. {last}).
This is an (automated|official) message from the {county} County (Clerk of Court|Judicial Services) (Collections|Compliance) (Unit|Office). Press one to speak with an (officer|officer of the court).
Which department did you say? ||| (County|State) (Processing|Enforcement), (ma'am|sir). Our office handles (all the|the) filings that go to the (judge|bench).
{fill}, this (division|office) was (set up|created) under state law to handle (delinquent|unpaid) (consumer|medical|retail) (accounts|balances) on behalf of the (courts|state).
""",
    },
    "INSULT": {
        "v5_sarcasm_age": """
(Forty|Thirty-five|Fifty) years old and you still can't (manage|handle) one (bill|payment). (Impressive|Truly impressive|Quite the achievement).
At your age most (people|grown-ups) have figured out how a (due date|calendar) works. (Guess|I guess) you're (a late bloomer|the exception).
Still living in your (mom's|parents') (basement|spare room)? (Yeah|Figures|Thought so), that (tracks|checks out).
(Pops|Old-timer), maybe get one of your grandkids to show you (where the pay button is|how the internet works).
Twenty-two and still figuring things out? Figuring out how to swipe (things|a card) you can't pay for? (Cute|Adorable).
A grown (adult|man|woman) (hiding|ducking) behind (voicemail|caller ID) like a (twelve-year-old|teenager|kid cutting class). (Very|Real) (mature|grown-up).
(Honestly|Seriously), how does someone (your age|over forty) (get|end up) this clueless with money?
""",
        "v5_sarcasm_job": """
(Oh|Ah), you work at (the drive-thru|a gas station|the dollar store)? Well, that (explains|would explain) (a lot|everything|the payment history).
(What is it you do again|What do you even do), sell (essential oils|leggings|crypto) to your cousins? Business must be booming.
(A|So the) (manager|assistant manager|shift lead) who can't (run|handle) (his|her) own (checkbook|budget). (Love that|Classic).
(Between jobs|Between jobs, huh)? Or just between (naps|couch cushions|video games)?
No wonder (nobody|your boss) wants to promote you, {first}. You can't even keep track of {amts}.
(Some|Quite the) (entrepreneur|CEO|small business owner) you turned out to be, can't even cover a payment of {amts}.
{fill}, maybe put a little less time into (that side hustle|your mixtape|your podcast) and a little more into (basic|simple) (math|arithmetic).
""",
        "v5_mock_praise": """
(Congratulations|Congrats), {first}. (Five|Six|Seven) (broken promises|missed payment dates) in (a row|one year). That's some kind of record.
(Gold star|A gold star) for you, you actually picked up (the phone|on the first ring). Your (mom|mother) must be (so proud|thrilled).
(Really|Truly) admire the (confidence|creativity) it takes to tell me the check's in the mail for the (fourth|fifth) time.
(Impressive|Honestly impressive), for a grown (adult|man|woman). Most people need years of practice to get this good at (dodging|excuses).
(Bravo|Well done|Round of applause). You've managed to be broke and (rude|sassy) at the same time. (Takes|That takes) talent.
You (really|honestly) ought to teach (a class|seminars) on avoiding (responsibility|adulthood). You'd be a natural.
Thank you for being patient with me. ||| Oh no, thank you, for finally deciding to act like a grown-up. Only took {mon}.
""",
        "v5_excuse_sarcasm": """
My car broke down and I had to fix it. ||| (Sure|Right|Uh huh), and the (dog|cat|goldfish) ate your (checkbook|debit card) too, (I bet|I'm sure).
I've been in the hospital. ||| Again? You must be the sickest person in {county} County every time a payment comes due.
I'm a single mom doing my best. ||| If this is your best, I'd hate to see your worst.
I just need more time. ||| More time for what exactly, to come up with a (better|new) (story|sob story)?
Didn't get our letters? Can you even read, {first}? (Honest|Serious) question.
Paycheck was short? Short like your (attention span|memory)? 'Cause you sure forgot us (real|pretty) (fast|easy).
I'm doing the best I can. ||| (Then|Well, then) your best is (pretty|kind of) (pathetic|sad|embarrassing), (isn't it|ain't it).
I lost my job. ||| (Shocking|What a shock|Color me surprised). (Can't|I can't) imagine why.
""",
        "v5_parenting_education": """
Great example you're setting for (your kids|those kids), {first}. They'll turn out (just|exactly) like you, (poor things|God help them).
Did you ever (finish|graduate) (high school|the tenth grade)? 'Cause reading a statement (isn't|is not) (rocket science|calculus).
I'd explain how interest works, but I (don't have|left) my (crayons|puppets) (here|at home).
(No wonder|Figures) your kids are always in trouble at {school}. The apple (doesn't|didn't) fall far.
Your kid probably does math better than you, {first}, and (she's|he's) (nine|in fourth grade).
Too bad {school} didn't have a class on (common sense|being an adult) back when you went.
Kids to feed, sure. And whose (idea|bright idea) was (all those|that many) kids, {first}?
""",
        "v5_followers_slang": """
Imagine owing {amts} and posting (a ring light selfie|a gym selfie) every day. (Couldn't be me|Not the flex you think it is).
All those followers and not one of them will (spot|lend) you {amts}? (Big|Huge) (influencer|main character) energy.
(Bro|Dude) really said "trust me, I'm good for it" with zero payments on record. (Caught in 4K|No cap, embarrassing).
Your (whole|entire) (personality|brand) is (designer bags|vacation pics), and you're ghosting a bill for {amts}. (The irony|Make it make sense).
Maybe make a (video|reel) about budgeting? Oh wait, you'd have to (learn it|know how) first.
You sound like (the comment section|a YouTube comment|somebody who takes financial advice from horoscopes), {first}.
""",
        "v5_idioms_southern": """
(Bless your heart|Lord have mercy), you're about as (sharp|useful) as a (bag of hammers|screen door on a submarine).
(Honey|Sugar|Darlin'), you couldn't find your way out of a paper bag if I drew you a map.
You ain't got the sense God gave a (goose|mule|June bug), {first}.
(All hat and no cattle|All talk and no walk), (that's|that's been) you (every single month|since day one).
(Lord|Goodness), the lights are on but (nobody's|ain't nobody) home, (huh|are they)?
You couldn't pour water out of a boot if the (instructions|directions) were (printed|written) on the heel.
A few (fries|cards|bricks) short of a (Happy Meal|full deck|load), (aren't you|ain't ya), {first}?
""",
        "v5_insult_to_third_party": """
He's not home right now. ||| (Course|Of course) he isn't. Your {rel} has always been the world champion of hiding, (huh|hasn't he)?
I'm his (wife|sister), can I take a message? ||| You tell him he's a (sorry|pitiful|useless) excuse for a grown-up, and have him call {phone}.
Your {rel} sounds like a real (piece of work|mess|disappointment), (ma'am|sir). Have (him|them) call me back.
My condolences, living with someone like {first}. Must be (exhausting|like babysitting).
She moved out last spring. ||| Smartest thing you ever did, (getting|kicking) her out, (honestly|trust me). (She's|She is) a real (leech|mooch|freeloader).
You seem like a sensible (person|lady|guy), so how'd you end up (living with|related to) a (clown|loser) like {first}?
""",
    },
    "THREAT+INSULT": {
        "v5_pair_threat_insult": """
(Listen|Look), you (freeloader|clown|moocher), pay {time} or I'll be (knocking|pounding) on that door myself.
A grown (man|woman) who can't pay {amts}. Wait till (your church|your whole office) finds out what a (joke|clown) you are.
You're (a|nothing but a) (bum|joke), {first}, and (bums|jokes) who don't pay (tend to|usually) have (accidents|bad luck|flat tires).
Want the calls to stop? Quit being such a baby and pay before somebody shows up on your (porch|doorstep).
Your (neighbors|coworkers) (already|probably) think you're a bum. You want me to prove it to them?
""",
    },
    "IMPERSONATION+FALSE_LEGAL_THREAT": {
        "v5_pair_imp_legal": """
(Officer|Agent|Investigator) {last} with the {police}. There's an (active|open) warrant tied to your {prod}, and I can (recall|clear) it once payment is made {time}.
The court has set your wage garnishment for {date}. As the clerk (assigned|handling) your file, I can (withdraw|stop) it if you pay (today|now).
{fill}, this is {firm}. We file the criminal complaint {time} unless the account is paid.
Is this really the sheriff's office? ||| (Yes|That's right), (ma'am|sir), and if the balance isn't cleared by {date}, (deputies|a deputy) will come to take you in.
This is a message for {first} {last} from the (District Attorney's|County Prosecutor's) (Bad Check|Fraud) (Unit|Division). Failure to call back within (24 hours|a day) will result in your arrest.
""",
    },
    "THIRD_PARTY_DISCLOSURE+THREAT": {
        "v5_pair_disclose_threat": """
I'm his neighbor, he's not home. ||| Then tell him his {prod} is {mon} behind, {amt}, and next time we won't (bother|stop at) calling.
Your {rel} owes {cred} {amt}, (ma'am|sir), and you might remind him that folks who (stiff|skip out on) us (usually regret it|tend to get visits).
Tell your {rel_f} her {prod} has been past due {mon}, and (if it's not paid|unless it's paid) (by {date}|{time}), I'll (be coming by|come out to) the house.
I'm just his coworker. ||| Perfect. Then you can let the whole office know he's dodging {amt} with {cred}, and that we'll be coming by (next week|{time}).
Your {mate} hasn't made a payment on the {prod} in {mon}, {amt} and counting, and we know which car (he drives|he parks in the lot).
""",
    },
    "THIRD_PARTY_DISCLOSURE+INSULT": {
        "v5_pair_disclose_insult": """
Wrong number, I don't know any {first}. ||| (Lucky you|Good for you). That (guy|clown) stiffed {cred} for {amt} and can't even keep a working phone number.
Your {rel}? The (grown adult|genius) who hasn't paid {amt} on his {prod} in {mon}? (Yeah|Sure), he's (a real|quite the) (catch|prize).
(Ma'am|Sir), your {rel_f} is {mon} behind on her {prod}, and (honestly|frankly) she lies (like a rug|worse than a politician) every time I call.
I'm her mother. ||| Then you should've raised her to pay her bills. She's {mon} behind on {amt}.
You can tell the (whole office|whole crew) that {first} is the (freeloader|moocher) who still owes {cred} {amt}.
""",
    },
    "NONE": {
        "v5_none_unconditional_privacy": """
(We do not|We don't) (discuss|share) your account with anyone else, (whether or not|regardless of whether) you (pay|make a payment) (today|this month).
Nobody at (your church|your job|your kid's school|your building) will hear a word from us about this, (paid or unpaid|no matter what happens).
{fill}, just so you know, we never contact (your congregation|group chats|social media|your neighbors) about (a debt|an account). (That's not allowed|It's not something we do), period.
Are you going to tell my boss? ||| (No|No ma'am|No sir), we (won't|will not) contact your employer about this, (whether you pay today or not|paid or not).
Your account information stays between (you and us|you, us and {cred}), and that doesn't (depend on|change with) whether you pay.
(Your family|Your church) doesn't need to know about this, and nobody there will hear it from us, (ever|period). (Now|So), can we talk about a (payment plan|payment)?
Please don't post about me online. ||| We never post about anyone online, (ma'am|sir). That won't happen (under any circumstances|no matter what).
""",
        "v5_none_no_workplace_calls": """
(We won't|We will not) call your (workplace|job|office) (again|anymore), since you told us it's (not allowed|a problem) there.
(I've|I have) noted the file: (no calls to|do not call) your (work|employer) (number|line). (That's done|It's in the system).
{fill}, our notes show you'd (prefer|rather have) (texts|email|letters), so that's how we'll reach you (from now on|going forward).
Please stop ringing my workplace. ||| (Understood|Got it|Absolutely), I've taken that number off the account. What's a (good|better) time to reach you?
Your (supervisor|manager|HR) won't (hear|get a call) from us about this account, (full stop|period).
Nobody from our office (is going to|will) show up at your (job|workplace|home); we handle all of this by (phone|phone and mail).
""",
        "v5_none_callback_third_party": """
(Hi|Hello), this is (Dana|Mike|Teresa) calling for {first} {last}. Could you pass along a message to call me back at {phone}? (Thanks|Thank you so much).
No other message, (ma'am|sir), just (my name and number|that {first} called). (Have a good one|Thanks for your time).
I'm his (mom|dad|parent). Can I ask what it concerns? ||| I'm sorry, I can only discuss that with him directly. Could you just let him know {first} called, at {phone}?
I'm (trying|just trying) to (reach|get in touch with) {first} {last}. Is there a (better|good) (number|time) to (call|try)?
Wrong number, there's no {first} here. ||| (Oh|Okay), (I'm sorry|my apologies) for bothering you. I'll take this number off our list (right away|today).
Thank you, that's all I needed, and I won't call this number again.
If you happen to see {first}, could you pass along {phone}? (That's all|Nothing else), thanks.
""",
        "v5_none_letter_or_appointment": """
We'll mail a (written|validation) notice to the address on file (within five days|in the next few days), showing the (balance|amount) and who it's owed to.
Nobody (will|is going to) come by the house; everything comes (by mail|through the mail) or this phone line.
You asked for a call-back for {date}, so I've (booked|scheduled) you for (two|ten) o'clock. If that (doesn't work|won't work), just call {phone}.
Our office on {street} is open weekdays if you'd rather pay in person, but that's entirely up to you.
Are you going to send someone to my house? ||| No, we don't send anyone to people's homes. You'll get a letter in the mail (this week|within {days}), and that's it.
Since the calls keep (dropping|cutting out), I'll put the (offer|payment plan) in writing so you can read it over.
""",
        "v5_none_true_lawsuit_conditions": """
No lawsuit has been filed, {first}. If {cred} ever decides to sue, you'd be (served|formally served) and (have|get) (a chance|the right) to (answer|respond) in court.
The account (may|could) be referred to (an attorney|our legal department|a law firm) (at some point|down the road), but no decision has been made yet.
{fill}, any lawsuit would (be decided by|go before) a (judge|court), not (me|this office), and you'd be served with papers first.
Are you taking me to court? ||| That's (up to|a decision for) {cred}, not me. (Right now|As of today) there's no (case|lawsuit) filed, and you'd be (served|notified) formally if that ever changed.
There's no (hearing|court date) scheduled, and there wouldn't be one unless a lawsuit were actually filed and you were served.
Making a payment today won't (cancel|affect) any court case, because (there isn't one|none exists). It just (lowers|brings down) your balance.
(Legal|Our legal) review is an (internal|in-house) step, {first}; it doesn't mean a suit has been filed, and it doesn't make (a judgment|garnishment) (automatic|certain).
""",
        "v5_none_garnishment_needs_judgment": """
We (can't|cannot) take money from your (paycheck|wages|bank account) on our own; garnishment would require a court judgment first.
Your employer won't get any letter from us. Only a court can order wage garnishment, and only after a judgment.
{fill}, this is (an unsecured|a medical|a credit card) balance, so there's no (collateral|property) (anyone|we) could (take|repossess), period.
Can you take my car? ||| (No|No ma'am|No sir), not for this balance. It isn't tied to your {car}, so the car isn't at risk.
Since your auto loan has a lien on the {car}, the lender may have repossession rights under your contract and state law, and you'd get the written notices the law requires.
We have nothing to do with your lease, {first}. Only your landlord can (start|file) an eviction, and it would go through a court.
A (wage|bank) garnishment (requires|needs) a court judgment first, and (no judgment has been entered|none exists) on this account.
""",
        "v5_none_not_police": """
We're not the police, and this isn't a criminal matter. It's a (civil|regular) debt owed to {cred}.
Nobody is going to be arrested over (a credit card|a medical|an unpaid) (bill|balance), (ma'am|sir|{first}). That's (not|just not) how (this|debt) works.
Is this the sheriff? ||| (No|No ma'am|No sir), this is {first} with {agency}, a (debt collector|private collection agency). This is an attempt to collect a debt.
{fill}, we (have no badge|carry no badge) and no connection to the police; we're a private (company|collection agency).
Am I going to jail? ||| (No|Absolutely not). Nobody goes to jail for (owing on a credit card|a medical bill|a consumer debt). We'd just like to (work out|set up) a payment plan.
This office doesn't work for any court or government agency; we collect on behalf of {cred}.
""",
        "v5_none_truthful_identity": """
(This is|My name is) {first} {last} (with|from) {agency}. We're a debt collector (calling|collecting) (for|on behalf of) {cred}, and any information (obtained|we get) will be used for that purpose.
I'm not (an attorney|a lawyer), but I (work|sit) in our legal (department|support team), which reviews files if {cred} considers next steps.
Our agency is licensed by the state as a collection agency; the license number is printed on every letter we send.
Do you have a badge or an ID number? ||| I don't have one, (ma'am|sir), I'm a (collector|debt collector) with {agency}, not an officer. My (employee ID|agent number) is (four-one-two|seven-oh-nine) if you want it.
Are you a lawyer? ||| (No|No ma'am|No sir), I'm a (collector|collections representative) with {agency}, and no attorney has reviewed your file.
{fill}, to be clear, {agency} is a private (company|business), not a (government office|court office|state agency), (hired by|working for) {cred}.
Our (name|company name) (sounds|might sound) (official|like a government office), (I know|I get it), but we're just a private collection agency.
""",
        "v5_none_real_judgment_fact": """
There's a judgment on record in {county} County from last year, case number (CV two two four one|twenty-two dash one nine one). I'm calling to see if you'd like to discuss payment.
The court entered judgment in (March|the spring); you were served, and you (can|may) verify it with the clerk in {county} County.
Since there is an existing judgment, {cred} (could|may) ask the court for garnishment (later|down the road); nothing has been filed so far.
The case number is at the top of the judgment you were served, {first}; we can also mail you (a copy|another copy) if you'd like.
I'm not calling from the court; I'm with {agency}, collecting on the judgment {cred} already holds.
No new hearing is scheduled. I'm only mentioning the judgment so you know where the balance comes from.
""",
        "v5_none_blunt_broken_promise": """
You (told|promised) (me|us) (last week|two weeks ago) that you'd (pay|send) {amts}, and it never came through.
That's the (third|fourth) (missed|broken) (promise|payment date), {first}. I need a date you can actually keep.
I hear you had (car trouble|a rough month), but I still need a real commitment by {date}.
(I'm sorry|Sorry) to hear about the car. The balance is still past due (though|all the same), so can we (find|pick) (an amount|a date) (that works|you can manage)?
To be blunt, nothing has come in for {mon}, and another promise won't move this forward. (What|How much) can you actually pay?
I lost my job. ||| I'm sorry to hear that. We can look at a (hardship|reduced) plan; what could you (realistically|actually) manage?
I have to ask you to stop giving dates you can't keep, because it only (makes this harder|sets you further back).
I'm doing the best I can. ||| I believe you. Let's make the plan small enough that you can actually (keep it|stick to it).
""",
        "v5_none_fees_and_reporting": """
A late fee of (twenty-five|thirty-five) dollars (applies|is added) each month the payment is late, (per|under) your (agreement|card agreement).
Interest (continues to accrue|keeps accruing) at the rate in your agreement, so the balance (will grow|goes up) (a bit|slightly) each month.
(We|{cred}) may report (the|this) account to the credit bureaus, and a late account (can|may) (affect|lower) your (score|credit score).
{fill}, once the account is (paid|settled), we'll update the credit bureaus (within thirty days|promptly).
About your credit: it can lower your score, yes. Bringing it current helps, and you can dispute anything on your report that's wrong.
Your minimum due is {amts}, and it's due by {date}. After that, a late fee (is|gets) added.
""",
        "v5_none_end_call_rude_debtor": """
You're a bloodsucking parasite. ||| I'm going to end the call (now|here). When you'd like to (talk|discuss the account), our number is {phone}. (Take care|Goodbye).
Go to hell. ||| (Okay|Alright), {first}. I'll note the call and let you go. (Have a good day|Take care).
I'm not going to argue with you, (ma'am|sir). You can call {phone} whenever you're ready.
Since this isn't productive right now, I'll let you go. You can reach us at {phone} (anytime|when you're ready).
F off, I'm not paying. ||| (Understood|Noted). I'll note that on the file, and you'll get our letter by mail. (Goodbye|Bye now).
""",
        "v5_none_firm_polite_demand": """
We need the payment (by|no later than) {date}, {first}. (Can|Will) you commit to that?
The account has been past due {mon}; the goal today is to bring it current or set up a plan you can afford.
The creditor (may|could) decide to file a lawsuit (later|at some point), which a court would decide. I'd rather work it out with you now.
If you'd like to dispute the balance, write to us within thirty days and we'll pause collection until we send verification.
The full balance is {amt}. I can break that into monthly payments of {amts}, (starting|beginning) {date}.
(Can you|Could you) verify the last four of your Social and your (date of birth|zip code) so I can go over the account?
Is that a threat? ||| No, it's just the facts: the balance is past due, and the longer it sits, the more interest it picks up.
""",
    },
    "OTHER": {
        "v5_other_debtor": """
(You people|You vultures) have called this house (six|nine) times (today|this week), (stop calling|quit it).
I can't pay anything until {date}, I just got laid off.
Who gave you this number? I never opened anything with {cred}.
(Please|Look), I'm begging you, just give me until {date}.
Put it in writing, I'm not agreeing to (anything|a thing) over the phone.
You're a (vulture|leech), you know that? (Get|Go get) a real job.
""",
        "v5_other_third_party": """
(I'm his mother|This is his mom), he moved out (years ago|last spring).
(Wrong number|You've got the wrong number), there's nobody named {first} (here|at this number).
I'm just (her|his) {mate}, I don't know anything about (that|any of this).
Is (he|she) in some kind of trouble? Should I be worried?
(Don't|Do not) call this (house|number) again, (she|he) passed away last (March|year).
(He's|She's) (at work|not home), can I take a message?
""",
    },
}
