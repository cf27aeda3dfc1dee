# English incoming mails (part A), written independently of the Japanese set.
from triage_common import M
MAILS = {
"knife": [
 M("high", "angry", "Boning knife tip snapped - may be in our sausage batch", """Hi,

This is Gareth from Pryce Family Butchers. One of the boning knives you sharpened for us last week snapped about 1cm from the tip this afternoon while my lad was deboning shoulders. We've searched the bench and the floor and can't find the tip.

That means it could be in the 40kg of sausage meat made this afternoon, which goes out to three shops on the 6am van tomorrow. If I can't rule it out I'll have to bin the lot and call the shops tonight.

I need to know whether anything in your process could have weakened the steel (overheating on the grinder?) and whether the other 5 knives from that batch are safe to use. I've never had a tip go like that in 20 years.

Gareth Pryce
07700 900 231
"""),
 M("normal", "neutral", "Single-bevel knives?", """Hello,

Do you sharpen Japanese single-bevel knives (a yanagiba and a deba)? If so, what's the price and how long would you need them for?

Thanks,
Ken
"""),
 M("normal", "anxious", "Tracking hasn't moved on my father's carving set", """Hi there,

I sent my late father's carving set (knife, fork and steel in a wooden box) to you for sharpening on the 3rd. The Royal Mail tracking still says "we've got it" from the day I posted it, four days later.

I know it's probably just a scanning thing, but the set was his wedding present and it can't be replaced, and I'm kicking myself for not taking it in person. Could you check whether it's arrived?

Many thanks,
Alison Reeve
"""),
 M("normal", "neutral", "Re:", "is it done yet\n", terse=True),
 M("low", "neutral", "Whetstone class next spring?", """Hi Mira,

Will you be running a whetstone class again next spring? I missed this year's. No rush at all, just let me know when dates are out.

Cheers,
Dan
"""),
],
"tire": [
 M("high", "anxious", "Winter tyres before Saturday - driving to Austria", """Dear TyreKeep,

You're storing my winter tyres (account TK-40771). We leave on Saturday morning to drive to Austria for a ski week, and winter tyres are a legal requirement there from November.

Your online booking shows no fitting slots before the 14th. I rang yesterday and was told someone would call back, but no one has. If the tyres aren't on by Friday we either drive illegally or cancel a holiday we've paid about £3,000 for.

Is there any way to fit us in on Thursday or Friday, even first thing or after closing? I'll take any slot.

Regards,
Nadia Hussain
07700 900 884
"""),
 M("high", "neutral", "Minibus winter set - hospital transport from Monday", """Hello,

I coordinate volunteer drivers for Millbrook Community Transport. You store the winter tyres for our wheelchair-accessible minibus (reg. KX19 ABC).

From Monday we're running the dialysis patients to St Luke's three times a week, and the route goes over the moor road, which has been icy all week. The minibus is on summer tyres and one of them has a slow puncture.

Could we bring it in on Friday for the winter set to be fitted? Our driver can drop it off at 8 and collect it any time before 5. If Friday isn't possible, please let me know by Thursday midday so I can arrange a replacement vehicle.

Thanks,
Jean Marlow
Transport Coordinator
"""),
 M("normal", "angry", "Charged twice for storage", """Hi,

I've been charged £66 twice for this season's storage, on 2 and 3 April. I raised this in the chat on the 5th and was told it would be "looked into". That was two weeks ago.

I'd like the duplicate payment refunded, and frankly an explanation as to why nobody followed up.

Sam Whitaker
Account TK-38102
"""),
 M("normal", "neutral", "Storing tyres without rims", """Hi, can you store tyres that aren't on wheels? I've just had new summer tyres fitted elsewhere and have the old winter ones loose. Is the price the same? Please reply ASAP.

Thanks
Priti
"""),
 M("low", "neutral", "All-season tyres next year - would you still store my set?", """Hello,

I'm thinking of switching to all-season tyres when my summer set wears out, probably next year. Would you still store my winter set in that case, or is the storage tied to a seasonal swap?

Nothing needed before next autumn, I'm just planning ahead.

Best,
Colin
"""),
],
"signlang": [
 M("high", "angry", "Interpreter cancelled AGAIN for my mother's oncology appointment", """To whoever is in charge of bookings,

At 6:40 this evening I got a text saying the interpreter for my mother's oncology appointment at the Royal on Thursday at 9am has cancelled. This is the second time for this clinic. Last time the consultant went through her scan results by writing notes on a pad, and she came home not understanding what her treatment would be.

Thursday is the appointment where they decide on her chemotherapy. She is not going through that with a notepad again.

I want a name for a replacement BSL interpreter by tomorrow afternoon, and I want to know why this keeps happening.

Rachel Osei
(daughter of Mrs Patience Osei, client ref CH-1183)
"""),
 M("high", "anxious", "Court hearing on Monday - interpreter not confirmed", """Hello,

I am deaf and I have a family court hearing on Monday 10am at Manchester Civil Justice Centre about contact with my son. My solicitor booked an interpreter through you three weeks ago but we still have no confirmation.

My solicitor says if there is no interpreter the judge will probably adjourn, and the next date could be months away. I have not seen my son since August.

Please can you tell me if someone is coming. I am very worried. My solicitor is Ms Patel at Harbour Law, 0161 496 0733.

Thank you
Liam
"""),
 M("normal", "neutral", "Quote for a two-day conference", """Dear ClearHands team,

We're holding a two-day conference in Bristol on 11-12 June (9:30-17:00 both days) with roughly 250 delegates, and we expect at least four Deaf attendees. Could you send a quote for BSL interpreting for both days, including any travel costs?

Kind regards,
Imogen Clarke
Events Manager, Westfield Housing Association
"""),
 M("normal", "positive", "Thank you for Saturday - and a booking for the christening", """Hi Grace,

Just wanted to say a huge thank you for sending Tom to interpret at our wedding on Saturday. My grandparents are both Deaf and for once they didn't miss a single word of the speeches - Grandad laughed at the best man's jokes before anyone else did!

We'd love to book Tom again for our daughter's christening, probably in April. Is it possible to request him by name?

Hannah & Joe
"""),
 M("low", "neutral", "Deaf awareness training for staff?", """Hello,

Do you offer Deaf awareness training for front-desk staff? We're a GP surgery with about 15 reception and admin staff. We're putting together next year's training budget, so at this stage I'm only after a rough idea of what's involved and what it costs.

Best wishes,
Martin
Practice Manager, Hillside Surgery
"""),
],
"glamping": [
 M("high", "anxious", "Flood warning for this weekend - are we still OK to come?", """Hi Owen,

We're booked into the Riverside Pod from Friday (booking CL-2207). I've just seen that the Environment Agency has put a flood warning on the Teme for Friday night into Saturday, and your pod is right by the river.

We'll have our 8-month-old with us. We'd need to set off at 2pm on Friday, so I need to know by then whether the site is safe, whether you'd move us to higher ground, or whether we should cancel. Will we get our money back if we do?

Sorry to fire questions at you, I'm just a bit on edge about it.

Laura
"""),
 M("high", "angry", "We're in your car park with nowhere to sleep", """It's 9:15pm and we're sitting in your car park with two tired kids. The family who are in the Hazel Yurt say they booked it for tonight too, and they've got a confirmation just like ours (CL-2231, paid in full, £420).

There's no one at reception and the number on the gate goes to voicemail. The nearest hotel with rooms is 40 minutes away and wants £190.

Somebody needs to call me back tonight on 07700 900 562 and sort this out.

Mark Bellamy
"""),
 M("normal", "neutral", "Getting there by train", """Hello,

We don't drive. Is there a pick-up from Llandrindod station, or a taxi firm you'd recommend? We'd be arriving on the 15:40 train on the 22nd.

Thanks,
Eleri
"""),
 M("normal", "neutral", "Accessible pods?", """Hi,

Do any of your pods have step-free access and a wet room? My partner uses a wheelchair. We're looking at dates in late September.

Thanks,
Ruth
"""),
 M("low", "positive", "Lovely stay - one small thing", """Hi Owen and team,

We had such a lovely weekend in the Willow Pod. The kids are still talking about the owl they heard on Saturday night and the fire-pit marshmallows.

One tiny thing, for what it's worth: the torch in the pod had flat batteries, which made the walk to the loo a bit of an adventure. Not a complaint, just letting you know.

We'll be back next year!
The Kowalski family
"""),
],
}
