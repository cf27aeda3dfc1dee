# English incoming mails, written on their own (not translations of the Japanese set)
from common import T

ITEMS = [
# ---------------------------------------------------------------- racehorse
T("racehorse", "high", "angry", False, "Charged twice - second time asking",
"""Hello,

I wrote on the 3rd and again on the 9th and have had nothing back, so here it is a third time.

The annual syndicate fee of £1,150 was taken by direct debit on 1 March AND again on 4 March,
the second time from the old account I told you I was closing. That account is now £1,150 overdrawn
and my bank is adding £6 a day in charges. It's been eleven days.

I need the second payment returned, and I need someone to actually answer me.

Gareth Pryce
Member 2291, Harbour Lights Racing Club
"""),
T("racehorse", "normal", "anxious", False, "Hearing Kestrel Bay might be sold?",
"""Hi there,

A friend in another syndicate said Kestrel Bay has been entered in the autumn horses-in-training sale.
Nobody has told us anything. I own a 2% share - I bought it with money my dad left me and
honestly I don't really understand what happens to my share if she's sold. Do I get anything back?
Do I get a say?

Sorry if this is a silly question. Just a bit worried.

Rachel
"""),
T("racehorse", "normal", "positive", False, "Thank you for Sunday + another share?",
"""Morning all,

Just wanted to say what a brilliant day Sunday's stable visit was. My kids haven't stopped
talking about feeding carrots to Monty. Please pass our thanks to Jess and the team at the yard.

We'd like to take a second share next season if there are any left in the new yearling -
could you send the details when you have them?

Cheers,
Tom & Priya Whitaker
"""),
T("racehorse", "normal", "neutral", True, "my share",
"""hi can you tell me about my share thanks dave"""),
T("racehorse", "low", "neutral", False, "End-of-season dinner - next year",
"""Hi,

No rush on this at all - I'm just planning ahead. Do you already know roughly when next
year's end-of-season dinner will be? My sister's wedding is some time in November and I'd
hate for them to clash. A month is fine if you don't know yet.

Best,
Helen Ashdown
"""),

# ---------------------------------------------------------------- dashi
T("dashi", "high", "neutral", False, "Shipment held at customs - health certificate",
"""Hello,

Our order #KS-40318 (2 x 10 kg katsuobushi flakes, invoice value ¥186,000) is being held by
UK customs at Heathrow. The agent says the paperwork is missing the health certificate for
fish products. If they do not receive it by 5 p.m. Thursday (UK time) the goods will be destroyed
at our cost.

Can you email the certificate, or tell me who can issue it? We reopen the restaurant on Friday
and this is our stock for the month.

Kind regards,
Mina Okafor
Head chef, Tsuru Ramen Bar, Bristol
"""),
T("dashi", "normal", "angry", False, "Wrong item AGAIN",
"""I ordred the thick-shaved flakes for simmering (the 1 kg bag). What arrived is the fine
powder. Again. This is the second order in a row you've sent the wrong thing.
I don't want another apology and a voucher, I want the right bag sent and some confidence that
the next order won't be wrong too.
Order no. KS-40777.
- J. Lindqvist
"""),
T("dashi", "normal", "anxious", False, "Gluten in the dashi packs?",
"""Hi,

My son (9) has coeliac disease. I bought your "Home Dashi" packs because the website says gluten-free,
but the ingredient list on the pack I received mentions soy sauce powder, which normally contains wheat.
I haven't used them yet. Is the website wrong, or the pack? I really don't want to get this wrong -
the last time he was glutened he was ill for a week.

Thanks,
Claire
"""),
T("dashi", "normal", "neutral", True, "order",
"""still waiting on my order"""),
T("dashi", "low", "neutral", False, "Kombu-to-bonito ratio question",
"""Hello! Home cook here, not a restaurant. When you make ichiban dashi at the shop, what ratio
of kombu to bonito do you use per litre? I've been experimenting and I'm curious what the
pros do. Absolutely no hurry - reply whenever someone has a quiet moment.

Sam
"""),

# ---------------------------------------------------------------- mascot
T("mascot", "high", "anxious", False, "Head visor cracked - game is tomorrow night",
"""Hi Dana,

During warm-ups tonight the mesh visor on Rocky's head cracked right across the middle.
Our performer can barely see out of the left side now, and on Saturday he's doing the
half-time routine on the court steps in front of 4,000 people. I'm honestly scared he's going
to fall.

Is there any way to get a replacement visor to us before 5 p.m. tomorrow, or a temporary fix
we can do ourselves tonight? Photos attached.

Marcus Bell
Game-day operations, Riverside Hawks
(cell) 555-0143
"""),
T("mascot", "normal", "angry", False, "Re: Deposit paid in April - where are the proofs?",
"""We paid the $2,400 deposit on 8 April. Your contract says first design proofs within
three weeks. It has now been five and a half weeks and we've received nothing, not even a
progress photo.

I'm not happy about having to chase this. Please tell me when we'll see the proofs.

> From: Fuzzworks Studio
> Thanks for your deposit! We'll be in touch soon with your first sketches.

Linda Garza, PTA President
Oak Hollow Elementary
"""),
T("mascot", "normal", "neutral", False, "Quote request - college mascot",
"""Hello,

We're a small community college looking to replace our 15-year-old owl costume.
Rough requirements:
- full body, performer height 5'6"-6'0"
- cooling fan and a spare pair of hands
- needs to be ready for the fall semester opening day (late August)

Could you send a rough price range and lead time? Our budget meeting is in three weeks.

Thanks,
Dev Patel, Student Life Office
"""),
T("mascot", "normal", "positive", False, "LOVE HER + a question",
"""Hi everyone!!

Penny the Penguin arrived yesterday and we are all in love. The stitching on the flippers is
gorgeous and she's so much lighter than our old suit. Our kids' librarian cried a bit, not gonna lie.

Quick question: could we add one of your cooling vests to the order? We've got outdoor summer
reading events coming up in July.

Thanks again,
Aisha @ Maple Street Library
"""),
T("mascot", "low", "neutral", False, "what fur do you use?",
"""Not a customer yet, just curious - what kind of faux fur do you use for the long-pile costumes,
and is it machine washable? I sew a bit myself and was wondering. Whenever you get a minute!
"""),

# ---------------------------------------------------------------- dutyfree
T("dutyfree", "high", "angry", False, "Flight cancelled, charged for pre-order, nobody answers",
"""Order DF-88213.

My flight from Terminal 2 on the 14th was cancelled and I was rebooked out of a different airport.
You charged my card $640 for the pre-order anyway. I emailed on the 15th and the 17th. No reply.
The online chat just loops back to the FAQ.

I've now been charged for goods I physically could not collect. I want the refund confirmed in
writing. If I don't hear by Friday I'm opening a chargeback with my card company.

R. Castellano
"""),
T("dutyfree", "high", "neutral", False, "Collection point - flying at 07:05 tomorrow",
"""Hi,

My confirmation (DF-90451) says collection is at the "Arrivals Collection Desk", but I'm departing,
not arriving - flight BA 117 at 07:05 tomorrow. I chose departure pickup when I ordered, I'm
fairly sure. Can you switch it to the departures desk at Gate 20, or tell me where I should go?
I'll be at the airport by 05:00.

Thanks,
Oliver Grant
"""),
T("dutyfree", "normal", "anxious", False, "Will I get in trouble at customs?",
"""Hello,

I'm flying to Melbourne next month and I've pre-ordered two bottles of whisky and a carton of
cigarettes as gifts for my in-laws. Someone told me Australia is very strict and I could be
fined. Is two bottles ok? Do I need to declare the cigarettes? I've never done this before
and I'm starting to worry I've ordered something that will get me stopped.

Thank you,
Mei
"""),
T("dutyfree", "normal", "neutral", False, "Can my husband collect?",
"""Hi there, my husband will be collecting our pre-order (DF-90877) as I'm now travelling a day later
on a separate flight. Does he need anything from me - a letter, a copy of my passport? His flight
is on the 22nd.
Thanks, Joanne
"""),
T("dutyfree", "low", "positive", False, "Lovely service at Gate 40",
"""Just a note to say the young man at the Gate 40 collection desk last Tuesday was fantastic -
our boarding got moved and he walked the bag over to us. No reply needed, just wanted someone to know.
"""),

# ---------------------------------------------------------------- seismic
T("seismic", "high", "anxious", False, "New cracks after this morning's aftershock",
"""Hi Ben,

You finished the bolting and cripple-wall bracing on our house three weeks ago. After the 4.6
aftershock this morning there's a new crack in the garage slab that runs right past one of the
new anchor plates, and the side door now sticks. I don't know if this is cosmetic or if something
came loose.

We have two kids under five and we're supposed to be sleeping here tonight. Can someone look at
it today? I'll be home all afternoon.

Natalie Brooks
1427 Alder Way
"""),
T("seismic", "high", "angry", False, "Permit expires Friday - 3rd request",
"""This is my third email (after 4 June and 11 June) about the final inspection for permit
B24-00817. The permit expires this Friday. Your office told me you'd book the inspection; the
city says nothing has been requested.

If the permit lapses, I have to reapply and pay the fees again, and my grant from the state
retrofit programme ($3,000) is tied to a final sign-off by the 30th.

Please book it today and send me the confirmation.

Paul Henning
"""),
T("seismic", "normal", "neutral", False, "Quote for soft-story retrofit, 4 units",
"""Hello,

I own a 1962 four-unit building with tuck-under parking (soft story). The city has given me
notice that a retrofit is required within two years. I'd like to get a quote and understand the
process - engineering, permit, construction. Tenants would need some notice before any work starts.

Could someone come out for an assessment in the next few weeks?

Regards,
Gloria Yuen
"""),
T("seismic", "normal", "neutral", False, "Reschedule start date?",
"""Hi, our start date is 12 August but our downstairs tenant has asked if we coudl push it back
a week while she's on holiday, so her dog isn't home alone with the noise. Would starting on
the 19th be possible? If not, no worries, we'll work around it.
- Ian
"""),
T("seismic", "low", "neutral", False, "Does retrofit lower insurance?",
"""Not urgent - just planning for next year's renewal. Do you know whether earthquake insurers
usually give a discount once a retrofit is done, and is there a certificate you provide for that?
Thanks, Marta
"""),

# ---------------------------------------------------------------- tlscert
T("tlscert", "high", "neutral", False, "api.partnerpay.io cert expired, renewal stuck in 'pending'",
"""Hi support,

Our certificate for api.partnerpay.io expired at 00:00 UTC. The renewal (order 7719-330) has been
in "pending validation" since yesterday afternoon even though the DNS TXT record is in place
(dig output below). Our mobile app pins to this host, so every payment request from the app is
failing right now - roughly 1,200 transactions an hour at this time of day.

What exactly is validation waiting on?

$ dig +short TXT _validation.api.partnerpay.io
"7719-330-b8e2f1..."

Karim Haddad
Platform team, PartnerPay
"""),
T("tlscert", "high", "anxious", False, "Revocation notice - what do I do??",
"""I just got an email from you saying our certificate will be revoked within 24 hours because of a
"mis-issuance incident" on your side. I'm the only IT person at a 30-person clinic and our
patient booking page uses that certificate. I don't know what I'm supposed to do, whether I
need to reissue, or whether the site will go down tonight. Please, I need clear steps.

Yusuf
Lakeside Family Dental
"""),
T("tlscert", "normal", "angry", False, "Auto-renewed a cert we cancelled",
"""We decommissioned staging.brightleaf.dev in January and turned off auto-renew (I have the
screenshot). You renewed it anyway on 2 April and charged $189. I'd like that refunded, and I'd
like to know how auto-renew ignored the setting. Honestly this is the kind of thing that makes us
look at other CAs.
Ben
"""),
T("tlscert", "normal", "neutral", True, "cert",
"""cert not working on the server. help"""),
T("tlscert", "low", "neutral", False, "ACME support roadmap?",
"""Hello, we're evaluating providers for next year. Do you support ACME for OV certificates, or is
that planned? Nothing urgent on our end - a link to a roadmap or docs would be plenty.
Thanks,
Sandra Kim, infra
"""),

# ---------------------------------------------------------------- airpurifier
T("airpurifier", "high", "angry", False, "Purifier dead, smoke outside, mum has COPD",
"""I have now phoned twice (Monday and this morning) and been told "someone will call you back".
Nobody has.

The HEPA unit we rent from you (contract AP-5521) stopped working on Sunday. My mother has COPD.
The wildfire smoke here is bad - the air quality index is 180 today - and she's already using her
inhaler more than she should. This is the exact reason we rented the thing.

I need a working unit at this address today: 22 Pine Ridge Rd. Please don't send me another
"we're looking into it".

Dan Moretti
"""),
T("airpurifier", "normal", "anxious", False, "Strange smell from purifier - is it ozone?",
"""Hello,

The purifier we rented last week has a sharp, slightly sweet smell when it's on the highest
setting. I read online that some purifiers produce ozone and that it's bad for babies. It's in
our daughter's nursery (she's 6 months). Is this model an ionizer? Should I turn it off until
I hear back? I've switched it off for now just in case.

Thanks,
Laura
"""),
T("airpurifier", "normal", "neutral", True, "red light",
"""the light is red now"""),
T("airpurifier", "normal", "neutral", False, "Increase from 10 to 14 units next month",
"""Hi,

We're moving into the second floor of our building on 1 June and will need four more purifiers
for the new meeting rooms, same model as the current ten (contract OFC-2207). Can you add them to
the contract and let me know the new monthly total?

Thanks,
Priscilla Nunez, Office Manager
"""),
T("airpurifier", "low", "neutral", False, "What happens to old units?",
"""Just curious, and no need to reply quickly - when you retire rental units, are they recycled or
refurbished? Our company is putting together a sustainability report later this year and it would
be nice to mention it.
"""),

# ---------------------------------------------------------------- satimg
T("satimg", "high", "neutral", False, "Post-storm imagery needed - claims window closes Monday",
"""Hello,

We're a crop insurer covering about 9,000 ha in the delta region hit by Saturday's storm. Under
the policy terms, loss assessments must be filed by Monday 17:00. We need post-event imagery
(optical or SAR) of the attached AOI to confirm flooding extent before then.

Could you tell me today which acquisitions are possible before Sunday night and what delivery time
to expect? We'll sign whatever order form you need.

Joost van Dijk
Claims Analytics, AgriSure
"""),
T("satimg", "normal", "angry", False, "Cloud cover far above what we ordered",
"""Order SI-22871 specified max 10% cloud cover. The scene you delivered has a cloud bank over
roughly a third of the AOI, including the entire mine site we actually needed. I can't see how
this passed your QA. We need a re-acquisition or a refund, not a discount code.

Peter Lowe
"""),
T("satimg", "normal", "anxious", False, "Payment failed - will we lose archive access?",
"""Hi,

Our account page shows "payment failed - access will be suspended". Our finance team changed card
providers last month and I think the old card was still on file. I've just updated it. Will the
suspension still happen? We have four years of processed imagery stored with you and our whole
monitoring project depends on it. I'm a bit panicked about losing it.

Thanks,
Grace Oduya
"""),
T("satimg", "normal", "positive", False, "Great report - can we make it quarterly?",
"""Hi team,

The change-detection report on our reservoir shoreline was excellent - the board was really
impressed with the before/after maps. Could we set that up as a quarterly deliverable starting next
quarter? Please send a quote.

Cheers,
Liam O'Connor, Water Resources
"""),
T("satimg", "low", "neutral", False, "STAC support?",
"""Does your API expose a STAC catalogue, or is that on the roadmap? We're designing next year's
pipeline and it's only at the whiteboard stage, so whenever is fine.
"""),

# ---------------------------------------------------------------- pearl
T("pearl", "high", "angry", False, "Ring promised Wednesday - I fly Friday to propose",
"""I dropped off my grandmother's pearl ring for resizing on the 2nd. I was told, in person and
again on the phone on the 9th, that it would be ready Wednesday. I explained that I fly out
Friday morning to propose in Lisbon. Today someone called to say "probably next week".

I have the flights and the restaurant booked. I need the ring by Thursday 6 p.m. If you can't
resize it in time, I need it back unresized by then. Which is it?

Daniel Osei
"""),
T("pearl", "normal", "anxious", False, "Did I ruin my pearls?",
"""Hi,

I stupidly wore the pearl bracelet you sold me into a hotel pool last weekend (chlorine). Now a few
of the pearls look dull and one has a sort of chalky patch. Have I ruined them? Is there anything
you can do? They were a gift from my husband for our tenth anniversary and I feel awful.

Sophie
"""),
T("pearl", "normal", "neutral", True, "repair",
"""Can you fix this?"""),
T("pearl", "normal", "neutral", False, "Engraving the clasp",
"""Hello, I'd like to order the 7.5 mm Akoya strand (the 18-inch one) and have the clasp engraved
with "A & J 2015-2025". Is engraving possible on that clasp, and how long does it add? Our
anniversary is on 30 June.
Thank you,
Jonathan Reyes
"""),
T("pearl", "low", "neutral", False, "How is lustre graded?",
"""I'm slowly saving for a strand, probably next year, and I keep seeing different grading systems.
How do you grade lustre and surface? A page or article would be great. Nothing urgent.
"""),

# ---------------------------------------------------------------- medlab
T("medlab", "high", "anxious", False, "Outbreak - 12 swabs sent yesterday, results by tonight?",
"""Hello,

We're a 60-bed care home with a suspected respiratory outbreak: 7 residents febrile since Tuesday.
Twelve swabs went to you on yesterday's 4 p.m. collection (requisitions CH-3301 to CH-3312). We need
to know who is positive before the night shift starts at 8 p.m. so we can cohort residents and decide
on staffing - two of our night nurses have symptoms too.

Nothing is showing on the portal yet. Is there anything you can tell us today?

Fiona McLeod, Clinical Lead
Ashgrove Care Home
"""),
T("medlab", "high", "angry", False, "Critical potassium never phoned through",
"""Yesterday at 15:40 your lab resulted a potassium of 6.9 on our patient (MRN 772019). Your SOP says
critical values are phoned to the clinic within 30 minutes. Nobody called. We found it this morning in
the portal and sent the patient to A&E, where he was admitted.

I need to know by close of business today why the call didn't happen and whether any other criticals
from us were missed this week. This is going to our clinical governance meeting.

Dr. Anjali Rao
Medical Director, Northside Medical Group
"""),
T("medlab", "normal", "neutral", False, "Portal accounts for two new nurses",
"""Hi, please could you set up results-portal logins for two new practice nurses starting on the 3rd:
Emily Chen and Josh Barker. Same permissions as our existing nursing accounts.
Thanks, Karen (practice manager)
"""),
T("medlab", "normal", "neutral", False, "Move our pickup to 3 p.m.?",
"""Hello,

From next month our clinic closes at 4 on Fridays. Could the Friday courier pickup move from 4:30 to
3:00? Other days can stay as they are.

Regards,
Harbourview Physio & Sports Medicine
"""),
T("medlab", "low", "neutral", False, "Turnaround stats for accreditation file",
"""For our accreditation file (the review isn't until next spring) could you send your annual
turnaround-time statistics for routine chemistry and haematology? No deadline - whenever it's
convenient.
"""),

# ---------------------------------------------------------------- petchip
T("petchip", "high", "angry", False, "I received someone else's personal details",
"""Your "please check your details" email arrived this morning addressed to a Mrs. Harper, with her
full address, mobile number and her dog's chip number in it. I am not Mrs. Harper.

If her details came to me, where have mine gone? I registered two dogs with you and my home address
is on those records. I want to know today whether my data has been sent to anyone else, and
what you are doing about it. I've kept the email and I'll be reporting it to the ICO if I don't get
a straight answer.

Simon Blackwood
"""),
T("petchip", "high", "anxious", False, "Dog stolen from garden - police need proof of ownership",
"""Our French bulldog Biscuit was taken from our back garden last night. The police have a crime
number (CR-55190/24) and they've asked for proof that the chip is registered to us, so they can
circulate it. They also said to mark her as stolen with you so any vet who scans her gets flagged.

Please can you do that and email me the registration certificate? I'm sick with worry - they said
stolen dogs are often sold on within a day or two.

Chip: 900 164 001 223 871
Hannah Lee
"""),
T("petchip", "normal", "neutral", False, "Transferring to new owner",
"""Hello,

We're rehoming our cat, Pickle, with my aunt next weekend because of my allergies. What does she need
to do to get the chip moved into her name? Do we both have to fill something in?

Thanks,
Ollie
"""),
T("petchip", "normal", "neutral", True, "wrong number",
"""wrong number on my account"""),
T("petchip", "low", "neutral", False, "Rabbits?",
"""Hi, do you register rabbits as well as cats and dogs? We might get a pair later in the year.
Just asking for the future.
"""),

# ---------------------------------------------------------------- interpequip
T("interpequip", "high", "neutral", False, "Delivery not here - conference starts tomorrow 08:30",
"""Hello,

Your delivery for the Nordic Water Forum (order IE-4420: 2 booths, 260 receivers, 3 transmitters) was due
at the Harbour Conference Centre loading dock at 14:00 today. It's now 16:10 and nothing has arrived.
The dock closes at 19:00 and the opening plenary is at 08:30 tomorrow with interpretation in three languages.

Can you tell me where the van is? I'm at the dock, mobile +47 4xx xx 812.

Ingrid Solberg
Event manager
"""),
T("interpequip", "high", "angry", False, "3rd request: equipment list for fire marshal",
"""This is my third email (2 May, 9 May, today) asking for the power and equipment list that the venue's
fire marshal requires before load-in. The venue has now told me in writing that without it we will
not be allowed to load in on the 20th, which means no interpretation for a 400-delegate summit.

I cannot understand why a one-page document is taking three weeks. Send it, or tell me who can.

Carlos Mendes
Summit Secretariat
"""),
T("interpequip", "normal", "anxious", False, "Worried about interpretation delay for our CEO's keynote",
"""Hi,

Our CEO is giving a keynote at our Tokyo partner summit next month, with Japanese interpretation.
At last year's event (different supplier) there was a noticeable delay and people laughed at the jokes
half a minute late, which was a bit mortifying. Is there anything about your setup that reduces that?
I'm nervous about it going wrong in front of our biggest partners.

Thanks,
Rebecca Stone, Communications
"""),
T("interpequip", "normal", "positive", False, "Thank you - and booking again for 2026",
"""Hello Mateo,

Just a quick thank-you for last week. Your technicians were calm and fast when the room layout
changed at the last minute, and several delegates mentioned how clear the audio was.

We'd like to pencil in the same setup for the 2026 edition (first week of March). What do you need
from us to hold the dates?

Warm regards,
Elif Yilmaz
"""),
T("interpequip", "low", "neutral", False, "IR vs RF - general question",
"""Hi, for a future project (not scheduled yet) I'm trying to understand the trade-offs between
infrared and radio systems for interpretation. Do you have a short guide? No rush at all.
"""),
]
