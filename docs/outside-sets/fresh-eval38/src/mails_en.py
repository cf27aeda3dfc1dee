# Incoming customer mails (en), written on their own (not translations of the ja set).
# (urgency H/N/L, emotion A=angry X=anxious N=neutral P=positive, terse, subject, body)
EN = {
"watertest": [
("H", "X", False, "Arsenic result - what do we do tonight?",
"""Hi,

We just got our results back and the arsenic line says 0.031 mg/L, with a red flag next to it. If I'm reading it right that's three times the limit.
We've been using the well water to make up formula for our 6-month-old since we moved in in March. Our pediatrician can't see us until next Thursday.
Should we stop using the water completely, even for bathing? Is boiling enough? I honestly don't know what's safe right now and I'd be so grateful for any guidance before this evening's bottles.

Thanks,
Megan Toole
"""),
("H", "A", False, "Third request - water analysis for license renewal",
"""To whoever is reading these,

This is the third time I'm writing about sample #CW-88213, which you received on the 4th.
Our brewery's license renewal needs a current water analysis, and the state office closes the renewal window this Friday at 5 p.m. Without it we legally can't sell beer from Monday.
Both previous emails got an auto-reply and nothing else. The phone line goes to voicemail.
I'd like the report, or at least a firm time it will be ready, by noon tomorrow. If that isn't possible, tell me now so I can pay someone else to rush it.

Dan Kowalczyk
Head Brewer, Ironwood Brewing Co.
"""),
("N", "N", False, "Which test when buying a house with a well?",
"""Hello,
We're looking at a farmhouse that's on a private well (no offer made yet). Our lender hasn't said anything about water testing but we'd like to know what we'd be drinking.
Is your Homebuyer Panel the right one, or is it overkill? The house is next to a field that's been farmed for decades, if that matters.
Cheers, Rob & Tanvi
"""),
("N", "N", True, "kit",
"""Hi did you send it"""),
("L", "P", False, "Thank you!",
"""Just wanted to say thanks to Priya for walking me through the report on the phone yesterday. Very clear and not at all patronising, which I appreciated.
No need to reply. We'll probably test again next spring.
- Gwen
"""),
],
"donation": [
("H", "A", False, "You took $1,000 instead of $10",
"""I signed up on your website on Sunday for a $10 monthly gift. This morning my bank shows a $1,000.00 payment to Riverbank Food Share.
I'm a student. That was most of my rent, which leaves my account on Friday.
I have the confirmation email that clearly says $10.00/month. I want the $990 back before Friday, and I'd like someone to tell me how this happened.

Jordan Ellis
"""),
("H", "X", False, "Did I just give my card details to a scammer?",
"""Hi,

Last night I got an email that looked like it came from you, saying my monthly gift had failed and asking me to "re-verify" my card. I clicked the link and typed in my card number, expiry and the 3 digits on the back before I realised the web address was odd.
Was that you? If not, what should I do? I've frozen the card in my banking app but I'm really shaken and not sure if that's enough, or whether the scammers know my address too.

Fiona (supporter since 2019)
"""),
("N", "N", False, "Changing my monthly amount",
"""Hello,
I'd like to increase my monthly donation from £15 to £25 starting next month. Can I do this online or do I need to fill in a new form?
Kind regards,
Peter Ashworth
Supporter no. 40127
"""),
("N", "P", False, "A gift in memory of my mum",
"""Dear team,

My mum volunteered at your Harbour Street hub every Thursday for eleven years, and she loved it. She passed away in June.
Several friends have asked where they could give in her memory, and I'd love it to be you. Is there a way to set up a tribute page, so the gifts are grouped under her name?

With thanks for everything you do,
Claire Whitfield
"""),
("L", "N", False, "Paper newsletter",
"""Hi, could you switch me to the email newsletter instead of the printed one? No hurry at all, just whenever you next update the mailing list.
Thanks, Alan Grieve
"""),
],
"antenna": [
("H", "N", False, "Dish hanging off the wall after last night's wind",
"""Hello,

Your team fitted our satellite dish last spring. Since the gales last night, the top bracket has pulled out of the wall and the dish is hanging by the lower bracket and the cable, right above our neighbour's glass conservatory roof.
The forecast is for more wind this afternoon, gusting 50 mph from about 3 p.m.
Can someone come out this morning to take it down or secure it? I've warned next door to stay out of the conservatory.

Regards,
Howard Pike
14 Seaview Terrace
"""),
("H", "A", False, "RE: RE: RE: no signal since installation",
"""This is my fourth message.
You installed the new aerial last Tuesday and there has been no signal in any of the guest rooms since. I've phoned three times and each time I'm told someone will call back. No one has.
I run a B&B. Guests are complaining and one has already mentioned it in a review.
If an engineer is not here by Thursday, I will dispute the £320 card payment with my bank and get another company in.

Linda Marsh
Rosebank B&B

> On 2 May, Aerial Pro Services wrote:
> Thanks for getting in touch. An engineer will contact you to arrange a visit.
"""),
("N", "X", False, "Cracked roof tile after the install?",
"""Hi there,
After your engineer was on the roof on Monday I noticed what looks like a cracked tile near the chimney, just where the ladder was.
Nothing's leaking yet, but we've got heavy rain forecast for next week and the tile is right above my daughter's bedroom. I'm a bit worried water will get in
and we won't notice until the ceiling stains.
Could someone have a look when they're next in the area?
Thanks, Nadia
"""),
("N", "N", True, "no signal",
"""still nothing"""),
("L", "N", False, "Freesat next year",
"""Hello, we're thinking of adding Freesat in the new year, possibly as part of a bigger loft conversion. Nothing needs doing now. Could you tell me roughly what's involved and whether the current dish can be reused? Many thanks, Jo Barnes"""),
],
"entertainer": [
("H", "X", False, "School needs the performer's DBS certificate",
"""Hi Sarah,

The school has just told me they can't let anyone work with the children tomorrow without seeing an up-to-date DBS certificate, and they need a copy by 5 p.m. today to put on the visitor list.
The science show is booked for 10 a.m. tomorrow for the whole of Year 3, and the children have been talking about it all week.
Could you email a copy of the performer's certificate this afternoon? I'm worried we'll have to cancel at the door if it doesn't arrive.

Thanks so much,
Emma Greenwood
PTA, St Mary's Primary
"""),
("N", "A", False, "Complaint about Saturday's party",
"""Hello,

I booked "Mr Giggles" for my son's 7th birthday on Saturday. Several of his jokes were clearly aimed at the adults and were not appropriate for a room full of seven-year-olds. Two parents took their children out early.
I'm embarrassed, frankly, and I'd like to know what you intend to do about it. I paid £210 for a children's entertainer, not this.

Kate Holloway
"""),
("N", "N", False, "Quote for company family day",
"""Hi,
We're organising a family day for about 150 staff and their kids on Saturday 14 September at our sports ground in Reading. We'd like two or three roaming acts (stilt walker, balloon modeller, maybe a magician) from 11 to 3.
Could you send a quote and let me know what you need from us on the day (power, shelter, etc.)?
Best,
Omar Siddiqui
People Team, Halcyon Logistics
"""),
("N", "P", False, "Can we have Zara again?",
"""Zara was brilliant at Lily's party, the kids haven't stopped doing the "disappearing coin" all week! Is she free for our nursery Christmas party on Friday 13 December, 2-3 p.m.? Same address as before. Thank you!! Becky"""),
("L", "N", False, "Adult events?",
"""Just curious - do any of your acts do adult-only events, like a 40th birthday? Nothing planned yet, looking at late next year. Thanks, Mark"""),
],
"butsudan": [
("H", "X", False, "Altar stuck in customs - memorial is Sunday",
"""Dear Mr Sasaki,

The family altar we ordered (order JK-2291) has been sitting at Honolulu customs since Tuesday. The tracking page says "held - documentation required" but the courier won't tell me which document.
My grandmother's first-year memorial service is this Sunday at our home, and the priest and about 30 relatives are coming. The altar is meant to be at the center of it.
Do you know what customs needs? Is there anything you can send them today? I'm at a loss.

Aiko Nakamura-Reyes
"""),
("N", "A", False, "Cracked door on the altar we received",
"""Hello,
We received the altar yesterday. The left door has a crack running the full length of the panel, and it was packed so loosely that it rattled when we lifted the box.
For $2,400 I expected far better care. I have photos. I want to know whether you'll replace the door or the whole altar, and who is paying to ship it back.
Ken Matsuda
"""),
("N", "N", False, "Which size fits a 60 cm alcove?",
"""Hi, we have an alcove in our living room that is 60 cm wide, 35 cm deep and about 90 cm tall. Which of your modern altars would fit with a bit of room to spare? We'd need space for two memorial tablets. Thanks, Lucy Tan"""),
("N", "N", True, "",
"""do you have the incense"""),
("L", "N", False, "Cleaning my parents' old altar - someday",
"""Hello,
My parents' altar is about 50 years old and the gold leaf is quite worn. We're not planning to do anything until after we move next year, but I'd like a rough idea of what restoration costs and how long it would take, to plan ahead.
Thank you,
Grace Okamoto
"""),
],
"flightschool": [
("H", "A", False, "Refund of my prepaid hours - final request",
"""Dear Mr Donnelly,

On 3 March I paid £2,000 for a 10-hour block. Since then the club has cancelled six of my seven booked lessons, all on your side (aircraft unavailable, instructor off sick).
I asked for a refund of the unused 9 hours on 2 April, 16 April and 29 April. None of these emails has been answered.
I'm moving to Canada on the 30th of this month. If the £1,800 is not back in my account before then, I will file a claim in the small claims court without further notice.

Yours sincerely,
Rachel Osei
"""),
("N", "X", False, "Am I too old for this?",
"""Hi Mike,
I've now failed the radio telephony exam twice and I'm starting to wonder if I'm just too old at 58 to pick this up. Everyone else in the group seems to get it straight away.
I don't want to waste more of the club's time or my savings if this isn't going to happen. Be honest - do people my age get through?
Graham
"""),
("N", "N", False, "Hours logged abroad",
"""Hello,
I did about 22 hours of training in Florida last year (logbook attached, signed by the CFI). Can any of that count towards the PPL with you, and if so, how much?
Regards, Wei Zhang
"""),
("N", "P", False, "Best present ever",
"""Hi,

My daughters gave me a trial lesson voucher for my 60th, and I flew with Captain Reyes last Saturday. I've been grinning ever since!
I'd like to buy the same voucher for my wife's birthday in October. Is it the same price, and can she go up on a weekday?

Cheers,
Tony Barker
"""),
("L", "N", False, "Evening ground school?",
"""Do you run the ground school in the evenings at all? I work days. Not thinking of starting until next year, so just gathering info. Thanks - Sam"""),
],
"inkrefill": [
("H", "N", False, "Wrong cartridges - court bundles due tomorrow 4 p.m.",
"""Hello,

We ordered 4 x black XL for our HP OfficeJet Pro 9020 (order IL-77120), but the box contains cartridges for the 8020 series, which the printer rejects.
We are a small law firm and have to file printed court bundles by 4 p.m. tomorrow. We have about 900 pages left to print and no black ink at all.
Can you courier the correct cartridges to arrive by 10 a.m. tomorrow? If you can't, please say so by 2 p.m. today so we can buy originals locally.

Sandra Reid
Office Manager, Reid & Khan Solicitors
"""),
("H", "X", False, "Fraud on my card the day after ordering from you",
"""Hi,
I placed an order with you on Monday (IL-77341) and paid by card on your site. On Tuesday there were three payments I didn't make, in another country, on that card, which I only use for online shopping and hadn't used anywhere else this month.
Has your website been hacked? Have other customers reported this? I've cancelled the card but I'm worried about what else was taken - my address, my phone number?
Please tell me what you know.
Hannah Cole
"""),
("N", "A", False, "Third set of streaky cartridges",
"""This is the third set of your "premium" cyan cartridges in a row that leaves streaks on every page, even after four head cleans.
I'm done wasting paper and time on this. I want either a working set or my money back for all three orders, and I'd like an explanation that isn't "run a head clean".
Ryan
"""),
("N", "N", True, "Re: your order",
"""doesnt work"""),
("L", "N", False, "Brother LC3219 refills?",
"""Hi there, do you do refills for Brother LC3219XL? Not urgent, I'm still using up the originals I bought in bulk, but I'll need something next year. Thanks, Fiona M."""),
],
"newspaper": [
("H", "A", False, "Your carrier left our gate open AGAIN",
"""Hi,

For the second morning this week the paper boy left our side gate wide open. Yesterday our dog got out onto Mill Road, a 40 mph road, and was very nearly hit by a van. A neighbour caught him.
There's a sign on the gate. It isn't hard.
I want this sorted before tomorrow morning's round. If the gate is open again, cancel the subscription, and I'll be reporting it.

Martin Crowe
22 Mill Road
"""),
("N", "X", False, "Have I signed up twice?",
"""Dear Sir or Madam,

I am 82 and I tried to use your new online account page last week to update my card. I'm not very good with these things and I now have two emails saying "Welcome to your subscription".
I'm worried I have set up two subscriptions and will be charged twice. My pension doesn't stretch far.
Could someone check for me, please? My telephone number is 01632 960 188 if it's easier to ring.

Yours faithfully,
Dorothy Pennington
"""),
("N", "N", False, "Weekend only",
"""Hi, could you change our delivery to Saturday and Sunday only from next week? Let me know the new monthly price. Thanks, the Ahmeds (flat 3, 9 Chapel St)"""),
("N", "P", False, "Tip for Jamie",
"""Hello! Jamie has delivered our paper come rain or shine all year, even during the snow in January when the buses stopped. Is there a way to add a £20 tip to our bill for him, or would it be better to leave an envelope? Warm regards, Pat & Derek"""),
("L", "N", False, "Magazines",
"""Hi, do you deliver magazines as well as papers? Thinking of adding a couple of monthlies sometime, no rush. Cheers, Liam"""),
],
"motorcycle": [
("H", "X", False, "Fuel smell since the service",
"""Hi Gary,

I picked up the Bonneville yesterday after the carb balance. Since then there's a strong petrol smell, and this morning there was a small puddle under the left carb after it stood overnight.
I'm supposed to ride 400 miles to my brother's wedding on Saturday, leaving Friday at 7 a.m.
I don't want to ride it like this. Is it safe to bring it in today, or should I not start it at all? Could you squeeze it in before Friday?

Thanks,
Chris Lambert
"""),
("N", "A", False, "Invoice £610 - quote was £350",
"""Gary,

You quoted £350 for the fork seals. The invoice is £610. Nobody rang me about extra work, and I said at drop-off to call before doing anything beyond the quote.
I've paid to get the bike back, but I'm not happy. I'd like a breakdown of the extra £260 and an explanation of why I wasn't asked.

Steve Morley
"""),
("N", "N", False, "Royal Enfield servicing",
"""Hi, do you service Royal Enfields? I've got a 2021 Interceptor 650 that's due its 6,000-mile service. What would it roughly cost and how long do you need it? Thanks, Priyesh"""),
("N", "N", True, "bike",
"""its making that noise again"""),
("L", "N", False, "A2 licence next spring",
"""Hello, I'm thinking about doing my A2 licence next spring and maybe buying my first bike from you afterwards. Do you know any good training schools nearby? No rush at all. Cheers, Ellie"""),
],
"mailfwd": [
("H", "N", False, "Please open and scan the HMRC letter today",
"""Hi Nora,

The latest scan shows an envelope from HMRC with "Penalty notice - action required" printed on it. It arrived on the 21st.
I'm abroad until next month, and if it's a late-filing penalty there's usually a 30-day appeal window, which may already be running.
Could you open and scan the full letter today? I've ticked "open and scan" for HMRC mail in my settings, but it doesn't seem to have been applied.

Thanks,
Lucas Ferreira
Mailbox 2187
"""),
("H", "A", False, "You sent my bank statements to a stranger",
"""Dear PostBox Camden,

A man I've never met phoned me an hour ago. He said he'd received a forwarded parcel from you containing my bank statements and two letters from my solicitor, with my name on every page.
That means my mail went into someone else's shipment. I'm furious. This is exactly what I pay you to prevent.
I want to know today how this happened, whether any of his mail came to me, and what you are doing to get my documents back. I will be reporting this to the ICO.

Helena Brandt
Mailbox 1044
"""),
("N", "X", False, "Parcel missing for three weeks",
"""Hi,
The parcel you forwarded on the 2nd (tracking CX 2213 4490 GB) still hasn't arrived, and tracking hasn't moved since it left London.
It contains my late mother's photo albums, which my cousin posted from Germany. They can't be replaced.
I'm really worried it's lost for good. Can you open a claim with the courier or tell me who to speak to?
Thank you,
Maria Santos
"""),
("N", "N", False, "Second company name on my mailbox",
"""Hello, I've just registered a second limited company. Can I receive its mail at my existing mailbox, and is there an extra charge? Company name: Brightwater Analytics Ltd. Thanks, Tom Hale (mailbox 3310)"""),
("L", "N", False, "Meeting room prices",
"""Hi, we might need a meeting room now and then next year for client meetings. Could you send your hourly rates when you get a chance? Nothing booked yet. Regards, Aisha"""),
],
"exterior": [
("H", "N", False, "Open trench by our front path",
"""Hello Owen,

Your team left the trench for the new drainage along our front path open when they finished today, about a metre deep, with no cover or barrier.
My mother, who uses a walking frame, is coming to stay tomorrow at 11 a.m. and the path is the only way to the front door.
Could someone cover or fence it off before then? I've put the wheelie bins across it for tonight.

Regards,
Julian Frost
"""),
("N", "A", False, "Patio slabs rocking",
"""Owen,

The patio was finished ten days ago and at least six slabs already rock when you step on them. There's also sand all through the flower beds that nobody cleared up.
For £6,850 I expected a level patio and a tidy site. I'd like someone to come and fix it properly, and I'd like to know when.

Margaret Hollis
"""),
("N", "X", False, "Do we need permission for the dropped kerb?",
"""Hi,
Our neighbour mentioned that the dropped kerb for our new driveway needs council approval, and that people get fined for doing it without. We haven't had any letter, but now I'm worried.
Did you apply for it as part of the job, or was that something we were supposed to do? I don't want to end up with a fine or having to rip it out.
Thanks, Priya
"""),
("N", "N", False, "Quote for composite decking",
"""Hello, could you quote for composite decking, roughly 4 m x 5 m, off the back door with two steps down to the lawn? We'd like grey. We're free for a site visit most weekday afternoons. Many thanks, Neil & Sarah Dunn"""),
("L", "N", False, "Painting the fence next summer",
"""Hi, could you add fence painting to our list for next summer? The panels you put in are fine, we'd just like them darker eventually. No rush at all, whenever suits. Best, Andy"""),
],
"tradingcards": [
("H", "A", False, "Charged £1,200 for a cancelled order",
"""Hi,

You cancelled my pre-order for the sealed booster case (order TD-5521) on the 3rd, saying it was out of stock. But the £1,200 was taken from my account on the 1st and it still hasn't come back. My bank says no refund has been issued.
That money is my rent, which is due on Monday.
I've emailed twice this week and got nothing but an auto-reply. I want the refund issued today and a reference number I can give my bank.

Connor Walsh
"""),
("H", "X", False, "Cards for buy-back: delivered 8 days ago, no word",
"""Hello,

I posted 41 cards to you for buy-back, about £3,000 worth at your quoted prices. Royal Mail shows them delivered and signed for on the 12th, 8 days ago.
I haven't had the "received" email your site says to expect within 2 days, and the phone just rings out.
Several of these were graded and I don't have the money to lose them. Could someone please confirm today that you have them?

Ben Adeyemi
Buy-back ref BB-2024-1187
"""),
("N", "N", False, "Price matching?",
"""Do you price match? Another shop has the new starter decks for £2 less each. I'd rather buy from you since you're local. Thanks, Josh"""),
("N", "N", True, "",
"""is it in yet"""),
("L", "N", False, "Japanese sets",
"""Hi, any plans to stock the Japanese-language booster boxes? No rush, just something I'd buy if you ever do. Cheers, Kai"""),
],
}
