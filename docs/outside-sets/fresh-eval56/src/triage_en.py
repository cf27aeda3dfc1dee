# English incoming mails, written on their own (not translations of the ja mails).
# (domain, subject, body, urgency, emotion, terse)
MAILS = [
# ---------------- heattreat ----------------
("heattreat", "Pyrometry records needed for tomorrow's Nadcap audit", """Hi Marta,

Our Nadcap auditor arrives at 8:00 tomorrow and has picked three of the lots you processed for us in September (travellers 55-1902, 55-1907 and 55-1931) for a trace-back.

For each lot we need the furnace chart, the most recent TUS and SAT reports for that furnace, and the thermocouple calibration certs. Without them the lots get written up as a finding, which would put our approval for the landing-gear work at risk.

Could you send them over before you close tonight? One PDF per lot is fine.

Thanks,
Raj Menon
Quality Engineer, Castell Aero Components
""", "high", "neutral", False),
("heattreat", "Invoices STILL going to our old address", """Can you please update our billing address ASAP. Your invoices keep going to our old unit on Harbour Road and our accounts team has to go and collect them. We moved in June and I told your office then.

It's not the end of the world but it's sloppy. New address is in the signature.

Gary Dunne
Purchasing, Westfield Spring Co.
Unit 7, Fenwick Industrial Estate, Leeds LS10 1QT
""", "normal", "angry", False),
("heattreat", "Quote request - gas nitriding, 4140 bars", """Hello,

We're looking for a new supplier for gas nitriding. Could you quote for:
- Material: 4140 pre-hard, 28-32 HRC
- Part: shafts, 25 mm dia x 600 mm long, approx 2.3 kg each
- Qty: 150 per month
- Case depth 0.3-0.5 mm, surface min 50 HRC

Drawing attached. Straightness after treatment is critical, so please tell us how you'd fixture them.

Regards,
Helen Cho
Applied Motion Ltd
""", "normal", "neutral", False),
("heattreat", "worried about distortion on our first batch", """Hi,

We're sending you our first batch of thin plates (1.5mm, 1095 steel) for hardening next week and honestly I'm nervous about it. The last shop we used sent them back looking like potato chips and we lost a whole month of production.

Is there anything we should do on our end (stress relieve first? different stacking?) to give them the best chance of staying flat? Happy to jump on a call.

Tom
""", "normal", "anxious", False),
("heattreat", "thanks for the plant tour", """Marta, Tony,

Just a quick note to say thanks for showing our apprentices round on Thursday. They haven't stopped talking about the vacuum furnace. No need to reply - see you at the trade show in March.

Cheers,
Liz
""", "low", "positive", False),
# ---------------- crypto ----------------
("crypto", "I think someone has taken over my phone number", """My phone lost signal about an hour ago and now says "SIM not provisioned". At the same time I got two emails from you saying a password reset was requested, which I didn't do.

I have about 3.4 BTC in my Coinvale account. I'm terrified someone is going to get in through SMS codes. Can you freeze withdrawals on my account until I sort this out with my carrier?

Account email: d.reyes.mail@example.com
Dan Reyes
""", "high", "anxious", False),
("crypto", "Frozen business account - payroll due Friday", """Our company account (Northgate Labs Ltd) has been frozen since Monday "pending review" with no explanation. We hold our operating stablecoin balance with you and pay contractors from it.

Payroll for 14 people is due Friday. I have sent every document your compliance team asked for, twice. Each time a different agent asks for the same things again.

If the account isn't unfrozen by Thursday noon we'll be moving our funds elsewhere and filing a complaint with the regulator. I'd like one named person to own this.

Anya Petrova
CFO, Northgate Labs
""", "high", "angry", False),
("crypto", "deposit", """where is it
""", "normal", "neutral", True),
("crypto", "Question about staking rewards", """Hi, I've been staking ETH with you since August. The rewards shown in the app dropped from about 3.8% to 3.1% APR this month. Is that a change on your side or just the network rate? Thanks.
""", "normal", "neutral", False),
("crypto", "Feature suggestion: CSV export", """Not urgent at all, but it would be great if the transaction export included the fee column in the same currency as the trade. Right now I convert it by hand at tax time, which is fine, just tedious. Thanks for considering it.
""", "low", "neutral", False),
# ---------------- antiques ----------------
("antiques", "Refund for the table you sold twice", """Three weeks ago I paid £2,400 in full for the oak refectory table (your ref. T-118). Last Saturday your assistant told me on the phone that it had "already gone" to another buyer and that a refund would be "sorted out".

Nothing has arrived. I've emailed twice since. I'm not interested in a credit note or an alternative piece.

If the full amount isn't back in my account by Friday, I'll be filing a claim through the small claims court. I have the receipt and the bank statement.

M. Kowalczyk
""", "high", "angry", False),
("antiques", "Do you buy old fountain pens?", """Hello, I've inherited about 30 fountain pens from my grandfather, mostly Parker and Waterman from the 1940s-60s. Is this the kind of thing you buy or value? Happy to send photos first. I'm in Bristol.
""", "normal", "neutral", False),
("antiques", "Is my clock safe to move?", """Hi,

You valued my grandmother's longcase clock last month. We now have to move house in January, and I've read horror stories about these clocks being ruined in transit.

Do I need to take the pendulum and weights out myself, or should I get someone in? I really don't want to be the one who breaks it after 200 years in the family.

Thanks,
Claire
""", "normal", "anxious", False),
("antiques", "(no subject)", """how much for the mirror
""", "normal", "neutral", True),
("antiques", "The writing box!", """Just wanted to say my husband opened his birthday present (the walnut writing box you restored) and was genuinely speechless. The secret drawer was the best bit.

Do you ever come across matching inkwells? He'd love a pair if one turns up. No rush at all.
""", "low", "positive", False),
# ---------------- fabric ----------------
("fabric", "Order #FB-21388 - opening night is Saturday", """Hi Jo,

I'm the wardrobe supervisor for the Linden Street Players. The 12 m of red velvet we ordered last week still hasn't arrived; tracking has said "in transit" since Tuesday.

Our show opens on Saturday and the cloaks for the whole chorus are cut from this velvet. My team needs at least two evenings to sew them, so if it isn't here by Thursday I honestly don't know what we'll do. Is there any chance of sending a second lot by courier? We'll pay the difference.

Thanks so much,
Nadia Brooks
""", "high", "anxious", False),
("fabric", "Misleading \"100% linen\" listing", """The "100% linen" I bought from you (order FB-20877) is clearly a blend - it doesn't crease like linen and the burn test smells like plastic. I've been sewing for 30 years, I know what linen is.

I'd like a refund, and I think you should correct the listing before someone else gets caught out.

Margaret
""", "normal", "angry", False),
("fabric", "wholesale pricing?", """Hi there, I run a small quilting studio and we go through roughly 40-60 m of quilting cotton a month. Do you offer trade pricing, and is there a minimum order? Thanks, Beth (Stitch & Stone Studio)
""", "normal", "neutral", False),
("fabric", "swatches", """did you send them
""", "normal", "neutral", True),
("fabric", "Next year's spring prints", """Hi! Do you know yet whether you'll stock the Liberty spring prints again next year? Nothing urgent - I'm just planning a few projects for March.
""", "low", "neutral", False),
# ---------------- escooter ----------------
("escooter", "Scooter blocking the ramp at St Mary's entrance", """Hello,

One of your scooters (number 3318) has been left lying across the wheelchair ramp at the main entrance of St Mary's Hospital on Clarence Road. Patients in wheelchairs are having to be lifted past it, and it's raining, so the ramp is slippery.

Hospital security can't move it because it's locked and the alarm goes off. Could someone collect it?

Paul Evans
Facilities, St Mary's Hospital
""", "high", "neutral", False),
("escooter", "€187 charge for a 12 minute ride", """Your app says my ride on Saturday lasted 14 hours. It lasted 12 minutes. I ended it in the zone on Kanalstraße and I have the photo.

You've taken €187 from my debit card, which has left my account nearly empty two days before I fly out for work. I've used the in-app chat three times and keep getting a bot.

Refund it today, please. I'll also be disputing it with my bank.

Jonas
""", "high", "angry", False),
("escooter", "Student discount", """Hi, do you have a student discount? I ride to uni about 4 times a week. If so, how do I verify that I'm a student? Thanks
""", "normal", "neutral", False),
("escooter", "Did my ride end properly?", """I parked and locked the scooter outside the library tonight but the app froze before I saw the "ride ended" screen. Now I can't tell if it's still running. I'm a student and can't afford a huge charge. Can someone check? Username: mei_l
""", "normal", "anxious", False),
("escooter", "Suggestion: more parking near the station", """Whenever you're next reviewing parking zones: the bays by the north exit of Central Station are almost always full in the mornings. A few more spots there would help. Not a complaint, just a suggestion.
""", "low", "neutral", False),
# ---------------- proxybuy ----------------
("proxybuy", "Wrong address on parcel BB-55871 - I move out tomorrow", """Hi,

I just realised the parcel you shipped this morning (BB-55871) is going to my old address in Vancouver. I hand the keys back tomorrow at noon and the new tenants don't know me.

It has a camera body and two lenses in it, about $3,000 worth, bought with my savings. Is there any way to redirect it before it leaves Japan? My new address is below.

Sorry, and thank you,
Kevin Liu
2201-88 Pacific Blvd, Vancouver BC
""", "high", "anxious", False),
("proxybuy", "Why was I charged a \"consolidation fee\"?", """My invoice for shipment BB-55602 includes a ¥1,500 "consolidation fee" that nobody mentioned when I asked you to combine the parcels. Your FAQ says consolidation is free. Either the FAQ is wrong or the invoice is. Please fix it before I pay.
""", "normal", "angry", False),
("proxybuy", "Can you buy from Mercari?", """Hello! Can you buy items on Mercari for me? There's a used jacket I want: https://jp.mercari.example/item/m4421
Also, roughly what would shipping to Germany cost for about 1 kg?
""", "normal", "neutral", False),
("proxybuy", "hi", """can u help me buy something
""", "normal", "neutral", True),
("proxybuy", "Any plans to ship to Brazil?", """I know you don't ship to Brazil at the moment. Just wondering if it's on the roadmap at all. I don't need anything right now, so no hurry.
""", "low", "neutral", False),
# ---------------- esports ----------------
("esports", "Player's home address posted in the tournament Discord", """Hi admins,

About 20 minutes ago someone posted a screenshot in #general of our player "Wisp"'s home address and her parents' names, with a message telling people to "pay her a visit" after our match against Vortex.

We've reported the message through Discord, but it's still up and people are reacting to it. Wisp is 17. Could you remove it and ban the account? We'd also like to know whether the tournament has a process for involving the police, because her parents are considering it.

Link: https://discord.example/channels/1182/4471/9930

Ryan
Team Lumen manager
""", "high", "neutral", False),
("esports", "our team isn't in the bracket??", """hi, we registered for today's qualifier weeks ago (team name "Paper Tigers", got the confirmation email, screenshot attached) but we're not in the bracket and check-in closes at 3pm. its 1:10 now.
we've been practising for this for two months and a couple of our guys took the day off work. please tell me this can be fixed
""", "high", "anxious", False),
("esports", "Your casters were mocking our team", """During the quarter-final stream yesterday your casters spent a whole minute laughing at our support player's rank and calling him "hardstuck gold". We're a community team and some of our players are 15.

That's not commentary, it's mocking. I expect an apology on stream or in the Discord, and some guidance for your casters.
""", "normal", "angry", False),
("esports", "Best organised event we've played", """Just wanted to say the LAN last weekend was the best organised event our team has been to - matches on time, good PCs, admins who actually answered questions.

Will registration for the spring season open through the same form? We want to be first in.
""", "normal", "positive", False),
("esports", "Rulebook typo", """Small thing: section 4.2 of the rulebook says "best of 3" in the header but "best of 5" in the text for semifinals. Last season's semis were Bo5, so I assume the header is the typo. Not urgent, just flagging it.
""", "low", "neutral", False),
# ---------------- homeoxygen ----------------
("homeoxygen", "Storm tonight - only one backup cylinder left", """Hello,

The forecast says tonight's storm could knock our power out for a day or more, like it did last winter. My husband is on oxygen 24 hours a day at 3 litres.

We only have one full backup cylinder because the delivery on Monday left empties by mistake. I don't know how long that will last him if the power goes. Could someone bring more cylinders before this evening?

Joan Ferris
22 Moor Lane, Hexham
""", "high", "anxious", False),
("homeoxygen", "This is the fourth time I've reported the alarm", """For the fourth time: the concentrator you supplied for my father keeps alarming "low flow" several times a night. I reported it on the 2nd, the 9th and the 14th. Each time I was told an engineer would call. Nobody has.

His oxygen level dropped to 86% last night before we switched him to the cylinder. I'm not prepared to wait for another promise. I want a replacement machine delivered, and I want to know who is responsible for the missed callbacks.

Stephen Okoye
""", "high", "angry", False),
("homeoxygen", "Travelling by train with portable oxygen", """Hi, my mum is going to visit her sister by train in February. Does she need anything from you (a letter, a different cylinder) to take her portable oxygen on the train? Thanks, Fiona
""", "normal", "neutral", False),
("homeoxygen", "tubing", """need more
""", "normal", "neutral", True),
("homeoxygen", "Thank you to Grace and the drivers", """Just a note of thanks. Dad passed away peacefully last week. The care and patience your drivers showed over the last two years meant a great deal to him and to us. Please pass that on.

We'll arrange for the equipment to be collected when we're ready; there's no hurry on our side.

The Wilsons
""", "low", "positive", False),
# ---------------- intlschool ----------------
("intlschool", "Court order regarding pick-up - please read before 3pm today", """Dear Ms Grant,

I'm writing about my son Oliver Hale in Grade 3. Yesterday the family court granted me an interim order: his father is not allowed to collect him from school until the next hearing. The order is attached.

His father has told me by text that he intends to pick Oliver up this afternoon. I'm frightened of what will happen if he does. Could you make sure the front office and Oliver's teacher have this before dismissal at 3:15?

I'll be there myself at 3.

Rebecca Hale
""", "high", "anxious", False),
("intlschool", "Re: Re: Field trip payment", """For the third time: I paid the field trip fee on 1 October. I've attached the bank receipt again. I keep getting automated reminders saying it's overdue, and now my son was told in front of his class that he "hasn't paid".

Please sort out your records and make sure no child is embarrassed like that again.

> Reminder: the Grade 6 field trip fee (¥12,000) is overdue.
> Please pay by the end of the month.

Carla Mendes
""", "high", "angry", False),
("intlschool", "Application for Grade 9, August intake", """Hello, we're relocating from Melbourne next summer and would like to apply for Grade 9 for our daughter. Could you tell us the application deadline for the August intake and whether you need her school reports translated? Thanks, Priya and Sam Nair
""", "normal", "neutral", False),
("intlschool", "Worried about Leo at lunchtimes", """Hi Mr Tanaka,

Leo has mentioned a few times this week that he eats lunch alone because the other boys tell him he can't sit with them. He's always been a bit shy and he's only been with you since September. I don't want to make a fuss, but I'm worried it's getting to him - he's started asking to stay home.

Could we talk sometime this week?

Anna
""", "normal", "anxious", False),
("intlschool", "Uniform sizes for next year", """When is the uniform shop's fitting day for next school year? No rush - I just want to put it in the calendar once it's decided.
""", "low", "neutral", False),
# ---------------- audiobook ----------------
("audiobook", "I can see another person's account details", """After today's update, when I open Settings > Account in the app, it shows someone else's name, email address (r.okafor@...) and the last four digits of their card. The library is theirs too, not mine.

I haven't tapped anything beyond looking. I'm reporting it because presumably someone else is seeing my details as well.

iPhone 13, app version 6.4.0
Luis Ortega
""", "high", "neutral", False),
("audiobook", "Credits vanished", """I had 4 credits at the end of last month. Today I have 1. I haven't bought anything. Nobody told me credits expire, and I've been a member for five years. This is a shabby way to treat loyal customers.
""", "normal", "angry", False),
("audiobook", "help", """app not working
""", "normal", "neutral", True),
("audiobook", "Loved the new narrator", """The new recording of The Moonstone is wonderful - the narrator gives every character a different voice and I couldn't stop listening. Is she recording anything else with you? I'd pre-order it.
""", "normal", "positive", False),
("audiobook", "Sleep timer idea", """It would be nice if the sleep timer could stop at the end of a chapter instead of after a fixed number of minutes. Just a thought for a future update - no need to reply.
""", "low", "neutral", False),
# ---------------- tollroad ----------------
("tollroad", "Violation notices for tolls I've paid - 3rd request", """I've now received five violation notices totalling $412 for trips in September, even though my transponder was active and my account was in credit the whole time (statement attached).

I called on 3 October and 17 October and was told both times the notices would be "cancelled in the system". Yesterday I got a letter saying the amount goes to a collections agency on 30 November.

I want written confirmation that these are cancelled before that date.

Derek Fong
Account 7710-2284
""", "high", "angry", False),
("tollroad", "New car - will my tag still work?", """Hi, I've just bought a new car and moved my tag across. I haven't updated the plate on my account yet because I'm waiting for the registration papers. Will I get fined if I drive through the toll before that? I commute every day on the 407 section and I'm a bit nervous about it.
""", "normal", "anxious", False),
("tollroad", "Receipt for business trip", """Could you tell me how to download a receipt for a single trip? My employer needs one per journey, not the monthly statement. Trip was on 14 Nov, Exit 4 to Exit 19.
""", "normal", "neutral", False),
("tollroad", "Changing payment card", """My credit card expires at the end of this month and the new one arrived today. Do I just update it on the website, or do I need to call? I don't want the account to fall into arrears.
""", "normal", "neutral", False),
("tollroad", "Thanks for the quick fix", """The reader at Exit 12 that kept double-charging seems to be fixed - my last three trips were billed once each. Thanks for following up on it. No need to reply.
""", "low", "positive", False),
# ---------------- interior ----------------
("interior", "Bookshelf pulling away from the wall in the children's room", """Hi Ines,

The floating bookshelf your fitter put up in the kids' room on Monday has started pulling away from the wall: there's a 1 cm gap at the top and plaster dust on the floor under it. It was loaded with books and sits right above our daughter's bed.

We've moved her into our room for tonight and taken the books off, but we don't want to touch the shelf itself. Can your fitter come and look at it tomorrow?

Mark Ellis
""", "high", "neutral", False),
("interior", "Staging furniture for Saturday's open house", """Hi Ines,

The furniture for staging the living room was supposed to arrive today between 9 and 12. It's now 4pm, nobody has come, and the delivery company's line just rings out.

Our open house is at 10am on Saturday and the agent has already sent photos of the staged room to buyers. An empty room is the last thing we need - we've already had one sale fall through this year. Is there any way to get it here tomorrow?

Lena
""", "high", "anxious", False),
("interior", "Final invoice", """Your final invoice includes £680 for "additional design hours". At no point did anyone tell me the hours had gone over the estimate or ask whether I was happy to pay more. I'd have said no.

I'll pay the amount in the original estimate. If you think I owe more, show me a breakdown and where I agreed to it.

Richard
""", "normal", "angry", False),
("interior", "Rug options for the dining room", """Hi Ines, following our chat on Tuesday, could you send a couple of rug options for under the dining table? Roughly 200 x 300, wool, something that hides crumbs (two kids!). Budget up to about £900. Thanks, Sophie
""", "normal", "neutral", False),
("interior", "Maybe next year: home office", """We're thinking of turning the box room into a home office at some point next year. Nothing planned yet - could you send your current price list whenever convenient so we can budget?
""", "low", "neutral", False),
]
