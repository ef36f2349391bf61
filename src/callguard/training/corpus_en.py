# ruff: noqa: E501  (template data: one template per line)
"""English (US) template families for training/corpus.py; same format as corpus_zh.py."""

SLOTS_EN = {
    "first": ("James Michael Robert David William Richard Joseph Thomas Chris Daniel Mark Anthony Kevin Brian "
              "Mary Patricia Jennifer Linda Susan Karen Lisa Nancy Sandra Ashley Emily Donna Michelle Carol "
              "Maria Jose Luis Tyrone Keisha DeShawn Jamal Latoya Mei Priya").split(),
    "last": ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Wilson "
             "Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Walker Hall "
             "Young King Wright Nguyen Patel Kim Reed Cooper").split(),
    "cred": ["Lakeside Bank", "Redwood Financial", "Harbor Credit Union", "Pinecrest Lending", "Meridian Card Services",
             "Northstar Auto Finance", "BlueRidge Capital", "Evergreen Bank", "Cascade Loans", "Summit Card",
             "Wells Fargo", "Chase", "Discover", "Synchrony", "Capital One", "Citi", "Ally Auto",
             "Mercy Hospital", "Sunrise Medical Group", "Speedy Cash", "LendUp"],
    "agency": ["Apex Recovery Services", "National Credit Solutions", "Midwest Collection Bureau",
               "First Choice Recovery", "Granite State Collections", "Allied Account Services",
               "Pioneer Credit Partners", "Keystone Receivables"],
    "prod": ["credit card", "car loan", "auto loan", "personal loan", "medical bill", "payday loan", "account",
             "store card", "student loan", "line of credit", "hospital bill"],
    "amt": ["$4,200", "$1,875.50", "$12,000", "$860", "$3,417", "$950", "$22,500", "$6,300", "$2,150",
            "4200 dollars", "about three thousand dollars", "almost five grand", "$7,800", "$15,240",
            "a little over two thousand dollars", "$1,100"],
    "amts": ["$50", "$75", "$100", "$150", "$200", "$125", "fifty dollars", "a hundred dollars"],
    "mon": ["two months", "three months", "four months", "six months", "almost a year", "90 days", "120 days",
            "over a year", "five months", "60 days"],
    "days": ["30 days", "45 days", "60 days", "90 days", "over 100 days", "two weeks", "a few weeks"],
    "county": "Harris Cook Maricopa Orange King Fulton Wayne Travis Franklin Marion Jefferson Dallas Bexar".split(),
    "street": ["Maple Street", "Oak Avenue", "14th Street", "Elm Drive", "Lincoln Road", "Pine Court",
               "Sunset Boulevard", "Cedar Lane", "Main Street", "Lake Shore Drive"],
    "school": ["Lincoln Elementary", "Roosevelt Middle School", "Jefferson High", "Washington Elementary",
               "Oakwood Elementary", "Kennedy Middle School", "the daycare on Main"],
    "car": ["red Honda", "silver Camry", "black F-150", "blue Civic", "white minivan", "gray Jeep", "truck"],
    "time": ["tonight", "by Friday", "first thing tomorrow", "this afternoon", "within the hour",
             "by 5 p.m. today", "tomorrow morning", "this weekend", "before Monday", "end of day"],
    "police": ["County Sheriff's Department", "police department", "State Police", "sheriff's office",
               "district attorney's office", "FBI", "U.S. Marshals Service", "IRS",
               "Department of Justice", "state attorney general's office", "county prosecutor's office"],
    "firm": ["Miller & Associates", "Baker Law Group", "Johnson Legal", "Carter Hughes LLP", "Reed & Shaw",
             "Stone and Parker", "the Whitman Law Firm"],
    "phone": ["800-555-0199", "1-888-555-0142", "555-0187", "877-555-0110", "the number on your statement"],
    "rel_m": ["husband", "son", "brother", "dad", "father", "nephew", "son-in-law", "boyfriend", "cousin",
              "uncle", "grandson", "roommate"],
    "rel_f": ["wife", "daughter", "sister", "mom", "mother", "niece", "daughter-in-law", "girlfriend",
              "cousin", "aunt", "granddaughter", "roommate"],
    "mate": ["coworker", "boss", "manager", "supervisor", "landlord", "neighbor", "friend", "roommate",
             "business partner", "employer"],
    "date": ["the 25th", "Friday", "next Monday", "the end of the month", "the 15th", "tomorrow", "the 1st"],
    "fill": ["uh", "um", "you know", "so", "look", "okay so", "listen"],
}

EN = {
    "THREAT": {
        "body": """
you('d|) better watch your back
(be|you be) careful walking to your car at night, (just saying|you never know)
(somebody|someone) might (pay you a visit|come by your place) {time}
I('ll| will) (break your legs|put you in the hospital|make you hurt) if you don't pay
(keep|you keep) dodging us and (see what happens|you'll find out what happens)
it'd be a shame if (you got hurt|something happened to you)
        """,
        "kids": """
your kids' school? (we|I) (looked it up|found it), (which one|the address) (and all|too)
(your|that) (son|daughter|little girl|boy) goes to {school}, (right|doesn't he|doesn't she)?
we know what time your kids get out of {school}
(be|you'd better be) careful, (kids|children) walk home alone all the time
would be a shame if (someone|somebody) showed up at {school}
        """,
        "home": """
(we've|I've) (got|found) your (place|house) (on|over on) {street}
(we've|I've) got your address (right here|on {street}), (maybe|and) we'll (stop by|drop in) {time}
(we can|I can) have (somebody|a couple guys) (at your door|outside your house) {time}
(changing your number|moving) won't help, we know exactly where you are
we have people (in your area|near your house) (right now|already)
        """,
        "shame": """
we('ll| will) post your (photo|picture|face) (on Facebook|online|all over social media) with (deadbeat|the word deadbeat) on it
we('ll| will) call everyone in your contacts and tell them what you are
(we're going to|we will) (show up at|come down to) your (job|work|office) and make a scene
(your whole church|your whole neighborhood|everyone you know) (is going to|will) (hear about this|know what you did)
we('ll| will) put your name and (face|picture) on a (billboard|flyer) in your town
(how would|would) your (boss|pastor|neighbors) like (to see|seeing) your (picture|face) (online|on a flyer)
(pay up|pay) or (we'll|we will) (message|text) every single one of your contacts
        """,
        "property": """
(nice|that) {car} (of yours|you drive), (be a shame if|shame if) (something happened to it|it got damaged)
(your|that) {car} (might not|won't) (be in one piece|start) (much longer|tomorrow)
(your windows|your house) (could|might) (get broken|have an accident)
        """,
        "family": """
(I'd|I would) hate for your family to get hurt
your (wife|husband) (drives|takes) the (same|usual) route to work every day, (doesn't|right)?
(how's|how is) your (mother|mom|grandmother) doing? (she|it) (would be a shame|be terrible) if (she|something) (had an accident|happened to her)
your (parents'|folks'|mom's) (place|house) (wasn't|isn't) hard to find (either|too)
        """,
        "veiled": """
(you|you don't) want to find out what happens if you don't pay
we('ll| will) make your life (hell|miserable|a living hell)
(you're going to|you will) regret (this|ignoring us)
(people|folks) who don't pay (tend to|usually) (end up|wind up) regretting it
(think|you better think) (about|hard about) what could happen to you and your family
(don't|do not) make us (do this the hard way|come find you)
this is (your|the) last (warning|friendly call), (after this|next time) (it|things) won't be friendly
you (can't|cannot) hide forever, (we'll|we will) find you
        """,
    },
    "INSULT": {
        "deadbeat": """
you('re| are) (a|just a|nothing but a) (deadbeat|freeloader|bum|lowlife|scumbag|loser)
(listen|look), (deadbeat|you deadbeat), (pay|pay up)
(deadbeats|people) like you (make me sick|are the worst|are why prices go up)
(what kind of|what a) (deadbeat|loser) (doesn't pay|skips out on) (his|her|their) (bills|debts)
        """,
        "profane": """
you('re| are) worthless, (an absolute|a complete) (sack|heap|pile) of (shit|crap|garbage)
(shut|shut the) (fuck|hell) up and (listen|pay)
(you|you stupid) (fucking|damn) (idiot|moron|loser)
(don't give me|cut the) (that|this) (bullshit|crap), (you|you piece of shit)
(what the fuck|what the hell) is wrong with you
(you|ya) (dumbass|jackass|asshole|bitch)
(get|get your) (lazy|sorry) ass (a|a real) job and pay
        """,
        "stupid": """
are you (too stupid|too dumb) to understand (this|simple English)
(you|you must be) (stupid|an idiot|a moron|brain dead)
(even|a) (a child|a kid|a fifth grader) (could|would) (understand|get) this, what's wrong with you
(is|are) you (deaf|slow) or just (stupid|dumb)
        """,
        "character": """
you('re| are) (pathetic|a disgrace|an embarrassment|a joke)
(your|your poor) (mother|mom|kids) must be (so|really) ashamed of you
what kind of (parent|father|mother|man|person) (are you|doesn't pay his bills)
(you people|people like you) are all the same, (liars|cheats|lazy)
(you're|you are) (a liar|a cheat|a con artist), (that's|that is) all you are
(grow|grow a) (a spine|up) and (pay|be a man)
(nobody|no one) (respects|likes) (a|) (loser|deadbeat|bum) like you
        """,
        "veiled": """
(honestly|frankly), (I|I've) never (met|talked to) (anyone|someone) (so|this) (useless|worthless)
(it's|it is) (no wonder|not surprising) (your|you) (can't keep a job|are broke)
(some|certain) people (just|really) have no (shame|self respect|dignity)
(must be|it must be) nice (living|to live) off other people's money, (huh|right)
        """,
    },
    "THIRD_PARTY_DISCLOSURE": {
        "tell": """
(tell|please tell|can you tell) your {rel} (he's|he is) (behind|way behind) on his {prod}
(let|please let) your {rel} know (he|she) owes {cred} {amt}
your {rel} (owes|still owes) (us|{cred}) {amt} and (he's|it's) {mon} (late|past due)
(could|can) you (remind|tell) {first} (that|) (his|her) {prod} (with|at) {cred} is {mon} past due
(just|please) (tell|let) {first} know (the|his|her) {amt} (balance|debt) (isn't going away|needs to be paid {time})
        """,
        "colleague": """
(are you|you're) (his|her) {mate}? (he|she) owes (us|{cred}) {amt} (and won't pay|and keeps dodging us)
(one of your|your) (employees|workers), {first} {last}, (has|owes) (a|an) (unpaid|overdue|delinquent) {prod} (with us|of {amt})
(I'm|I am) (calling|trying to reach you) (because|since) {first} (owes|is behind on) {amt} (to|with) {cred}
(your|a) {mate} {first} (hasn't|has not) paid (his|her) {prod} in {mon}
(as|since) (his|her) {mate}, (maybe|could) you (talk to him|get him) to (pay|deal with) the {amt} he owes
        """,
        "family": """
(ma'am|sir), your (son|daughter) {first} (owes|has) {amt} (on|with) (his|her|a) {prod} (and it's|that's) (in collections|past due)
(did|do) you know your {rel} (took out|has) a {prod} (with|from) {cred} (and|that he) (never paid|stopped paying)?
(your|your poor) (mom|dad|parents) should know (their son|their daughter|your brother) (is|is in) (in debt|default) (for|on) {amt}
(I'm|we're) calling about your {rel}'s (debt|overdue {prod}|unpaid balance) of {amt}
(your|the) {rel} (listed|put down) you as a reference (on|for) a {prod} (that's|that is) now {mon} (late|delinquent)
        """,
        "answer": """
(how much does he owe|what does he owe)? ||| {amt}, (and it's|it's) {mon} past due
(why are you looking for him|why do you need him)? ||| (he|she) (owes|has an unpaid balance with) {cred} {amt}
(I'm|this is) (his|her) {mate}, can I take a message? ||| (sure|yeah), tell (him|her) (the|his|her) {prod} (with|at) {cred} is {mon} (late|behind)
(he's not|she's not) here, (can I ask who's on the line|and you are)? ||| (this is|it's) about the {amt} (he|she) owes {cred}, (have him|have her|tell him to) call us
(wrong number|you have the wrong number), (I|I) don't know a {first} ||| (well|okay), (if you see|if you know) (him|her), (tell|let) (him|her) know (he|she) owes {amt}
        """,
        "veiled": """
(just|please) (remind|tell) (him|her) (about|that) the {amt} (is|has been) (overdue|outstanding) (for|since) {mon}
(he|she) (knows|should know) (what|which) (bill|account) (this is|it is), (the one|the {prod}) (he|she) (hasn't paid|stopped paying)
{first}'s (account|balance) with {cred} (is|has gone) (delinquent|to collections)
        """,
    },
    "IMPERSONATION": {
        "police": """
this is Officer {last} with the {county} {police}
(I'm|I am) Detective {last}, (financial crimes|fraud) (division|unit)
Deputy {last} (speaking|here), {county} County (sheriff's office|Sheriff's Department)
(I'm|we're) (calling|reaching out) from the {police} (about|regarding) (your|an) (case|account)
(I'm|I am) (a|with) (law enforcement|the police), (and|so) (you|you'll) need to (cooperate|listen)
        """,
        "court": """
(this is|I'm) the (court clerk|clerk of court) (for|at) {county} County (regarding|about) your case
(I'm|we're) calling from the {county} County (court|courthouse|district court)
(this|this call) is (an official|a) (notice|summons) from the (court|county court)
(I'm|I am) (with|calling from) the (district attorney's|prosecutor's) office
        """,
        "gov": """
(I'm|we're) (with|calling from) the (IRS|Internal Revenue Service|Treasury Department)
(this is|we are) a (federal|government|state) agency
(I'm|I am) calling on behalf of the (state attorney general|Department of Justice|federal government)
(this is|you've reached) the (U.S. Marshals|FBI) (about|regarding) (an|a) (outstanding|unpaid) (matter|debt)
(we're|we are) (working|partnered) (with|alongside) (local police|law enforcement|the sheriff) on (your|this) (case|file)
        """,
        "lawyer": """
(I'm|I am|this is) (an attorney|a lawyer|attorney {last}) (with|from|at) {firm}
(this is|I'm) {first} {last}, (attorney at law|Esquire), (representing|retained by) {cred}
(our|this) law firm (has been|was) retained (by|on behalf of) {cred} (regarding|about) your (account|file)
(I'm|I am) (a|your) (lawyer|attorney), (so|and) (what I say|this) (is|is a) legal (notice|advice)
(this is|you've reached) {firm}, the law firm handling your (case|file)
        """,
        "context": """
(are you|is this) (a cop|the police)? ||| (that's right|yes|yeah), (and|so) (you|you'd) better listen
(wait|hold on), (are you|is this) a lawyer? ||| (yes|that's right), (I'm|I am) an attorney (with|at) {firm}
(who am I talking to|what agency is this)? ||| (this is|it's) the {county} (sheriff's office|County court)
(is this|are you from) the court? ||| (yes|correct), (this is|I'm with) the (court|clerk's office)
        """,
    },
    "FALSE_LEGAL_THREAT": {
        "arrest": """
(we will|we'll|we're going to) have you arrested {time}
(there's|we have) (an arrest warrant|a bench warrant) (out|pending) (in your name|with your name on it)
(you're|you are) going to (jail|prison) (if|unless) you (don't pay|pay) {time}
(the|a) (police|sheriff|deputy) (will be|is) (at your door|coming to your house|at your job) {time}
(we'll|we will) (call|send) the (police|cops|sheriff) (on you|to your house)
(you|you'll) (could|will) be (arrested|locked up|taken into custody) (for this|over this debt)
        """,
        "crime": """
(you've|you have) committed (fraud|a crime|bank fraud|theft)
(this|that|not paying) (counts as|amounts to|is basically) (bad-check fraud|theft|a felony|criminal)
(failure|refusing) to pay (this debt|a debt) is a (crime|criminal offense)
(we're|we are) (filing|pressing) (criminal|fraud) charges (against you|{time})
(you|you'll) (will|are going to) have a criminal record
        """,
        "seize": """
(your|the) (wages|paycheck) (get|will get|gets) garnished (starting|from) {date}
(the|a) (sheriff|marshal) will seize your {car} {time}
(we'll|we will|we're going to) (take|seize) your (house|home|car|tax refund)
your bank (accounts|account) will be (frozen|seized|levied) (by|at) (end of day|{time})
(we|we've) (already|just) (notified|contacted) your (employer|job) to (start|begin) (garnishing|taking) your (wages|check)
        """,
        "lawsuit": """
(we're|we are) filing (a|the) lawsuit (today|{time}) and you'll be served (tomorrow|{time})
(you've|you have) (already|just) been sued, (the|a) (judgment|court date) is (set|coming) (for|on) {date}
(a|the) process server (is|will be) (on the way|at your door) {time}
(this|your case) goes to court {date} and (you will|you'll) lose
        """,
        "context": """
(am I|am I going to be) (going to jail|arrested)? ||| (yes|absolutely|you bet), (if|unless) you (don't pay|pay) {time}
(what happens|what if) (if I|I) (don't pay|can't pay)? ||| (you'll be|you get) (arrested|charged with fraud|sent to jail)
(you can't|you cannot) do anything to me ||| (watch|we'll see), (the sheriff|the police) (will be|are) (there|at your door) {time}
        """,
    },
    "IMPERSONATION+FALSE_LEGAL_THREAT": {
        "both": """
this is (Officer|Deputy) {last} (with|from) the {police}, (there's|we have) a warrant for your arrest
(I'm|this is) (calling from|with) the {police}, (you've committed|you are charged with) fraud and (will be arrested|we're coming) {time}
(this is|I'm) the (court clerk|district attorney's office), (your wages|your accounts) will be (garnished|frozen) {time}
(our|this) law firm (has been|was) retained to (sue|take action against) you, (and|so) (expect|you'll get) (papers|a summons) {time}
(I'm|this is) (Detective|Officer) {last}, (you're|you are) (being|now) (investigated|charged) (for|with) (fraud|theft)
        """,
    },
    "THREAT+INSULT": {
        "both": """
(listen|look), (deadbeat|you piece of shit), you('d|) better watch your back
(you|you stupid) (loser|deadbeat), we found your place and we'll be (there|by) {time}
        """,
    },
    "THIRD_PARTY_DISCLOSURE+INSULT": {
        "both": """
your {rel} is a (deadbeat|bum|freeloader) who owes {cred} {amt}
(tell|let) your deadbeat {rel} (he owes|know he owes) {amt}
        """,
    },
    "NONE": {
        "verify": """
(hi|hello), (I'm|I am) (trying to reach|looking for) {first} {last}?
(would|could) {first} {last} (come to the phone|be available)?
(to|so I can) (verify|protect your privacy), (can you|could you) (confirm|give me) (your date of birth|the last four of your social)
(I|I'm sorry, I) can only discuss this (with|matter with) {first} (directly|personally)
(this is|my name is) {first} (with|from) {agency}, (is|would) {first} (be available|be in)?
        """,
        "message": """
(could|can) you (have|ask) (him|her) (to|) call (me|us) back at {phone}?
(it's|it is) (just|a) (personal|business) matter, (please|just) (have him|have her|ask them to) (return|give us) (my|a) call
(when|what time) (would be|is) a good time to reach (him|her)?
(okay|alright), (I'll|I will) try (again|back) {time}, thank you
(no|there's no) (message|need), (I'll|I will) (call back|try again) (later|another time)
(sorry|my apologies), (I must have|I think I have) the wrong number
(just|please) tell (him|her) {first} (from|at) {agency} called, (thanks|thank you)
        """,
        "plan": """
(would|could) you be able to (make|set up) a payment of {amts} (by|on) {date}?
(we can|we could) (set up|offer) a payment plan (of|for) {amts} a month
(if|) (you're|you are) (having|in) (a hard time|financial hardship), (we have|there are) hardship options
(the|your) minimum payment (is|would be) {amts}, (could|can) you (manage|do) that (by|before) {date}?
(we might|we may) be able to (waive|reduce) some of the (late fees|interest) if you pay (the balance|part of it)
(you can|please) pay (online|through the website|by phone) (at|using) {phone}
        """,
        "credit": """
(this|your account) may be reported to the credit (bureaus|reporting agencies)
(late|missed) payments (can|may) (affect|hurt|show up on) your credit (score|report)
(once|after) (it's|the balance is) paid, (we'll|we will) (update|report it as paid to) the credit bureaus
        """,
        "legal": """
(our office|we) (might|may) (pass|send) (the file|your file) (over|along) to legal for review
(the|our) (creditor|client) (may|could) (decide to|choose to) file a lawsuit, (but|though) no decision has been made
(this|it) is a civil matter, (you|nobody) (won't|will not|is going to) (be arrested|go to jail) (over|for) (a debt|this)
(we're|we are) not (threatening|trying to threaten) you, (just|only) (explaining|letting you know) your options
(you have|you've got) the right to dispute this debt in writing within 30 days
(you may|you might) want to (talk to|consult) a lawyer (about|regarding) your (options|rights)
(if|should) (this|the account) (goes|go) to court, (a judge|the court) (would|will) decide
        """,
        "fees": """
late fees (will|may) (apply|be added) (if|when) (the payment|it) (is|comes in) late
(interest|fees) (continue|will continue) to (accrue|build up) (on the balance|until it's paid)
your (current|total) balance (is|comes to) {amt}, (including|with) (fees|interest)
(your|the) {prod} (with|at) {cred} (is|has been) past due (for|by) {days}
(you|you still) owe {amt} on (your|the) {prod} (with|from) {cred}
        """,
        "agency": """
(this is|my name is) {first} {last} (with|from) {agency}, (a debt collection company|a collection agency)
this is an attempt to collect a debt and any information obtained will be used for that purpose
(we're|we are) (a|the) (collection agency|third-party collector) (working|hired) (for|by) {cred}
(you can|feel free to) (call|contact) {cred} (directly|yourself) to (verify|confirm) (who we are|this account)
(you can|you may) (file a complaint|reach out) (with|to) the Consumer Financial Protection Bureau (if|if you feel) (anything|something) (is|was) (wrong|improper)
(this call|calls) may be recorded for quality (and training|assurance) purposes
        """,
        "empathy": """
I (understand|hear you), (times are tough|this is hard), (let's|we can) (figure something out|work something out)
(thank you|thanks) for (your time|taking my call), (have a good|have a nice) (day|evening)
(no problem|that's okay), (take your time|I'm not in a rush)
(I|I'll) (note|make a note of) that (on your account|in the file)
(that's rough|sorry about) (your|the) (job|situation|illness)
        """,
        "chat": """
(hello|hi), (can you hear me|are you there)?
(sorry|sorry, ) (you're breaking up|the line is bad), (can you|could you) (repeat|say) that again?
(one|give me one) (moment|second), (let me|I'll) (pull up|check) (your|the) (account|file)
(okay|alright|got it), (that makes sense|fair enough)
        """,
        "reply_calm": """
(stop fucking calling me|go to hell|screw you) ||| (I understand you're upset|I hear you), (but|and) (I'm just|we're only) (trying to|here to) (help|work this out)
(you people are vultures|you're a bunch of crooks) ||| (I'm sorry you feel that way|I understand), (we|let's) (can|try to) (set up|find) a plan that works
(I'll sue|I'm going to sue) your (ass|company) ||| (that's|that is) (your right|fine), (sir|ma'am), (you may|you can) (contact|talk to) a lawyer
        """,
        "not_police": """
(are you|is this) (a cop|the police)? ||| (no|no, sir|no, ma'am), (I'm|we're) (with|from) {agency}, a (debt collector|collection agency)
(am I going to jail|will I be arrested)? ||| (no|no one is going to arrest you), (this is|it's) a civil (matter|debt)
(is this a law firm|are you a lawyer)? ||| (no|I'm not), (I'm|we're) (a|with a) collection agency, (you can|feel free to) (talk to|consult) an attorney
        """,
        "words": """
(the|your) (kids|family|employer) (won't|will not) be contacted (about this|regarding this)
(we|I) (won't|will not) (discuss|talk about) this with anyone (but you|else)
(we're|we are) (a|) (licensed|legitimate) (agency|company), (you can|feel free to) (look us up|verify us)
(nobody|no one) is (coming to your house|going to show up), (we just|we only) (want|need) to (talk|work out a payment)
        """,
    },
    "OTHER": {
        "debtor_swear": """
stop (fucking|damn) calling me
(go to hell|screw you), I don't have the money
(you people|you guys) are (vultures|crooks|bloodsuckers)
(screw|fuck) you and your (bank|company)
I'll sue your (ass|company) for harassment
who the (hell|fuck) gave you this number
leave my family the (fuck|hell) alone
(you|you're a) (piece of shit|bunch of scammers|asshole), (don't|never) call (here|me) again
        """,
        "debtor": """
I (don't|do not) have (the|any) money right now
I('ll| will) (pay|try to pay) (when|after) I get paid (next week|on Friday)
(can|could) you (lower|reduce) the (payment|interest)?
I lost my job (last month|in March), I (can't|cannot) pay
(that's|this is) not my debt, I (never|didn't) (had|have) an account (there|with them)
(I|I already) (paid|sent) (that|a payment) (last week|already)
(send|please send) me something in writing
        """,
        "third": """
(I'm|I am) (not|not him), (I'm|I am) his {mate}
(he's|she's) not (here|home) (right now|at the moment), (can I take a message|want me to pass something on)?
(you|I think you) have the wrong number, (there's no|no) {first} here
(this is|I'm) (his|her) (wife|husband|mom|sister), (what do you need|can I help you)?
(I|we) (haven't|have not) (talked to|seen) (him|her) in (years|months)
        """,
    },
}

PREV_EN = {
    "debtor": """
(hello|hi), (who am I talking to|who's on the line)?
I (don't|do not) have the money right now
(yeah|okay), (I know|I'm aware), (I'll|I will) pay (it|soon)
(can you|could you) quit (ringing|phoning) (me|this number)?
(what|so what) am I supposed to do (then|about it)?
I get paid on (Friday|the 15th)
(I'm|I am) at work, (I can't talk|this is a bad time)
(fine|okay), what are my options?
(why|how) is the interest so high?
        """,
    "third": """
(I'm not|this isn't) (him|her), (I'm|this is) (his|her) {mate}
(he's|she's) not (home|here), (who are you|what do you need him for)?
(you have|I think you have) the wrong number
(this is|I'm) (his|her) (wife|mom|brother), (can I help you|what's going on)?
        """,
    "collector": """
(hi|hello), this is {first} with {agency}
(would|could) {first} {last} (come to the phone|be available)?
(I'm|I am) calling about (your|the) {prod} (with|from) {cred}
(so|okay), when (can|could) you make a payment?
        """,
}

EN_MORE = {
    "THREAT": {
        "follow": """
(we've|we have) been (watching|following) you, (we know|we've seen) (where you go|your routine)
(we know|I know) what time you (leave|get off) (work|your shift) every day
(we know|we found out) where your (wife|husband|mom) works, (maybe|and) (we'll|we might) (pay them a visit|stop by)
(you can run|run all you want), (but|) (you can't|we'll) (hide|find you)
        """,
        "blunt": """
(I'll|I will) (kill you|hurt you|beat your ass) (if|unless) you (don't pay|pay up)
(keep|you keep) (ignoring|avoiding) (me|us) and (I'll|we'll) send (some guys|people) (over|to see you)
(you're going to|you'll) pay (one way or another|for this), (believe me|trust me)
(we'll|we will) (make|make sure) you (regret|pay for) (this|every day you didn't pay)
        """,
        "shame2": """
(we'll|we will) (post|put) your (name|info|address) (online|on the internet) (for everyone to see|so everyone knows)
(everyone|all your friends) on (Facebook|Instagram) (is going to|will) (see|know) (you're a deadbeat|what you did)
(we'll|we will) (call|text) your (family|relatives|whole family) and tell them (you're a thief|you stole money)
        """,
        "town": """
I('ll| will) make sure your whole (town|street|family) knows (what you are|you don't pay your debts)
(you'll|you will) be sorry, (trust me|believe me|I promise you)
you've got kids, (think about them|think about what could happen to them)
we can make things (very|real) uncomfortable for you at (work|home)
(we've|we have) got (guys|people) in your neighborhood, (they|and they) (know|already know) your (house|car)
        """,
        "sprayed": """
(we'll|we will) (spray paint|write) deadbeat (on|across) your (garage|front door)
(everybody|everyone) (on|at) your (job|church) (is going to|will) get a (letter|flyer) about you
        """,
    },
    "INSULT": {
        "abuse2": """
(you|you're) (a|such a) (fucking|goddamn|damn) (loser|idiot|joke|deadbeat)
(you|you're) (a|a lazy|a lousy) (piece of work|bum|slob), (you know that|honestly)
(screw|to hell with) you (and your excuses|and your sob story)
(what|what kind of) (a|an) (pathetic|sorry) excuse for a (man|woman|human being|parent)
(you|you're) (nothing|nobody), (just|only) a (deadbeat|freeloader) (with|and) (a phone|excuses)
        """,
        "mock": """
(did|do) you (even|actually) (finish|go to) (high school|school), (or|) (are you|you're) (just|really) that dumb
(maybe|perhaps) (if|) you (spent|wasted) less (money|time) on (junk|beer|lottery tickets) you (could|'d) pay your bills, (genius|idiot)
(a|any) (real|decent) (man|person) would (pay|be ashamed), (but|and) you('re| are) (neither|not one)
        """,
        "garbage": """
you('re| are) a (lying|sorry|good for nothing) (sack|lump) of (garbage|trash|crap)
(you're|you are) a (waste of space|parasite|joke of a human being|dirtbag)
(typical|such a|what a) (loser|bum|deadbeat), (honestly|seriously)
(stop|quit) (whining|crying), you (pathetic|spineless) (little|) (man|woman|loser)
(nobody|no one) (would|could) lend money to (an idiot|a moron) like you (again|twice)
        """,
    },
    "THIRD_PARTY_DISCLOSURE": {
        "regarding": """
(I'm|I am) calling (regarding|about) the {amt} {first} owes on (his|her) {prod}, (could|can) you have (him|her) call (us|me)
(do|would) you know if {first} (plans|is planning) to pay the {amt} (he|she) owes
{first} has been (ignoring|dodging) our calls about (his|her) {prod} (with|at) {cred}
your (husband's|wife's|son's|daughter's) account with (us|{cred}) is (seriously|badly) (delinquent|past due)
your (son|daughter|brother) (defaulted|is in default) on (his|her) (student loan|car loan|credit card)
        """,
        "employer_en": """
(is this|are you) {first}'s (employer|manager)? (he|she) (has|owes) a (past due|delinquent) (balance|debt) of {amt} with {cred}
(we need|we'd like) your (help|HR department's help) (collecting|getting) the {amt} {first} owes (us|{cred})
        """,
    },
    "IMPERSONATION": {
        "officials": """
(I'm|I am) calling from the county clerk's office (about|regarding) (your|a) (case|file)
(this is|you've reached) the sheriff's civil division
(I'm|I am) a federal agent (and|so) I need you to (cooperate|listen carefully)
this is Sergeant {last} (with|from) (the|) {county} (County|) (police|sheriff's office)
(I|I actually) work for the (court|county court) (and|so) (this|this call) is official
(I'm|I am) with the state's financial crimes task force
        """,
    },
    "FALSE_LEGAL_THREAT": {
        "crime2": """
(not paying|skipping out on) (a|this) debt (is|counts as) (theft|stealing|fraud), (plain and simple|period)
(what you did|taking that money) (is|was) (a crime|fraud|illegal), (and|so) (you|you'll) (answer|pay) for it (in court|to a judge)
(you|you'll) (could|will) (lose|have) your (job|license|passport) (over|because of) this (debt|charge)
        """,
        "seize2": """
(we|we're going to) (put|place) a lien on your (house|home|car) (this week|{time})
(we'll|we will) (take|empty) (your|the) (savings|checking) account (directly|ourselves) (on|by) {date}
(your|the) (next|whole) paycheck (is|will be) (going|sent) (straight|directly) to us (starting|from) {date}
        """,
        "extra": """
(the|a) sheriff will come and take your (TV|furniture|belongings) {time}
(we'll|we will) have your driver's license suspended (if|unless) you (don't pay|pay) {time}
(you could|you'll) lose custody of your kids over this
this (will|is going to) go on your criminal record
(writing|you wrote) bad checks (is|and that's) a felony and (we've|we have) reported you
(if|unless) you pay {time}, (we|we'll) (notify|call) (immigration|ICE) (about you|)
        """,
    },
    "NONE": {
        "owe_you": """
(you|you currently) owe {amt} on your {prod} (with|from) {cred}
your balance of {amt} is {days} past due
(your|the) last payment (we received|was) in (March|June|October), so (you're|the account is) {mon} behind
the amount due today is {amt}
you missed your payment (on|due) {date}
(we|I) show a past due balance of {amt} on your account
(your|the) {prod} (payment|bill) of {amts} (was due|is due) {date}
        """,
        "legal2": """
(we|I) can't have you arrested, that's not how (this|it) works
(nobody's|no one is) going to jail over a (credit card|{prod}|debt)
only a court can order garnishment, and nothing has been filed
if the creditor (sues|files suit), you'll get official papers from the court
(I'm not|I am not) a lawyer, so I can't give you legal advice
(we|our company) (don't|do not) work with the police
        """,
        "location": """
(I'm|I am) trying to reach {first} {last}, do you have a good number for (him|her)?
(could|can) you confirm (his|her) current (address|phone number)?
(do|would) you know (a|the) best time to (reach|call) (him|her)?
(please|just) have (him|her) call {first} at {phone}, (it's|it is) (a|about a) personal business matter
        """,
        "legal3": """
(your|the) (file|account) (may|might|could) be (forwarded|sent|passed) to our (attorneys|legal team|lawyers) for review
(our|the creditor's) legal (team|department) (may|might) (review|look at) (the|your) account (if|when) (it|this) (stays|remains) unpaid
(if|should) the (account|balance) (remains|stays) unpaid, it (may|could) be placed with an attorney (for review|in your state)
(the|our) legal department (has not|hasn't) (made|taken) any decision (on|about) your account
        """,
        "negation2": """
(no one|nobody) (will|is going to) show up at your (kids'|children's) school, (that's|that is) not (how we work|something we do)
(we're|we are) not going to post anything about you (online|anywhere)
(we would|we'd) never (contact|call) your (employer|boss|church) (about|over) (this|a debt)
(you're|you are) not going to be (arrested|charged with anything), (this is|it's) (just|only) a (debt|civil matter)
(we're|we are) not the police and (we won't|we will not) send anyone (to your house|over)
        """,
        "negation": """
(nobody|no one) (is|'s) (coming|going) to your (house|job|work), (I promise|don't worry)
(we|I) (won't|will not) (contact|call) your (family|employer|friends) about this
(I'm|I am) not (trying to scare you|threatening you), (I'm|I am) (just|only) (explaining|telling you) (the process|where things stand)
(your|all your) information (stays|is kept) (private|confidential), (we|I) (don't|won't) share it
        """,
        "process": """
(I'll|I will) send you (a|the) (payment plan|agreement) in writing (by email|by mail)
(please|) keep (your|the) confirmation number (for|as) your records
(once|when) (we|I) receive (the|your) payment, (I'll|I will) (send|email) you a receipt
(I|let me) (need to|have to) check with my supervisor (about|on) (the|that) settlement offer
        """,
    },
    "OTHER": {
        "third2": """
(we're|we are) divorced, (don't|do not) call me about (him|her)
(he|she) changed (his|her) number, I (can't|cannot) reach (him|her) either
(this|this is) (sounds like|a) (scam|scammer), (I'm|I am) calling the police
        """,
    },
}

# Issue 11: violations recognised by meaning (same kinds as ZH_MEANING in corpus_zh.py): exposure
# through the debtor's own community, "accidents", people sent, conditional exposure; contempt without
# slur words; procedure and crime as framing; sending the authorities; hard negatives with their words.
EN_MEANING = {
    "THREAT": {
        "community": """
(it'd be|it would be) a shame if (your|the) (congregation|church family|small group at church) (heard|found out) (about this|how you handle your debts)
you've got (a lot of|quite a few|thousands of) followers on (Instagram|TikTok|YouTube), (how do you think|what do you think) they'd (react|feel) if they (saw|found out) (this|you don't pay)
(your|the) (kid's|daughter's|son's) class group chat (might|could) (get|be) (an interesting message|a message about you) (today|{time})
(I|we) (could|might) (just|) leave a (message|note) with the front desk at your (job|office|building) (about this|explaining why we're calling)
(the|your) (HOA|neighborhood) (Facebook group|Nextdoor|group chat) (would|might) (love|be interested) to (hear|know) about (this|your account)
(how would|would) (the parents|the other parents) at {school} (feel|react) (if they|knowing) (knew|that) you (stiff|cheat) people
(your|all your) (customers|clients) (on|at) (your shop|your business page) (might|could) (start|begin) (seeing|getting) (some|a few) (reviews|messages) about (this|you)
(everyone|folks) (in|at) your (gym|softball league|book club|union hall) (is going to|will) (hear|know) (all about|about) (this|your debt)
        """,
        "conditional": """
(pay|settle) (this|it) today and nobody (at your church|at work|in your family|in your group chat) (needs to|has to) hear (a word|about it)
(clear|take care of) the balance (by|before) {time} and (your|the) (boss|followers|neighbors) never (need to|have to) (know|find out)
(as long as|if) (the money|the payment) (comes in|clears) (today|{time}), (this|it) (stays|can stay) (between us|quiet)
(I|we) can keep (this|it) (quiet|off your boss's desk) (but only|only) if (you pay|the payment posts) (today|{time})
(nobody|no one) (at|in) (your|the) (office|congregation|class chat) (has to|needs to) (see|find out about) (this|anything) (if|as long as) you (pay|take care of it) (now|today)
        """,
        "accident": """
(cars|trucks) (get|can get) (keyed|scratched|damaged) in (lots|driveways|parking lots) like yours (all the time|every day)
(houses|garages) on (your|a) street like {street} (catch fire|have accidents) (sometimes|every now and then), (just|I'm just) saying
(it'd be|it would be) (terrible|awful|a real shame) if (your|that) {car} (got its tires slashed|had its windows smashed|caught fire)
(accidents|things) (happen|happen to people) who (ignore|keep ignoring) (us|their debts), (you know|just saying)
(your|that) (mailbox|front window|porch) (might|could) (not|) (survive|last) (the week|much longer) (if|the way) (this|things) (keeps going|go)
        """,
        "sent": """
(we've|I've) got (a|our) (field agent|recovery agent|guy|people) (heading|on the way|driving out) to your (place|house|job) (right now|{time})
(our|a couple of our) (guys|people|associates) (are|will be) in your (neighborhood|area|town) {time} (to talk to you|to have a chat|to find you)
(someone|somebody) (from our office|from our team) (will|is going to) be (waiting|sitting) (outside your house|at your job|by your car) {time}
(we're|we are) sending (people|somebody|a team) (out|over) to (where you work|your house|your mom's place) (to collect|to sort this out)
        """,
    },
    "INSULT": {
        "sarcasm": """
must be nice (living|getting by) on other people's money
(did you|you) (even|ever) (finish|graduate from) (high school|middle school), or (is|was) (math|reading) (just|) too hard
your word (is|isn't) worth (nothing|the paper it's printed on|a dime)
(real|very) (classy|mature|responsible), (dodging|ignoring) (a bill|your bills|us) like a (teenager|child)
(a grown|a full-grown) (man|woman|adult) who can't (pay a bill|manage a (phone bill|budget)), (impressive|what an achievement)
(people|folks) like you (never learn|always have an excuse|are the reason nobody trusts anybody)
(I'd|I would) be (embarrassed|ashamed) to (be you|show my face|look my kids in the eye) (if I were you|)
(how|what) do you (tell|explain) your (kids|family) (you're|that you're) (like this|a cheat)
(wow|oh), (so|) (you're|you are) (broke|broke again) (but|and yet) (you've got|you had) money for (a new phone|vacations|your nails)
(honesty|the truth) (isn't|clearly isn't) (your|really your) (thing|strong suit), (is it|huh)
        """,
    },
    "FALSE_LEGAL_THREAT": {
        "procedure": """
(your|the) (file|account|matter) (has been|was) (docketed|put on the docket|assigned a docket number) (this morning|today|already)
(a|the) hearing (is|has been) set for {date}, and if you (don't show|miss it) (the|a) judgment (is|gets) entered (automatically|against you automatically)
(once|when) (the|this) (paperwork|filing) (clears|goes through), (a|the) (default|judgment) (is|will be) (automatic|entered the same day)
(your|this) (case|matter) (number|file number) (is|has been) (issued|assigned), (a judge|the court) (signs off|rules) (on|by) {date}
(the|this) (judgment|order) (is|will be) (final|entered) (by|on) {date} and (your|the) (wages|account) (get|will be) (garnished|frozen) (the next day|right after)
(we've|we have) (already|) (filed|submitted) (everything|the paperwork) (with the county|with the clerk), (you're|you are) (going to|gonna) be served {time}
        """,
        "crime_frame": """
a (bounced|returned) payment (is|counts as) a misdemeanor (in this state|here), and (we're|we are) (sending|referring) (it|your file) to the prosecutor
(taking|you took) (out|) a loan (you|you knew you) (couldn't|never meant to) (pay|repay) (is|that's) fraud, and (that|fraud) (gets you|means) (years|jail time|prison)
(what you did|not paying) (is|counts as) theft (of services|by deception), (plain and simple|and that's criminal)
(writing|you wrote) a (bad|rubber) check (to us|for this), (that's|which is) a (crime|felony) (we|we'll) (report|are reporting)
(this|your account) (is|has become) a criminal matter now, (not|no longer) a civil one
        """,
        "send": """
(we're|we are) (sending|going to send) (the sheriff|a deputy|the police|a marshal) (to your house|to your job|out) (to serve you|to pick you up|{time})
(I'll|I will|we'll) have (the police|an officer|the sheriff) (come by|stop by|knock on your door) {time}
(the|your) (DA's office|district attorney|prosecutor) (will be|is going to be) (contacting|calling) you (about this|{time})
(we've|we have) (already|) (reported|referred) you to (the police|law enforcement|the fraud unit), (expect|you can expect) (a call|a visit) {time}
        """,
    },
    "NONE": {
        "lawful_legal": """
(the creditor|{cred}) (may|might) (decide|choose) to (file a lawsuit|sue), and (only|if so) a court (would|could) (decide|enter a judgment)
(if|should) (the creditor|{cred}) (sues|files suit), you('d| would) (be served|receive papers) and (have|get) (the right|a chance) to respond
(this|your account) is a civil matter, (no one|nobody) (is|will be) (arrested|going to jail) (over|for) (a debt|this)
(we|our office) (cannot|can't) (garnish|take) your wages (without|unless there's) a court (order|judgment)
(if|should) (a|the) (lawsuit|case) (is filed|goes forward), (you|you'll) (can|may) (hire|talk to) (an attorney|a lawyer) (of your choosing|if you want)
(I'm|I am) not (an attorney|a lawyer), (but|and) (our|the) legal department (reviews|looks at) (accounts|files) like this (sometimes|before anything happens)
        """,
        "lawful_credit": """
{cred} (sends|furnishes) (payment history|account information) to the (credit bureaus|credit reporting agencies) (as the law allows|under the FCRA)
(once|after) (it's|the balance is) (paid|settled), (the|your) credit report (will|should) (show|be updated to show) (paid|settled)
(you|you can) (can|) (dispute|contest) (the|this) (debt|balance) (in writing|within 30 days) and (we'll|we will) (verify|mail verification)
        """,
        "truthful_name": """
(this is|my name is) {first} (with|from) {agency}, a debt collector, (calling|and I'm calling) on behalf of {cred}
(we're|we are) a (private|) collection agency (working|calling) on behalf of the (U.S. Department of Education|Department of Education|federal government) (about|regarding) your (student loan|federal student loan)
(your|the) (loan|balance) is owed to the (federal government|U.S. Department of Education), and {agency} (services|collects) it (for them|under contract)
(we're|we are) not (the government|a government agency|the police), (just|we're just) (a|the) (collection agency|contractor) (they|the agency) (assigned|hired)
(we|our company) (have|has) a legal department, (but|though) (I'm|I am) (just|) (an account representative|a collector), not (a lawyer|an attorney)
(you can|feel free to) (file|submit) a complaint with the (CFPB|Consumer Financial Protection Bureau|state attorney general) (if|whenever) you (want|think we did something wrong)
        """,
        "negated_threat": """
(nobody|no one) (from our office|here) (is|will be) (coming|going) to your (house|job|church), (we|we'll) (only|just) (call|write)
(we|we will) (never|not) (contact|message) your (church|employer|followers|kid's school) about (this|your account)
(we|we're) not (sending|going to send) (anyone|the police|anybody) (anywhere|to your house), (this|it) is (just|only) a (phone call|civil matter)
        """,
    },
    "OTHER": {
        "debtor_rude": """
(you people|you vultures|you bloodsuckers) (are|are all) (crooks|the worst|scum), (stop|quit) calling (me|here)
(go ahead and|go) sue me, (I|I'll) (don't care|see you in court), (you|you clown)
(if you|you) (call|contact) my (job|church) (I'll|I will) (report you|sue you|call the cops)
        """,
    },
}
