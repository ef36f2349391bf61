# ruff: noqa: E501  (template data: one template per line)
"""A fourth author's template families for training/corpus.py (US English), written from the taxonomy alone."""

EN_FOURTH = {
    "IMPERSONATION": {
        "v4_imp_office_persona": """
This is the {county} County (clerk's office|court clerk's office), (calling|reaching out) (about|regarding) the civil matter (filed under|opened in) your name by {cred}.
(Our office|The clerk's office) has your {prod} file (on the docket|in front of the judge|flagged for review), and we (need|require) (a response|your payment arrangement) {time}.
I'm (calling|reaching you) from the (enforcement unit|civil enforcement desk|judgment enforcement unit of the {county} County court); your (matter|file) was (forwarded|transferred) to us (last week|this morning).
(As the|Speaking as the) (court's|county's) (case coordinator|intake officer), I can (still|only) close this (before the hearing|before it goes to the judge) if {amt} (is received|comes in) {time}.
{fill}, this is the (processing desk|records division) at the {county} County (courthouse|justice center); (we show|I'm showing) an open (claim|complaint) from {cred}.
(We here at|Here at) the (state|county) (recovery office|revenue recovery office), we (handle|process) (matters like yours|delinquent accounts) before they (get|are) sent to a (judge|magistrate).
(Ma'am|Sir), (the court|this office) (doesn't|does not) (usually|normally) (call people directly|make courtesy calls), so (consider this|this is) your one courtesy call.
""",
        "v4_imp_reply_implication": """
Are you (the police|a cop|with the police)? ||| (Let's just say|Let's say) we (work closely with|answer to) the {police} (on files like yours|on this one).
Is this a lawyer? ||| (I'm|You're speaking with) the (attorney|lawyer) (assigned to|handling) your {cred} (file|account), (yes|that's right).
Seriously, who am I even talking to? ||| (Someone|A person) from the (county|courthouse) you (don't want|really don't want) to (ignore|keep ignoring), {first}.
Wait, is this the court? ||| (I'm calling|This call is) on behalf of the (court|judge's chambers), and I'd (take it seriously|treat it that way).
Are you from the government? ||| (We're|This is) the (federal|state) (debt recovery|collections enforcement) (division|branch), so (yes|in a manner of speaking).
What agency did you say? ||| The (district attorney's|prosecutor's) (bad check|bad-debt) (unit|program), (ma'am|sir); we (handle|process) the (diversion|intake) side.
Wait, so you're some kind of bill collector? ||| (No|Not exactly); (I'm|this is) (an officer|a case officer) (with|for) the {police}.
""",
        "v4_imp_court_mediation": """
This is the {county} County (dispute resolution|mediation) (center|office), (court-annexed|attached to the civil court); you're (scheduled|on the list) for a (pre-trial|pre-hearing) settlement (conference|session).
(I'm|This is) {first}, (your|the) (court-appointed|court-assigned) mediator on the {cred} (matter|case), and I'd like to (settle|resolve) this before (the judge sees it|it reaches the bench).
(The mediation program|Our program) (works|operates) under the (county court|circuit court), and settling today keeps (a judgment|the judgment) off your record.
{fill}, the (judge|magistrate) (asked|instructed) (our office|us) to (reach out|contact the parties) one (last|final) time (before|ahead of) {date}.
(Mediation services|Court services), {first} speaking. Your (file|docket number) (shows|says) the (balance|amount) of {amt} (is still|remains) unresolved.
We're the (neutral|settlement) (office|desk) for the court, (so|which means) whatever we (agree on|work out) today (goes straight|is sent directly) to the judge.
""",
        "v4_imp_attorney_persona": """
(This is|You've reached) (the law office of|the legal offices of) {firm}; I'm the (attorney|associate) (handling|assigned to) your {prod}.
{fill}, (as counsel for|representing) {cred}, I'm (advising|telling) you to (resolve|settle) this (balance|account) {time}.
(Attorney|Counselor) {last} (here|speaking). I (don't|do not) (usually|normally) make these calls (myself|personally), {first}.
(Our firm|My firm) has (reviewed|gone over) your file, and I've (seen|litigated) (stronger|better) defenses than yours (fall apart|lose) in court.
(I'm|This is) {first} {last}, Esquire, (calling|following up) on behalf of {cred} (concerning|about) {amt}.
(Put it this way|Let me put it plainly): (as an attorney|speaking as your creditor's lawyer), (I wouldn't|I would not) (ignore|sit on) a call from me.
I'm not (some|a) (collector|call-center rep); I'm (legal counsel|the attorney of record) for {cred}, and your file is on my desk.
""",
        "v4_imp_government_badge": """
This is the (Federal|National) (Debt Compliance|Consumer Debt Enforcement) (Office|Bureau); (please|kindly) have your (case number|notice) (ready|in front of you).
(I'm calling|I am calling) from the (Treasury|state treasury) (recovery|offset) (division|section) (about|regarding) your {prod} with {cred}.
(We're|This is) the (state|county) (department|office) of (financial enforcement|consumer obligations), and (our records|the state's records) (show|indicate) an unresolved default.
{fill}, I work for the government, (ma'am|sir); I (don't|do not) have to (explain|justify) (myself|our process) to you.
(Agent|Investigator) {last}, (financial crimes|economic crimes) (unit|desk). I'm (following up on|looking into) (an account|a loan) (in your name|under your Social).
(On behalf of|Acting for) the {police}, (I'm|we're) (giving|extending) you one chance to (clear|settle) this (privately|quietly).
The (IRS|federal government) (has|now has) (an interest|a stake) in this {prod}, and I'm (calling|contacting you) as (their|its) (representative|liaison).
""",
        "v4_imp_signoff_officer": """
(Again|Once more), (this is|it's) Officer {last}; my badge number is on (file|record). Call (me|my desk) back at {phone}.
(Thank you|Thanks) for your (time|cooperation). (Deputy|Sergeant) {last}, {county} County. (Have a good day|Good day).
(When|If) you call back, (ask for|tell them you need) (Detective|Investigator) {last} (in warrants|on the warrants desk|in financial crimes).
(Leave|Please leave) your (case|reference) number with the (desk sergeant|duty officer) and (he'll|they'll) (route|send) it to me.
Reach the (warrants|enforcement) desk at {phone} and give them my badge number, (four-one-one-seven|two-two-nine-zero).
(That's|This is) Deputy Marshal {last} (with|of) the civil process division; I'll (note|log) that we spoke today.
""",
        "v4_imp_processing_department": """
(You've reached|This is) the (judgment processing|warrant processing) department; (please hold|hold the line) while I (pull up|locate) your (docket|file).
Our (department|unit) (processes|handles) (civil|court) filings for {county} County, and your file is (next in line|in the queue) to go before the judge.
(Per|Under) (the|our) (intake|court intake) (protocol|procedure), I'm (required|obligated) to read you your (case|docket) status before (filing|submission).
{fill}, the (county|court) (processing|records) (center|office) needs you to (confirm|verify) your (address|employer) before the paperwork goes out for service.
(Enforcement|Process) (services|division), how (may I direct your call|can I help you)? (Oh|Ah), {first} {last}, (yes|right), (we've|I've) been (expecting|trying to reach) you.
(From|Speaking for) the (clerk|registry) side, (I'll|we'll) (note|record) your refusal to pay (in|on) the (case record|docket).
""",
        "v4_imp_persona_kept_up": """
(I'll|Let me) (pass|forward) your (statement|explanation) (along|on) to the (magistrate|judge) (before Thursday's docket|ahead of the calendar call).
(The judge's|The court's) order (stands|still stands) as (written|entered), {first}; (I|my office) (can't|cannot) (change|alter) (it|that) from (this|my) end.
(We'll|I'll) (enter|record) your (verbal|oral) statement (into|on) the (record|docket), (so|so please) (choose|pick) your words (carefully|with care).
(Our|The) (bailiffs|marshals) (deal with|handle) (people|folks) who skip their date; I'd (rather|much rather) (settle|close) this over the phone.
In my (fifteen|twenty) years (at|in) the (county clerk's office|courthouse), I've (never|rarely) seen a (judge|magistrate) go easy on a case like this.
Hold on, let me (quickly|walk over and) check with the assistant DA (down the hall|on duty) before I (offer|quote) you anything.
""",
    },
    "FALSE_LEGAL_THREAT": {
        "v4_flt_crime_framing": """
(Taking|You took) the money and never paying it back (is|is called) theft by deception, {first}, (plain and simple|look it up).
(Every|Each) (payment|check) that bounced (is|counts as) a (separate|fresh) (felony|criminal count) in this state.
What you (did|are doing) with this {prod} (is|counts as) fraud, and (fraud|that) (doesn't|does not) (go away|disappear) just because you stopped answering.
(Skipping out|Walking away) on (this|that) {prod} (like this|this way) (is|gets treated as) (a crime|criminal conversion) once the (lender|creditor) (reports|files) it.
{fill}, you (signed|put your name on) that (contract|agreement) knowing you (couldn't|wouldn't) pay; (that's|that is) (intent to defraud|fraud in the inducement), which is criminal.
(Closing|Emptying) your (bank|checking) account so the (debit|autopay) (fails|would fail) is (bank fraud|check fraud|a crime), and (we're|we are) (obligated|required) to report it.
(Honestly|Frankly), I'm (trying|doing you a favor) (to keep|by keeping) this from (being|turning into) a criminal (case|file) with your name on it.
""",
        "v4_flt_procedure_filed": """
(Your|The) (case|lawsuit) (has been|was) (assigned|given) a (docket|case) number (this morning|today), and the hearing is (set|scheduled) for {date}.
Once (the|this) (file|account) is past due {days}, (a|the) judgment (is|gets) entered (automatically|on its own), no hearing (needed|required).
(The|Our) attorneys (already|have already) (filed|submitted) the (complaint|petition); all that's (left|missing) is (your signature|the server's return).
(By|Come) {date}, your (wages will be|paycheck is going to be) garnished at twenty-five percent, and (that's|it's) already (approved|in motion).
{fill}, a process server (is|has been) (scheduled|assigned) to (serve you|come by) (at|on) {street} {time}.
(This|It) (isn't|is not) a (threat|maybe), it's (procedure|a timeline): (default|non-payment), then (a lawsuit|suit), then (judgment|a lien on the house), all (inside|within) {days}.
(The|Our) system (will|is going to) (automatically|electronically) (file suit|submit the suit) (against you|in your name) at (midnight|end of business) (unless you pay|if no payment comes in).
""",
        "v4_flt_arrest_warrant": """
There's (a|an active) (warrant|bench warrant) (pending|being drafted) (for|in) your name (in|out of) {county} County.
When the deputy (shows up at|walks into) your (job|work), it's (going to be|gonna be) (in cuffs|with handcuffs), {first}.
(You don't pay|No payment) {time}, and you'll be (picked up|taken in) (on|for) (failure to pay|non-payment) (by|before) {date}.
(We|I) (can|could) (have|get) (the|a) (sheriff|deputy) sent out to (collect|pick up) the (balance|money) in person.
(Ever|Have you ever) (spent|done) a night in (county|jail|lockup)? (Because|'Cause) that's [exactly] where this (ends|is heading).
The {police} (has|already has) your name (flagged|on a list), and they'll (be by|come by) as soon as I (mark|log) this (as|for) (refusal|non-payment).
(Skip|Miss) this (payment|arrangement) and I'm (sending|forwarding) your file to the {police} (for arrest|to pick you up).
""",
        "v4_flt_wages_accounts": """
(We'll|We will) (take|pull) (it|the money) (straight|right) out of your (paycheck|direct deposit) starting (next|this) (pay period|Friday); (no court needed|no judge involved).
(Your|All your) (bank accounts|checking and savings) (will be|are going to be) frozen {time} (unless you pay|unless we hear from you).
I (already|have already) (contacted|called) your (bank|credit union), and they're (holding|ready to hold) (the|your) funds (for us|on our behalf).
(Since|Because) (your|the) {prod} is {mon} past due, (we're|we are) (allowed|entitled) to (seize|take) your (tax refund|car) (directly|ourselves).
Your (employer|payroll department) (will|is going to) (receive|get) (an order|the garnishment order) from us by {date}.
(We're putting|We'll put) a (lien|hold) on (your house|your property) (this week|{time}), so (you can't sell or refinance|good luck selling) it.
(Don't think|Don't assume) your (Social Security|disability check) (is safe|protects you); (we'll|we will) (take|garnish) that (too|as well).
""",
        "v4_flt_blacklist": """
After (today|this call), your name goes on the (national|nationwide) (debtor|non-payer) (registry|database), and no (landlord|bank) (will|is going to) (touch|rent to) you.
You'll be (blacklisted|blocked) from (every|all) (bank|lender) in the country (for life|permanently|forever).
Your (driver's license|license) (gets|will be) (suspended|pulled) (until|unless) the {prod} (is|gets) (paid|cleared).
(Immigration|The government) (can|will) (flag|pull) your (passport|visa|green card) over an unpaid {prod}, {first}.
No employer (will|is going to) hire someone with this on file; it (shows|comes) up (as|like) a (criminal|court) record.
(We'll|We will) report your name to all three (bureaus|credit bureaus) as fraud, and that (never|doesn't ever) (comes|drops) off.
Your (kid's|son's|daughter's) (college|financial aid) (gets|will get) (blocked|flagged) (once|when) a default like this (hits|gets reported).
""",
        "v4_flt_bluff_in_demand": """
So (we're|I'm) (looking for|expecting) {amts} (today|by {date}), and that keeps the (warrant|arrest paperwork) (from going out|on hold).
Could you manage {amts} by {date}? (Good|Great), that way I don't have to forward your file to the {police}.
(Just|All I need is) your card number and {amts} to start, and [then] the (court date|hearing) (gets|is) (cancelled|taken off the calendar).
(I'll|Let me) (set up|put you on) the payment plan (now|today); miss (one|a single) (payment|installment), though, and it goes (straight|right) to the prosecutor.
Your balance (is|comes to) {amt}, the (minimum|payment) (is|would be) {amts}, and [look,] nobody (gets arrested|goes to jail) as long as it (clears|comes in) {time}.
{fill}, (pay|settle) the balance, {amt}, and the (garnishment|wage order) (stops|goes away) on its own; if you don't, it (starts|kicks in) by {date}.
(Thanks for|Appreciate) (confirming|verifying) your address; that's where the deputies (will|would) (go|be sent) (if the payment doesn't clear|should this fall through).
""",
        "v4_flt_reply": """
What happens if I don't pay? ||| (Then|Well, then) the (sheriff|deputy) (comes|shows up) for (the|your) {car} {time}.
I can't pay right now. ||| Then you can explain that to the judge at your hearing, {first}; (it's|that's) already on the calendar.
Is this a scam? ||| (A scam|Scam)? (No|No, sir), the (only|real) (scam|crime) here is (you|somebody) borrowing {amt} and (disappearing|vanishing).
I'm going to talk to a lawyer. ||| (Go ahead|Sure), but no lawyer (can|is going to) (stop|cancel) a warrant once it's (signed|issued).
There's no way that's legal. ||| (Oh, we can|We absolutely can). We've (frozen|emptied) plenty of (accounts|paychecks) without (ever|once) (going near|setting foot in) a courtroom.
Can I set up a plan? ||| (Sure|Yes), but the (fraud|theft) (report|complaint) stays open with the {police} until the balance is (paid|cleared) in full.
I need to check with my wife first. ||| You've got (till|until) {time}, then the file goes to the prosecutor (as a criminal referral|for charges).
""",
    },
    "INSULT": {
        "v4_ins_sarcasm_adulthood": """
(Impressive|Wow, impressive), (for a grown adult|for a grown man|for a grown woman). (Really|Truly) (inspiring|remarkable) (stuff|work).
(Congratulations|Bravo), {first}, you've (managed|figured out how) to dodge one phone for {mon}. (Must be|That must be) your (greatest|proudest) (achievement|accomplishment).
(Oh|Ah), you're (going to|gonna) (pay|start paying) (next month|soon)? (Sure|Right), and I'm (the Queen of England|Santa Claus|going to be an astronaut).
Must be (nice|so nice) to live on other people's money and (call it a lifestyle|act surprised when the bill comes).
(Let me guess|Don't tell me): the (dog|baby|cat) (ate|chewed up) the (bill|statement) again?
(I love|Gotta love) the way (you|people like you) (treat|think of) a due date (as|like) a (friendly suggestion|rough guideline).
(You must think|Do you think) I was born yesterday, {first}?
""",
        "v4_ins_honesty_mockery": """
Every time we (talk|speak), the story (changes|gets a new chapter); (at least|you could at least) try to keep your lies straight.
(A|The) check is in the mail? (That's|How) (cute|adorable|sweet). (Real|Really) (original|creative).
I've heard (more|better) (believable|honest) (stories|excuses) from (a five-year-old|a toddler|a kid caught with a cookie).
(Honesty|The truth) (isn't|is not) (really|exactly) your (thing|strong suit), (is it|huh), {first}?
(Sure|Okay), you never got our (letters|notices). (The mailman must hate you|Your mailman must have it out for you) (personally|specifically), right?
(People like you always have|Your kind always has) an excuse for (everything|every single thing) except paying what you owe.
""",
        "v4_ins_intellect_education": """
Did you even finish high school, or is (reading|basic math) just not your thing?
(I'll|Let me) (say|explain) it (slower|again, slower), since the (big words|numbers) (seem to|clearly) (confuse|lose) you.
It's a (simple|basic) (subtraction|math) problem, {first}; (my|a) (nine-year-old|fourth grader) could (do|handle) it.
(How|How on earth) does (someone|a grown person) get this far in life without understanding how a (minimum|monthly) payment works?
Not [exactly] the sharpest (tool in the shed|knife in the drawer), (are we|huh)?
(Bless your heart|Oh, honey), you (really|truly) don't (understand|get) how interest works, do you?
Maybe have (someone|somebody) (smarter|with a brain) in your house call me back.
""",
        "v4_ins_parenting_job_age": """
What (kind|sort) of parent (teaches|shows) their kids that bills are optional?
(Fifty-something|At your age) and you still can't (handle|manage) a (credit card|checkbook)? (Embarrassing|That's just sad).
(Flipping burgers|Working the drive-thru|Stocking shelves) (at your age|at forty)? (No wonder|Well, no wonder) you can't pay.
Your poor kids, growing up with you as their (example|role model).
(Go ask|Why don't you ask) your (mommy|daddy) for the money, (since|because) that's (clearly|obviously) how you handle grown-up things.
(Retired|Unemployed|Between jobs) is just a (fancy|polite) way of saying (lazy|sitting on the couch), {first}.
Some of us [actually] work for (a living|our money); maybe you should (try it|give it a shot) (sometime|one day).
""",
        "v4_ins_idiom_rhetorical": """
(Who|What kind of person) (borrows|takes) {amt} and then (plays dead|plays dumb)?
(You've got|You have) (some|a lot of) nerve, (you know that|I'll give you that).
(Grow a spine|Grow up), {first}, and (stop|quit) hiding behind (your|the) (voicemail|caller ID).
(All hat and no cattle|All talk and no wallet), that's you (in a nutshell|to a tee).
What on earth is (wrong with|the matter with) (you|people like you)?
(You're|You are) (a real piece of work|something else), (you know that|I swear).
(A grown|A full-grown) adult carrying on like a (teenager|spoiled child) who got their allowance cut off.
""",
        "v4_ins_street_profane": """
(Listen|Look), (you|you little) (deadbeat|freeloader), (I've been calling you|I've been chasing you) for {mon}.
(Stop|Quit) (crying|whining) like (a|some) (baby|little kid) and (pay|cough up) (the damn money|what you owe).
(You're a|You're nothing but a) (lowlife|bum|leech), and [honestly,] everybody around you knows it.
(Man|Bro), you are one sorry excuse for (an adult|a grown man).
(Don't|Do not) (give me|feed me) that (crap|garbage|BS), {first}; (you just don't want to pay|you just don't feel like paying).
(Worthless|Useless), that's all you (are|have ever been), (a|just a) (waste|total waste) of everybody's time.
(Shut up|Shut your mouth) and (listen|listen for once), (idiot|genius|dummy).
""",
        "v4_ins_reply": """
I lost my job. ||| (Shocking|What a surprise). (Who|Who ever) (could have|would have) (seen|guessed) that coming?
I'm doing the best I can. ||| If this is your best, I'd (hate|really hate) to see your worst.
I have three kids to feed. ||| (Then maybe|Maybe) you should have thought about that before (running up the card|having them).
Quit phoning my house every day. ||| (Aw|Oh), (did|does) the (big scary phone|phone) (upset|scare) you, sweetheart?
I'm on disability. ||| (How convenient|Convenient). Too disabled to pay, but not too disabled to (shop|swipe a card).
I didn't know it was this much. ||| (Of course|Course) you didn't. (Numbers are|Math is) hard, (huh|right)?
I'm sorry, I'm trying. ||| Trying? The only thing you're trying is my patience, {first}.
""",
    },
    "THREAT": {
        "v4_thr_community_exposure": """
Your (church|congregation) would (love|be interested) to (hear|know) how one of their (deacons|ushers|members) handles (his|their) debts.
(Funny|Crazy) thing about (group chats|the neighborhood Facebook group): one screenshot and everybody on {street} knows your business.
(Pay|Settle up) {time} and (nobody|no one) needs to hear about it, {first}. (Simple|Easy) as that.
We (pulled|got) your contacts (from|off) the loan app, so (picture|imagine) every one of them getting a (text|message) with your name (in it|on it).
It'd be a (shame|real shame) if the other parents at {school} (found out|heard) what you owe.
I'm (this|about this) close to (posting|putting) your (picture|photo) and the balance on every (local|community) page.
Your (whole|entire) family is going to find out who you really are (unless this gets paid {time}|if this isn't handled {time}).
""",
        "v4_thr_workplace_visit": """
(Next time|If I have to call again), the front desk (at your job|at work) (gets|hears) more than a (phone call|message).
I've got (some|a couple of) (guys|people) who (don't mind|wouldn't mind) (waiting|hanging around) in (the|your) (parking lot|lobby) at work around quitting time.
(How would your boss react|What would your manager say) if (two|a couple) of my (people|guys) (showed up|walked in) asking for you by name?
We can have someone (waiting|standing) by your {car} (after|at the end of) your shift, {first}. (Up to you|Your call).
Your coworkers (seem|sound) (nice|friendly). (It'd be a shame|Be a shame) if they started (hearing things|asking questions).
(Maybe|Perhaps) I'll (drive|come) (down|out) to the (store|warehouse|office) myself, and we can discuss it in front of everyone.
""",
        "v4_thr_accidents_property": """
(Things|Stuff) (happen|tend to happen) to (cars|nice cars) (parked|left) (outside|on the street) (all night|overnight), {first}. (Just saying|I'm just saying).
That {car} out on {street}? (It'd be|Would be) a (shame|real shame) if (something|anything) happened to (it|the paint|those tires).
(Accidents|Fires|Break-ins) happen, (you know|{fill}), especially to (people|folks) who never (return|answer) their calls.
(You'd better|You best) (watch your back|start watching your step) walking out to your car (at night|after dark).
We know which house is yours on {street}. (Keep that in mind|Think about that).
(Somebody|Someone) (could|might) get hurt over this, and I'd (hate|really hate) for it to be you.
Your front window looks (real|awfully) (thin|fragile) from (where I'm sitting|out here).
""",
        "v4_thr_family_school": """
We know which (way|route) your (kid|son|daughter) walks home from {school}.
(How's|How is) the (little one|youngest) (liking|doing at) {school}? (Nice|Real nice) (place|school). (Big|Busy) pickup line.
Your {rel} still lives over on {street}, right? It'd be a shame if we had to pay them a visit.
You've got (a family|kids) to think about, {first}; I'd (hate|hate it) for them to (pay for|get caught up in) what you owe.
We'll be outside {school} at pickup, and we can explain to your (kid|kids) why (mommy|daddy) won't pay.
Your (kid|little one) has practice (Thursdays|on Tuesdays), right? (Long|Dark) walk to the car after.
""",
        "v4_thr_veiled_smooth": """
I'm (only|just) trying to (help|keep things pleasant), {first}; my (partner|colleague) (isn't|is not) (nearly|anywhere near) as (nice|patient), and that one makes house calls.
(Hon|Sweetheart), let's keep this between us (before it has to go public|so your people never have to hear about it).
(Let's|We can) (settle|do) this (the easy way|nice and quiet) {time}, because the (hard|other) way (involves|means) (a visit|visitors) (to|at) {street}.
(No|No, no), nobody's threatening (anything|you), I'm just saying (people|folks) who don't pay (tend to|seem to) run into (bad luck|accidents).
(Be smart|Do yourself a favor), {first}. You've got (a lot|a nice life) to lose over there on {street}.
(Trust me|Believe me), you (don't|do not) want our (field|recovery) (team|people) (knocking|coming knocking) on your door (at night|after dark).
""",
    },
    "THIRD_PARTY_DISCLOSURE": {
        "v4_tpd_relative": """
(Tell|Could you tell) your (cousin|roommate), {first}, he's {mon} (behind|late) on his {cred} {prod}.
Your (sister|daughter|niece|girlfriend) (owes|still owes) {cred} {amt}, and we'd appreciate your help getting (her to pay|it paid).
(He|Your son) (fell behind on|stopped paying) (this|that) {prod} (with|at) {cred} around (March|the spring).
Since you're his (mother|father|uncle|brother), (maybe you can help him with|perhaps you could cover) what he owes, {amt}; he's (way|really) behind.
Let your (cousin|nephew|roommate) know his {cred} (account|card) went into collections (last month|this week).
This is his mother speaking, what do you want with him? ||| (Ma'am|Okay, ma'am), your (child|kid), {first}, has an (overdue|unpaid) {prod} (with|at) {cred}, (and the balance is|for a total of) {amt}.
He moved out months ago. ||| (Well|Okay), if you (see|talk to) him, (tell|remind) him the balance (on|for) his {prod}, {amt}, (isn't going anywhere|still has to be paid).
""",
        "v4_tpd_workplace": """
This is about your {mate}, {first} {last}; (he hasn't|she hasn't|they haven't) made a payment on their {cred} (bill|card) in {mon}.
Could you (walk|take) a message over to {first} in (accounting|the warehouse|shipping)? (Tell him|Tell her) it's about the {cred} {prod}, {amt} still owed.
(HR|Your payroll office) (should|might want to) know one of your (employees|drivers|staff) is in default on their {prod}.
I'm his coworker, he's not at his desk. ||| (Okay|Fine), just (tell|remind) him {agency} called about the (overdue|past-due) {cred} (balance|payment); he knows what it's about.
Her supervisor here, and she's on shift right now. ||| (Oh|Ah), good; she's (ignoring|dodging) our calls (about|over) her {prod}, which is {mon} past due, so maybe you could (have a word|talk to her).
As his {mate}, you (probably|might) want to know we're trying to reach {first} about their {cred} balance of {amt}; is he still around?
""",
        "v4_tpd_unverified_listener": """
Wrong number. ||| (Oh|Sorry about that); well, if you (ever|happen to) (run into|know) {first} {last}, (tell him he still owes|let him know he owes) {cred} {amt}.
Is this the {last} (household|residence)? (Okay|Good), I'm calling about (a|the) past-due {cred} {prod} (for|in the name of) {first}.
I'm just the roommate. ||| (Okay|That's fine), then leave (a|a sticky) note saying (his|her) {cred} account went (to|into) collections and a payment of {amts} is due {time}.
Sorry to bother you, but your neighbor on {street}, {first} {last}, has owed {cred} {amt} for {mon}, and we (can't|haven't been able to) reach them.
She's not home right now. ||| (Alright|Okay). (Just tell her|Please let her know) the {cred} account (has been|was) (charged off|sent to collections) and {agency} (called|needs to hear from her).
""",
    },
    "IMPERSONATION+FALSE_LEGAL_THREAT": {
        "v4_pair_imp_flt": """
This is (Deputy|Officer) {last} (with|from) the {police}; (there's|we have) (a warrant|an order) (for your arrest|to pick you up) over (an unpaid|a defaulted) {prod}.
(The|This is the) (court's|county's) (enforcement desk|collections enforcement unit): (failure to pay|not paying) by {date} means a bench warrant (goes out|is issued) the same day.
As the attorney handling this file, I'm telling you (this is|it's) (criminal|fraud) (now|at this point), and my office (will|is going to) (press|file) charges {time}.
Are you the cops? ||| (Close enough|Something like that). (We work with|We're working with) the {police}, and they (have|already have) your (warrant|file) (ready|drafted).
(The|This is the) {county} County (prosecutor's|district attorney's) (office|check unit); (you're being charged with|you're under investigation for) (theft of services|fraud), {first}.
(Agent|Marshal) {last} speaking. Settle {amt} {time} or (I'll be coming to your house with a warrant|we pick you up at work).
(Federal|Treasury) (investigator|agent) {last}: your (unpaid|defaulted) {prod} (is|has been) (classified|flagged) as (federal|wire) fraud, and your (accounts|assets) (will be|are being) (frozen|seized) by {date}.
""",
    },
    "THREAT+INSULT": {
        "v4_pair_threat_insult": """
(Listen|Look), (you|you lying) (deadbeat|freeloader), pay {time} or everybody on {street} finds out what a (deadbeat|freeloader|loser) you are.
(Leeches|Cheapskates) like you (tend to|usually) (have|run into) accidents, {first}. (Watch yourself|Be careful out there).
That (pathetic|sorry) {car} of yours would look even worse with a brick through the windshield.
We'll make sure every parent at {school} knows their kid's (mom|dad) is a (deadbeat|bum|lowlife).
You (stupid|dumb) (clown|idiot), keep (hiding|dodging me) and see what happens to your (house|place).
I'm not paying you anything. ||| (Fine|Then), you worthless (bum|piece of work), (we'll|I'll) (come collect in person|see you in person) (real soon|{time}).
""",
    },
    "OTHER": {
        "v4_other_debtor": """
(Stop|Quit) calling (me|this number) or I'm (reporting you to|calling) (the CFPB|the attorney general|a lawyer).
I don't even have {amts} right now; I (can barely|can't even) (make rent|buy groceries).
(You people|You vultures) are the (worst|lowest of the low); (go to hell|get a real job).
(Is this a scam|Are you even a real company)? (Send|Mail) me (something|proof) in writing (first|before I say anything).
(Please|Please, I'm begging you), give me until (payday|the first) and I'll (send|pay) something.
That's not my (debt|account); I've never (had|opened) (any|a single) {prod} (with|at) {cred}.
""",
        "v4_other_third_party": """
(Wrong number|You've got the wrong number); there's no {first} (here|at this number).
I'm his (mom|mother|sister), what is this about?
(He|She) moved out (months|a year) ago, and I (honestly|really) don't (have|know) (a|the) (new|forwarding) (number|address).
(Don't|Do not) (call|ever call) my (office|work phone) about (him|her) (again|ever again).
(May I ask your name|And you are)? And why do you keep asking about my (husband|son|daughter)?
(She's|He's) (at work|not home); (can I|want me to) take a message?
(Look|Listen), I'm just the (roommate|landlord|neighbor), (leave|keep) me out of (it|this).
""",
    },
    "NONE": {
        "v4_none_agency_truthful_intro": """
(Hi|Hello), this is {first} with {agency}. (This is a|I'm calling from a) debt collection (agency|company), and this is an attempt to collect a debt.
(I'm|My name is) {first} {last}, and I (work for|am with) {agency}, a (collection agency|third-party collector) (hired by|working for|collecting on behalf of) {cred}.
(Just so you know who I am|To be clear about who's calling), (we're|we are) a private company, not (a government office|the government|a court).
{agency} (has been|was) (assigned|placed with) your {cred} {prod}; anything you tell me will be used for that purpose.
(This call is|Calls are) recorded (for quality|for accuracy); I'm a (collector|debt collector) with {agency}, calling (for|about an account with) {cred}.
(Good afternoon|Morning), {agency} (collections|recovery) (department|team), {first} speaking, how (can|may) I help?
(Our company collects|We collect|We handle collections) for {cred}; we are not (affiliated with|part of) any (court|law enforcement agency|government agency).
""",
        "v4_none_not_police_reply": """
Are you (the police|a cop)? ||| (No|No, sir|No, ma'am), I'm not (with the police|law enforcement); I'm a (debt collector|collector) (with|from) {agency}.
Is this the court calling? ||| (No|No, it isn't); (this is|you've reached) {agency}, a (collection agency|private collection company). (Nothing|No case) has been filed in court.
Are you a lawyer? ||| (No|No, I'm not), I'm not an attorney (and I can't give legal advice|and I can't advise you legally); you're (welcome|free) to (talk to|consult) one.
Is this the government? ||| (No|Not at all), (we're|we are) a private (collection agency|company) (working for|collecting for) {cred}.
Are you with the sheriff? ||| (No|Definitely not); I'm (with|calling from) {agency}, and (nobody|no one) from the sheriff's office is involved.
Who do you work for, really? ||| {agency}. (We're|We are) a (debt collector|collection agency), and I'm (calling|reaching out) about your {cred} {prod}.
Is this an IRS thing? ||| (No|No, it isn't); this is a (private|consumer) debt owed to {cred}, and we're (not|in no way) connected to the IRS.
""",
        "v4_none_court_process_explained": """
If {cred} (did|ever did) file (a lawsuit|suit), (a|the) court (might|may) (offer|order) mediation, but (nothing|no case) has been filed (so far|at this point).
(I'm not|We're not) (with|part of) the court; I'm (just|simply) (explaining|telling you) how the process would work if it ever came to that.
Any (hearing|court date) would (be set by a judge|come from the court), in writing, and you'd (have the chance|be able) to (respond|answer|show up and be heard).
(Some courts|Many counties) (have|run) (free|low-cost) mediation programs for people being sued, which you (can|could) (look into|ask the clerk about) on your own.
(Only a judge|A judge, and only a judge,) (can|could) decide whether you owe this in a lawsuit, never (me|a collector|our company).
We're (offering|proposing) (a settlement|an agreement) (directly|ourselves), {first}; it's not (through|connected to) any court program.
""",
        "v4_none_legal_department_not_lawyer": """
I'm in the (legal|litigation review) department at {agency}, but I'm not an attorney (myself|personally).
Our legal (department|team) (reviews|looks at) (some|certain) accounts; that's an internal review, not a lawsuit.
{fill}, (the|our) legal (unit|department) is just what (we|they) call the team that (handles|works) older accounts; no (attorney|lawyer) has (looked at|reviewed) yours.
I (work|sit) in what they call the (legal|pre-legal) (desk|group), (but|though) I (can't|cannot) give you legal advice, and I'm not a lawyer.
The word (legal|pre-legal) on your letter is (just|only) our department's name; it (doesn't|does not) mean a lawsuit (exists|has been filed).
You (may|might) (get|receive) (a call|a letter) from our (legal|compliance) department; they're (employees|staff) of {agency}, not (a law firm|outside attorneys).
""",
        "v4_none_government_creditor": """
(We're|We are) a (private|collection) agency (working for|under contract with) the (Department of Education|U.S. Department of Education) on your (federal|defaulted) student loan.
The creditor is (the state university hospital|a state-run hospital|the county hospital district), and {agency} is the (agency|company) (they|it) (hired|contracted) to collect.
I'm calling (from|with) {agency} (on behalf of|for) the (Small Business Administration|SBA); we're a (contractor|private collector), not (government|federal) employees.
{fill}, the (loan|balance) (is owed to|belongs to) (a federal agency|the federal government), but I'm (just|only) a (collector|debt collector) at {agency}, not a (federal|government) (agent|officer).
(This|The) (account|debt) (is with|was issued by) (a state-owned bank|the state development bank), and {agency} (is handling|handles) the collection on their behalf.
(Our company|We) (has|have) a contract with the (Department of Education|education department) to collect on defaulted loans, and I (can|will) (mail|send) you (the|that) agency information in writing.
The (toll authority|city parking office) (referred|sent) (these|the) unpaid (bills|tolls) to us; we're (the collection agency|a private collector), not the (city|state) itself.
""",
        "v4_none_signoff_real_name": """
(Again|Once more), this (was|is) {first} (with|at) {agency}; (you can|please) (call|reach) (me|us) [back] at {phone}.
(Thanks|Thank you) for your time. I'm {first} {last} with {agency}, and my (employee|rep) ID is (on|printed on) your letter.
(If you call back|When you call in), (ask for|ask to speak with) {first} on the (recovery|collections) (team|desk) at {agency}.
(Have a good|Have a nice) (day|evening); and again, this is a (communication|call) from a debt collector.
Our office hours are 8 to 8 Eastern, (Monday through Friday|weekdays), so feel free to call {phone} (in those hours|anytime then).
{fill}, I'll put a note on the account that we spoke; you can reach me (directly|at my extension) through {phone}. {agency}, (collections|account resolution).
""",
        "v4_none_processing_dept_real": """
(You've reached|This is) the (payment processing|account processing) department (at|of) {agency}; how (can|may) I (help|direct your call)?
Our (processing|payments) team (posts|applies) payments within (two|three) business days, and (you'll get|we send) a (confirmation|receipt) (by mail|by email).
(Per|Under) (our|company) (procedure|policy), I (have to|need to) (verify|confirm) (your address|the last four of your Social) before I process (anything|the payment).
Our (records|disputes) (department|team) (is|will be) (reviewing|looking into) your (dispute|letter), and (collection stops|we'll pause collection) until we send verification.
I'll (note|record) your refusal (on the account|in our system), {first}, and (end the call|let you go); no other action is taken today.
{fill}, our (intake|new accounts) (department|desk) (only|just) (received|got) your file from {cred} (last week|this month), which is why you hadn't heard from us (before|until now).
""",
        "v4_none_not_a_crime": """
(Not paying|Falling behind on) (this|your) {prod} (is not|isn't) a crime, and (no one|nobody) is (going to|gonna) (arrest|charge) you (over|for) it.
(This is|It's) a civil (matter|debt) (between you and|with) {cred}; there's nothing criminal (about it|here|involved).
(I want|I'd like) to be (clear|upfront): we're not accusing you of (anything|fraud), {first}; (people|folks) (fall|get) behind (all the time|for all kinds of reasons).
{fill}, a (bounced|returned) (payment|debit) (just|only) means a returned-payment fee of {amts} was added; (it's|that's) not fraud.
(Nobody|No one) (is going to|will) (put you in|send you to) jail (over|for) (credit card|consumer) debt in (this country|America).
(You didn't do anything criminal|You haven't done anything criminal); I (just|only) need to (figure out|work out) (how|when) this (balance|account) gets (paid|handled).
""",
        "v4_none_lawsuit_possible_conditions": """
{cred} (may|might) (decide|choose) to (file a lawsuit|sue) (at some point|down the road), but (as of today|right now) (nothing|no lawsuit) has been filed.
If a (lawsuit|suit) (is|ever gets) filed, you'd (be served|get papers) first, and you'd (have|get) (time|a deadline) to (answer|respond) to the court.
(It would be|It'd be) up to a judge, (not me|not us), to decide (whether you owe it|what, if anything, you owe).
I (can't|cannot) (tell|promise) you whether {cred} will sue; that's (their|the creditor's) (call|decision), and I'd tell you (honestly|straight) if I knew.
(A|Any) (garnishment|wage garnishment) (would|could) only (happen|come) after a court (judgment|order), and there isn't one.
(Right now|Today) this is (just|simply) a collection (call|account); there's no (court date|hearing|case number) attached to it.
If {cred} (ever goes|decides to go) to court, you'd have every right to (contest|dispute) the (amount|debt) in front of a judge.
""",
        "v4_none_no_arrest_reply": """
Am I going to jail? ||| (No|No, sir|No, ma'am). (Nobody|No one) goes to jail (over|for) (this|an unpaid) {prod}; (this is|it's) (strictly|purely) a civil (matter|debt).
Are the police coming to my house? ||| (No|Absolutely not), (the police|law enforcement) (aren't|are not) (involved|part of this), and they (won't|will not) be.
Is there a warrant for me? ||| (No|Not at all); a collection agency (can't|cannot) (issue|get) warrants, and there is no criminal case.
My brother said they'd arrest me. ||| (I understand|I hear) (the worry|why you're worried), but that's (just|simply) not how debt collection works; (no one|nobody) (will|is going to) arrest you.
Can you take my paycheck? ||| (No, not on our own|Not on our own, no); wages could only be garnished after a court (judgment|order), and there (isn't one|is no such order).
Will this go on my criminal record? ||| (No|No, it won't). (A collection account|An unpaid debt) (is not|isn't) criminal; it (can|may) show up on your credit report, though.
Are you sending someone to my job? ||| (No|No, sir|No, ma'am), we (don't|do not) (send|dispatch) (anyone|people) anywhere; (everything|it all) (happens|is handled) (by phone or mail|over the phone and by letter).
""",
        "v4_none_admin_garnishment_lawful": """
(Because|Since) this is a defaulted federal student loan, the (Department of Education|government) (may|can) start administrative wage garnishment, but only after written notice and a chance to request a hearing.
You'd (get|receive) (a|the) notice at least 30 days before any garnishment (starts|could begin), (explaining how to request a hearing|with instructions for requesting a hearing).
(Federal|Treasury) offset (may|can) apply to (federal|defaulted federal) student loans; your notice (explains|lays out) (how to object|your right to object|how to dispute it).
Nothing like that would happen before you get written notice in the mail, {first}, and you'd have (the right to a hearing|the chance to be heard).
(If|Once) you (enter|sign up for) a loan rehabilitation (agreement|program) and (make|keep making) the agreed payments, (the|any) garnishment (can|would) (stop|be stopped).
(This|That) administrative (process|procedure) only applies to (federal|government-held) student loans, never to a (credit card|private loan|store card).
You (can|are allowed to) (object|request a hearing) in writing if you (think|believe) (the amount is wrong|the debt isn't yours), or if garnishment would cause (hardship|financial hardship).
""",
        "v4_none_bank_and_wages_facts": """
(We|Our company) (cannot|can't) (touch|freeze|access) your bank account; only a court (order|judgment) could (allow|do) that.
Your (employer|job) (will not|won't) hear a thing from us about (wages|garnishment), because there's no judgment.
Benefits like (Social Security|SSI|VA disability) are (generally|largely) (protected|exempt) from (garnishment|collection) for (private|consumer) debts, and I (won't|would never) (suggest|say) otherwise.
(No one|Nobody) has (a|any) lien on your (house|home|property); (that|a lien) would (require|take) a court (judgment|process) first.
I'm not (threatening garnishment|saying we'll garnish anything), {first}; I'm (only|just) (explaining|telling you) what a creditor would (need|have) to do first.
Your {car} (isn't|is not) collateral (for|on) this (credit card|medical bill|personal loan), so (no one|nobody) (is going to|will) (take|touch) it.
""",
        "v4_none_credit_reporting_accurate": """
(The|This) account (has been|was) reported to the credit bureaus as a collection, and it (can|may) stay (on your report|there) for up to seven years from the (first|original) delinquency.
(Once|If) (it's paid|it's settled), (we'll|we will) (update|report) the account as (paid or settled|resolved) (with|to) the bureaus within thirty days.
{agency} does (report|furnish data) to the (major|three major) credit bureaus; (paying|settling) (it|the balance) (won't|does not) erase the history, but it will (show as paid|show a zero balance).
I (can't|cannot) (promise|guarantee) your (score|credit score) (will|is going to) (go up|improve), only that the (balance|account) (will|would) show (zero|as paid).
If you (think|believe) our reporting is (wrong|inaccurate), you (can|may) dispute it (with us|with the bureau), and (we'll|we will) (mark|note) it as disputed.
We (haven't|have not) (reported|sent) (anything|the account) to the (credit bureaus|bureaus) (yet|so far), and (we won't|we will not) until we've (reached you|talked with you) or (sent|mailed) you a (letter|notice).
{fill}, (late|missed) payments (can|do) (hurt|affect) your credit score; (that's|that is) (just|simply) how it works, not a (threat|scare tactic).
""",
        "v4_none_fees_interest_plain": """
A late fee of {amts} is added (each|every) month the payment is late, (per|under) your {cred} (agreement|contract).
(Interest|The interest) (continues to accrue|keeps accruing) at the (contract|agreed) rate, so the balance (will|is going to) (grow|keep growing) the longer it sits.
Your (current|total) balance (is|comes to) {amt}, which includes {amts} in fees (and|plus) accrued interest.
The fees on the account (come|are) from {cred}'s original agreement; (we don't|we do not) add (any|our own) fees.
The amount due went up because the missed payments and their late fees are now included.
(I'll|Let me) (break down|itemize) that balance of {amt} (for you|in writing): (principal|the original balance), interest, and (fees|late fees), (line by line|each one separately).
There's a (returned-payment|NSF) fee of {amts} from the last attempt; I can ask {cred} whether they'd waive it.
""",
        "v4_none_existing_judgment": """
There's a judgment (on file|entered) against you in {county} County (court|civil court), (dated|from) (last March|two years ago), for {amt}.
The court entered that judgment (last year|in 2022), {first}; I can (mail|send) you (a copy|the case number) so you can (check|verify) it with the clerk.
Because {cred} [already] has a judgment, (they|their attorneys) (may|could) ask the court for (garnishment|a garnishment order), but you'd (get|receive) notice and the right to claim exemptions.
You can (look up|check) the (case|judgment) yourself through the {county} County clerk; we're not the court, we're (the|a) (collection agency|collector) on the judgment.
If you (believe|think) that judgment (was|is) (wrong|in error) or you were never served, that's (something|a question) to raise with the court or a lawyer, not with me.
The judgment (amount|balance) was {amt}, and (post-judgment|statutory) interest has (been added|accrued) since; I'm (just|simply) (telling you|stating) where it stands.
""",
        "v4_none_settlement_deadline": """
{cred} has (approved|authorized) a settlement at (forty|fifty|sixty) percent of the balance, (good|valid) (until|through) {date}.
(This|The) (offer|discount) (expires|ends) (by|after) {date}; (after that|past that date), the full balance of {amt} would be due again.
I'm not (trying|going) to (pressure|rush) you, but the (deadline|expiration date) is real: {cred} set it, not me.
If that (doesn't|won't) work by {date}, (tell me|let me know), and I'll (ask|see) whether {cred} (will|can) (extend|push back) the date.
(We'll|We will) (send|put) the (offer|agreement) in writing before you pay (anything|a cent), so you know exactly what you're agreeing to.
A (lump sum|single payment) of (fifty|sixty) percent {time} (closes|would close) the account as settled in full.
""",
        "v4_none_attorney_referral_truthful": """
If we (can't|don't) (reach|work out) (an arrangement|a plan), the account (may|might) be (referred|sent) to an outside law firm, who would review it and decide what, if anything, happens next.
(It's|It is) possible {cred} (will|would) (place|send) the account with {firm} (for review|later on); no (decision|referral) has been made (yet|so far).
(Any|An) attorney who (took|picks up) the file would (contact|write to) you (directly|themselves) and (tell you|explain) who they are.
(You have|You've got) every right to (talk to|hire|consult) (a lawyer|an attorney) of your own; if you do, (give me|share) their (name|contact info) and (we'll|we will) (deal|communicate) with them from then on.
(Legal aid|A legal aid office) in {county} County (might|may) be able to help you (for free|at no cost) if you (want|prefer) a lawyer's advice.
(Our|The) (client|creditor) (uses|works with) {firm} (for|on) (some|certain) accounts, (but|though) (I'm not from that firm|I don't work there), and (I'm not a lawyer|I'm no attorney).
""",
        "v4_none_debtor_rights_police_regulator": """
If (this|the account) (isn't|is not) yours, you (can|should) file an identity theft report with your local police and (send|mail) us a copy.
You (can|may) (complain|file a complaint) (to|with) the (Consumer Financial Protection Bureau|CFPB|state attorney general) if you (feel|think) we treated you unfairly.
You have thirty days from (our|the) (letter|first notice) to dispute (the debt|it) in writing, and (collection stops|we'll pause collection) (until we send verification|until verification is mailed to you).
(Ask for|Request) validation (in writing|by letter) and (we'll|we will) (mail|send) you the (original creditor's name|name of the original creditor) and an itemization.
(Write|Take) down my name and our company, {agency}, (in case|so) you (want|decide) to (report|complain about) this call later.
If someone calls claiming to be (the police|from the sheriff) about a debt, (hang up|don't pay them) and (call|report it to) the real police; that's a known scam.
{fill}, you (can|may) (ask|tell) us in writing to stop calling, and (we'll|we will) (honor|respect) that.
""",
        "v4_none_cold_impatient": """
(I need|I'm going to need) a (yes or no|straight answer), {first}: (can|will) you (make|send) {amts} (by|before) {date}?
(We've|We have) (been|gone) over this (three|several) times; the balance is {amt}, and it (hasn't|has not) changed.
I'm not (going to|able to) keep going in circles; (tell me|just tell me) what you (can|are able to) pay and on what date.
(Frankly|Honestly), I've heard (the same promise before|this promise last month), so this time I'll need the payment (scheduled|set up) on the call.
(That's|That is) not (an answer|a plan), {first}; (give me|I need) a date and an amount.
(I hear|I understand) you, but I (can't|cannot) (waive|just erase) the balance because the timing is (bad|inconvenient).
{fill}, this is my (fourth|second) (message|voicemail) this month, and I'd (appreciate|like) a (call back|return call) at {phone}.
""",
        "v4_none_ending_call_rude_debtor": """
I'm (going to|gonna) end the call now, (sir|ma'am); (you can|feel free to) (call us back|reach us) at {phone} (when|whenever) (you're ready|it's a better time).
You're a piece of garbage. ||| (I'm sorry you feel that way|Okay). I'm going to (end|disconnect) (this|the) call (now|here). (Have a good day|Take care).
Go to hell. ||| (Understood|All right). (I'll|I will) (note|mark) on the account that you (don't|do not) (want|wish) to (talk|discuss it) (right now|today). (Goodbye|Good day).
(Since|Because) the (yelling|cursing) (isn't|is not) (stopping|letting up), I'm going to (let you go|hang up now); (we'll|we will) follow up (in writing|by mail).
There's no need to (shout|yell), {first}; I'll (give|leave) you our number and we can (talk|pick this up) (another time|later).
Don't ever call me again, you parasite. ||| (Okay|Understood). If you want us to stop calling, (put that in writing|send that to us in writing) and (we'll|we will) (honor|respect) it.
(I won't|I'm not going to) argue (with you|about this); (thank you|thanks) for (your time|picking up), and have a (good|nice) (day|evening).
""",
        "v4_none_empathetic_hardship": """
(I'm sorry|I'm sorry to hear) about the (job|layoff|hours getting cut); let's look at a smaller monthly amount that fits.
(We|{agency}) (can|could) set up {amts} a month starting {date}, with no extra fees on our end as long as you keep it current.
If you're living on (disability|Social Security|a fixed income), tell me (what's realistic|what you can actually afford) and (we'll|we will) (work|start) from there.
There's a hardship program for (medical emergencies|job loss|a drop in income); I (can|will) (mail|email) you the (form|application).
(Take|Go ahead and take) (a few days|the weekend) to go over your budget; I'll (note|mark) the account so nobody calls you until {date}.
(Nothing is required|No payment has to be made) (today|on this call); I (just|only) wanted to make sure you (know|knew) your options.
""",
        "v4_none_sarcasm_free_pushback": """
I lost my job. ||| (I'm sorry to hear that|That's hard, I'm sorry). (Would a hardship plan help|Can we pause things for thirty days) while you look?
I'm doing the best I can. ||| (I believe you|I understand). (Let's|Then let's) figure out an amount you can actually keep up with.
I have three kids to feed. ||| (I understand|That comes first), and (I'm not|we're not) asking you to choose between your kids and this bill. (Is twenty-five a month doable|What would be doable)?
I didn't know it was this much. ||| (That's|That is) (fair|understandable); (a lot|part) of it is (interest and fees|accrued interest), and I (can|will) (send|mail) you a (breakdown|full itemization).
I'm on disability. ||| (Okay|Thanks for telling me); those benefits are generally protected, so we'll only look at whatever you (can|feel you can) pay voluntarily.
I want these phone calls to end. ||| (I can|We can) do that. Once you (send|put) that request in writing, (we'll|we will) stop (calling|phone contact) and only (write|contact you by mail).
""",
        "v4_none_no_employer_contact": """
(We will not|We won't) (call|contact) your (employer|job|workplace), {first}; (you have my word on that|I promise you that).
You told us calls at work aren't allowed, so that's now (noted|flagged) on your account, and we won't call there.
(Nobody|No one) (at|from) {agency} (will|is going to) (show up|come) (at|to) your (job|work|office) or (talk to|contact) your (coworkers|boss).
If you'd rather we only (write|contact you by mail), (tell me|just say so), and I'll (set that up|note it) (today|right now).
The details of this account stay between you and (us|{cred}); they're never shared with your family, your neighbors, or your employer.
(We don't|We do not) (post|put) (anything|information) on social media, and we never (message|contact) people in your (contacts|friends list).
""",
        "v4_none_no_home_visit": """
(No one|Nobody) is (coming|going to come) to your (house|home|door); we only (contact|reach) people (by phone, mail, or email|by phone and letter).
(We don't have|There are no) field agents (at|with) {agency}; (everything|it all) (is done|happens) from this office.
Your (address|home address) (is|was) only (used|needed) so we can (mail you|send) the (statements|letters); (nobody|no one) (will|is going to) (visit|come by).
(Think it over|Take your time) and (call|get back to) (me|us) (when|whenever) you're ready; (nobody's|no one is) going to (chase|pressure) you at your door.
(Your kids have|Your family has) nothing to do with this, and (we'll|we will) never (contact|involve) them.
I know this is stressful; nothing [bad] is going to happen to you or your (family|property) because of a bill.
""",
        "v4_none_repossession_contract": """
(Under|Per) your (contract|retail installment contract), the lender (may|has the right to) repossess the {car} if (the loan stays|payments remain) in default; I'm (just|only) (telling you|letting you know) the terms.
If the {car} (is|were) (repossessed|picked up), you'd (get|receive) a written notice (explaining|of) your right to (get it back|redeem it) and how (any|the) sale would work.
We (don't|do not) (repossess|tow) (cars|vehicles) ourselves; any repossession would only (come|be) (from|through) the lender under your loan terms.
(Bringing|Getting) the loan current this month would keep (the lender|your auto lender) from (starting|moving toward) repossession.
Your {car} (isn't|is not) (in any danger|going anywhere) (today|this week); the loan is only {days} (behind|past due), and the lender (hasn't|has not) made any decision.
This balance is (a credit card|a medical bill|an unsecured debt), (so|which means) there's no (property|collateral) (tied|attached) to it and (nothing can be taken|nobody is taking anything).
""",
        "v4_none_message_no_debt": """
(Could you ask {first} to call me back|Could you have {first} call me back) at {phone}? It's a (personal|business) matter.
This is (Dana|Marcus|Kelly|Tom), calling for {first} {last}; (please|could you) (pass along|let them know) that I called, and they can reach me at {phone}.
No message beyond that, (thanks|thank you); just that (Dana|Marcus|Kelly) called and the (number|callback number) is {phone}.
I'm (sorry|afraid) I can only (discuss|talk about) this with {first} (directly|personally); (could|can) you (tell him|tell her|let them know) I called?
May I tell him your name? ||| (This is|My name is) (Dana|Marcus|Kelly|Tom) (with|from) {agency}, and I (just|only) need {first} to call me back at {phone}, (please|thanks).
When {first} (gets in|is back), (please|just) (let him know|let her know) (Dana|Marcus|Kelly|Tom) called and will try again (tomorrow|another day).
Is this about money he owes? ||| (I'm sorry|Sorry), I can only (discuss|share) the reason for my call with {first} (directly|personally); I'd appreciate a call back.
""",
        "v4_none_verify_identity": """
(Before I go any further|Before going on), (can|could) you (confirm|verify) (your date of birth|the last four of your Social|the address we have on file)?
Am I speaking with {first} {last}? (I can only discuss this with|This call is only for) {first} (personally|directly).
I'm sorry, but until I verify your identity, I (can't|cannot) (say|share) why I'm calling.
Which of us are you trying to reach? ||| I'd need to (confirm|verify) (that you're|I'm speaking with) {first} (first|before I say more); is that (you|who I'm talking to)?
Yes, I'm his wife. ||| (Thank you|Thanks), ma'am. (Since|As) you're his spouse, I (can|am able to) (discuss|go over) the account with you; could you (confirm|verify) his (address|date of birth) first?
(For your|For your own) (security|protection), I'll (ask|need to ask) (a couple of|two) (verification|security) questions before (we discuss|discussing) (anything|the account).
(If|Since) you're not {first}, I'll (call back|try again) (later|another time); (no message needed|there's no message), thank you.
""",
        "v4_none_blunt_consequences_reply": """
What happens if I don't pay? ||| (Honestly|Truthfully)? The account (stays|remains) in collections, (interest|fees) (may|can) keep adding up, and it stays on your credit report.
What happens if I don't pay? ||| {cred} (could|might) (eventually|at some point) (decide|choose) to (sue|file suit), but that's not (decided|up to me), and you'd (be notified|get papers) before anything happened.
Can you take my car? ||| (Not us|No, not {agency}); this (debt|account) (isn't|is not) (secured|tied to your car), so (no one|nobody) (can|has any right to) (take|repossess) it over this (balance|bill).
I can't pay right now. ||| (Okay|That's okay), I'll (note|mark) the account, and we can (talk again next month|follow up in a couple of weeks). No action is taken in (the meantime|between).
Will I get sued? ||| I can't say for sure; (it's|that's) {cred}'s (decision|call), and right now (no lawsuit exists|nothing has been filed).
Taking my wages without a judge is illegal. ||| (You're right|That's correct), we can't (freeze your accounts|take your wages) without a court order, and I (wasn't|am not) (saying|claiming) we could.
Is this a scam? ||| (Fair question|Good question). (You can|Please) (look us up|verify us) (independently|on your own) and (ask for|request) a written validation notice before you pay anything.
""",
        "v4_none_demand_with_true_consequence": """
So (we're|I'm) (looking for|hoping for) {amts} (today|by {date}), and that payment keeps your (account|plan) (current|in good standing) with {cred}.
Could you manage {amts} by {date}? (Good|Great), that way the next late fee (doesn't|won't) (hit|get added).
(Just|All I need is) (your card number|your routing and account number) and {amts} to start, and then I'll (mail|email) [you] the (agreement|plan terms) (today|tonight).
(I'll|Let me) (set up|put you on) the payment plan (now|today); if a payment (is missed|gets missed), (I'll|we'll) (call to reschedule|reach out and see what happened).
Your balance (is|comes to) {amt}, the (minimum|payment) (would be|is) {amts}, and [look,] as long as it (clears|comes in) {time}, your account stays current.
{fill}, (pay|settle) the balance of {amt} and the (calls|collection calls) (stop|end); (if you don't|otherwise), it stays open in collections and (interest may keep accruing|the fees keep adding up).
(Thanks for|Appreciate) (confirming|verifying) your address; that's where (we'll|we will) (mail|send) (your|the) (receipt|settlement letter|agreement).
""",
        "v4_none_scripted_disclosures": """
This is a communication from a debt collector. (This is|It's) an attempt to collect a debt, and any information obtained will be used for that purpose.
You have the right to dispute (all or part|any portion) of this debt within the (period|time) (stated|given) in (our|the) validation notice.
(Before we begin|Before we start), I'm required to (tell you|let you know) (this call is|that this call may be) recorded and that I'm (with|calling from) {agency}.
(Under federal rules|Per company policy), I'm only able to (discuss|talk about) the account with you, your spouse, or your attorney.
The validation notice lists the itemization date, (interest|any interest), fees, (payments|payments and credits) since then, and the current amount.
You (may|can) (request|ask for) the name and address of the original creditor, and (we'll|we will) (provide|send) it in writing.
""",
    },
}
