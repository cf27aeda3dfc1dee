# English incoming mails (written independently of the Japanese ones)
M = [
# ---- acu ----
("acu","high","anxious",False,"Redness spreading from Tuesday's needle site",
"""Hi,

I had my second session with Dr Lin on Tuesday afternoon (lower back). Since yesterday one of the spots just above my hip has gone red and hot, and this morning the redness is about the size of my palm and spreading. I've also got a temperature of 38.4.

I'm not sure if this is a normal reaction or an infection. Should I go to a walk-in clinic today or wait to see Dr Lin? I'm diabetic, if that matters.

Thanks,
Karen Doyle
(555) 201-7741"""),
("acu","normal","neutral",False,"Gift certificate",
"""Hello, do you sell gift certificates? I'd like one for my sister for a single session, ideally something I can print at home. Her birthday is at the end of next month."""),
("acu","normal","angry",False,"No-show fee charged in error",
"""I cancelled my 3 pm appointment on Monday by phone on Saturday morning, two full days ahead. The person I spoke to said it was fine.

Today I see a $40 "no-show fee" on my card.

I've been a patient for over a year and never missed a session. I'd like the charge reversed, and frankly I'd like to know how cancellations are being recorded, because apparently it isn't working.

- Mark Feeney"""),
("acu","low","positive",False,"thank you!",
"""Just a quick note to say thank you to Dr Lin. After six sessions I'm finally sleeping through the night again, which I honestly didn't think would happen. No need to reply, I just wanted you to know. See you in a few weeks for a top-up!

Jenny"""),
("acu","normal","neutral",True,"Tuesday?",
"""any openings"""),
# ---- cook ----
("cook","high","angry",False,"Tonight's private class - cancelled??",
"""Hi Leo,

I booked and paid $340 for a private pasta class for my wife's 40th birthday TONIGHT at 7pm. At 11am I got an automated email saying the class is "cancelled" with no reason given. I've left two voicemails since then and heard nothing back.

We've arranged a babysitter and told her it's a surprise. I need to know in the next couple of hours whether this is happening or not, so I can make other plans for her birthday. If it's cancelled, I expect a full refund today.

Rob Turner
07700 900461"""),
("cook","high","anxious",False,"Tomorrow's kids' camp - gluten question",
"""Hello,

My son Eli (9) is booked on tomorrow's kids' pizza day (9am-1pm). He has coeliac disease, which I noted on the booking form, but the menu email I got tonight says they'll be making pizza dough from scratch, and I can't see anything about a gluten-free option.

Even flour in the air can make him ill for days. Could you confirm tonight whether he'll have a separate gluten-free station and whether flour will be used in the same room? If not, I'll have to keep him home, and he's been so excited about this.

Thanks,
Claire (Eli's mum)"""),
("cook","normal","neutral",False,"Transfer my place to a friend?",
"""Hi there,
I'm booked on the knife skills class on the 18th but can't make it now. Can my friend Dan take my place instead? Her email is dan.okoro@example.com. Thanks!"""),
("cook","normal","positive",False,"That tamarind sauce!",
"""Hi Leo! Loved Saturday's Thai class, best three hours I've spent in ages. My partner keeps asking me to make the pad thai again. Could you send the recipe for the tamarind sauce? I forgot to write down the ratios. Thanks so much!!"""),
("cook","low","neutral",False,"knife skills course?",
"""Hey, do you have any plans to run a longer knife skills course, like a few weeks in a row? No rush at all, just curious for later in the year."""),
# ---- spice ----
("spice","high","neutral",False,"Wholesale order 7781 returned to sender",
"""Hi Nadia,

Our wholesale order #7781 (2 x 5 kg cumin, 1 x 5 kg coriander) shows "returned to sender - address incomplete" on the courier's site this morning. The address on the order is correct (I've checked it against the invoice), so I'm not sure what happened.

We open our second location on Friday, and the opening menu depends on those spices. Can you re-send by overnight courier today? Happy to pay the difference if needed.

Arjun Mehta
Tamarind House, 41 Canal St"""),
("spice","normal","angry",False,"Wrong grind AGAIN",
"""This is the second time in two months I've ordered whole coriander seed and received ground. I even added a note to the order this time.

I don't need an apology voucher, I need the right product. Please send whole seed and a return label for the ground stuff.

Order #9120"""),
("spice","normal","neutral",True,"order",
"""hasnt come"""),
("spice","normal","anxious",False,"Is the chili powder safe in pregnancy?",
"""Hi, I'm 24 weeks pregnant and just read something online about some imported chili powders containing lead. I've been using your Kashmiri chili most days. Has it been tested for heavy metals? I'm probably overthinking it but I'd feel much better knowing."""),
("spice","low","neutral",False,"Refill pouches",
"""Would you ever consider selling refill pouches for the glass jars? I've got a cupboard full of your jars and it seems a shame to keep buying new ones. Not urgent at all, just a suggestion for the future."""),
# ---- supp ----
("supp","high","anxious",False,"Ingredient list needed today - surgery tomorrow",
"""Hello,

My father (74) has been taking your Heart Health Omega blend for three months. He's having knee surgery at 8am tomorrow, and the pre-op nurse has just told us he needs to stop anything that might thin his blood, and she wants the full ingredient list, including any vitamin E or ginkgo, before she signs him off.

The bottle only lists the "proprietary blend". Could someone email the full breakdown today? The pre-op clinic closes at 5pm.

Thank you,
Helen Ward"""),
("supp","high","angry",False,"FOURTH email - charged 3 times after cancelling",
"""To whoever reads this inbox,

I cancelled my subscription on June 2 (confirmation number C-44810). You have since charged me $59.95 on July 2, August 2 and September 2. This is my fourth email about it; the previous three got an auto-reply and nothing else.

I've filed a dispute with my bank today and I'm prepared to file a complaint with the state attorney general's consumer protection office if I don't have a refund of $179.85 by Friday.

I'd rather not do that. Please just fix it.

D. Alvarez"""),
("supp","normal","neutral",False,"Change flavour",
"""Hi, can I switch my protein subscription from vanilla to chocolate starting with the next delivery? Account email is the one I'm writing from. Thanks"""),
("supp","normal","anxious",False,"capsules look different",
"""Hi,
my new bottle of magnesium capsules arrived today and the capsules are a darker colour than the last ones and smell a bit odd. Same product, same label. Is that normal, a new batch maybe? I don't want to take them if something's wrong. Lot number on the bottom is MG-2291.
Thanks, Ana"""),
("supp","low","neutral",False,"Suggestion",
"""Hi team, the new pouch packaging is much better than the tubs. One small request: a tear notch that actually tears would be nice, I end up using scissors every time. No reply needed, just passing it on."""),
# ---- camp ----
("camp","high","anxious",False,"Gas smell from the rented stove",
"""Hi, this is Leah Grant, booking TG-3318. We're at Pine Hollow campground, site 14. The two-burner stove we rented started smelling strongly of gas about an hour ago, even with both knobs off. We've disconnected the canister and moved everything away from the tents.

We're here until Sunday with two kids and no other way to cook. Is it safe to try a different canister, or is the stove itself faulty? Can you get a replacement out to us? The camp office has a phone if that's easier: (555) 310-2207.

Leah"""),
("camp","normal","angry",True,"Broken.",
"""Great. Just great."""),
("camp","normal","neutral",False,"Add a sleeping bag to my booking",
"""Hello,
I have a booking for 10-13 October (TG-3402, 2-person tent package). Could I add one more sleeping bag? My son's decided to join us. Let me know the extra cost.
Thanks,
Paul"""),
("camp","normal","neutral",False,"When does the deposit come back?",
"""Hi, we returned everything last Tuesday with the prepaid label. Tracking says it was delivered on Thursday. When should I expect the $100 deposit back on my card?"""),
("camp","low","neutral",False,"Instruction sheet feedback",
"""Hi, small bit of feedback from our trip last month: the instruction sheet for the 4-person tent shows the poles in a different colour from the ones in the bag, which confused us for a bit. We worked it out fine. Just thought you'd want to know for whenever you next print them."""),
# ---- fork ----
("fork","high","neutral",False,"Truck 3 down - dock stopped",
"""Sandra,

Truck #3 (the Hyster 5000) died on the dock at 6:40 this morning, hydraulic pump by the sound of it. It's our only truck rated for the double-stacked pallets, and we have 40 containers scheduled to load out today for a retail customer's Monday delivery window.

Trucks are already backing up at the gate. Can you get a tech here this morning, or send a loaner we can use until it's fixed?

Ray Dominguez
Warehouse Manager, Coastal Distribution
Cell 555-0148"""),
("fork","high","angry",False,"Re: Annual inspections - third request",
"""Sandra,

Third time asking. Your tech was supposed to complete the annual inspections on units 1 through 6 two weeks ago. He never showed, and every call since has ended with "we'll get back to you."

We have an OSHA inspection on Monday. If those units aren't inspected and tagged by Friday, I'm taking six trucks out of service and our operation stops.

I need a confirmed date and time today.

> On Mar 3, Sandra Kim wrote:
> Hi Mike, we'll confirm the inspection date by the end of this week.

Mike Brennan
Operations, Allied Paper"""),
("fork","normal","neutral",False,"Seasonal rental quote",
"""Hi, we'll need two 5,000 lb LPG trucks for our peak season, 1 Nov - 15 Jan, at our Fresno warehouse. Can you quote monthly rates, including delivery and pickup? Thanks, Lauren"""),
("fork","normal","anxious",False,"Lease ending - what happens now?",
"""Hi,

Our 4-year lease on the two electric units ends in March and I've just inherited this from a colleague who left. I honestly don't know what our options are or what the return conditions are. I'm worried we'll get hit with a big bill for wear and tear that I haven't budgeted for.

Could someone walk me through what happens at the end of the lease and roughly what it costs?

Thanks,
Priyanka Rao, Facilities"""),
("fork","low","neutral",False,"Brochure for electric models",
"""Hello, could you send me a brochure or spec sheets for your electric counterbalance models? We're starting to plan next year's capital budget. No hurry."""),
# ---- sky ----
("sky","high","anxious",False,"My son has had headaches since his jump",
"""Hello,

My son Tyler did a tandem jump with you on Saturday. Since Sunday he's had headaches that won't go away with ibuprofen, and this morning he said his vision was blurry for a few minutes. He mentioned that the landing was a bit hard and his head went back.

We're taking him to the ER now. Could you tell us exactly what happened on landing and the name of his instructor? The doctors will want to know. Also please send the insurance information from his booking.

Diane Mills
(555) 614-0092"""),
("sky","normal","angry",False,"Third weather reschedule",
"""Hi,

This is now the third time my jump has been rescheduled for weather, and I've driven two hours each time before getting the text. I get that safety comes first, but I've now taken three days off work for nothing.

At this point I'd like a full refund rather than a fourth date. Booking SKY-2219."""),
("sky","normal","neutral",False,"Weight limit",
"""Quick question: what's your weight limit for tandem jumps? I'm about 215 lb. Does that include clothes and shoes?"""),
("sky","normal","positive",False,"Best day ever + gift voucher",
"""Hi all! Jumped with you last Sunday and I'm still buzzing. Huge thanks to Marco for keeping me calm. I'd love to buy a gift voucher for my sister for her birthday in November. How do I do that? Does it include the video?"""),
("sky","low","neutral",False,"night jumps?",
"""Do you ever run night jumps, or anything at sunset? Not planning anything yet, just curious for next summer."""),
# ---- suit ----
("suit","high","anxious",False,"Case not at hotel - we fly at 7am",
"""Hello,

Booking WA-5517. Our two large cases were due at the Grand Harbour Hotel yesterday. Tracking says "delivered - signed for" at 2:14pm, but the front desk has no record and has searched the luggage room twice.

We fly to Lisbon at 7am tomorrow with two children and everything for a two-week trip is sitting on our bed. Could you find out who signed for it and where it is? If it can't be found tonight we need a replacement delivered before 5am, or we'll have to buy luggage.

Sarah Nolan
+44 7700 900318"""),
("suit","high","angry",False,"£320 damage charge - second email",
"""Hi,

You charged my card £320 for "shell damage" on the case I returned on 3 May. I emailed on 10 May asking for photos of the damage and got no reply. The case went back in the same condition it arrived, scuffs included; I have my own photos from before the return.

My card statement closes on the 28th. If I don't get photos and an explanation before then, I'll dispute the charge with my bank.

James Whitlock"""),
("suit","normal","neutral",False,"Extend rental by 3 days",
"""Hi there, our return flight got moved. Can I keep the medium case 3 more days, until the 19th? Booking WA-5604. Thanks!"""),
("suit","normal","positive",False,"Same case again in December?",
"""Hi! The navy cabin case was perfect for our trip to Japan, light, quiet and the wheels held up on cobblestones. Could I book exactly the same one for 14-28 December? Thanks a lot."""),
("suit","low","neutral",False,"Corporate account",
"""Hello, I'm an office manager and our team travels a few times a year. Do you offer corporate accounts or volume pricing? We're only exploring options for next year, so no rush."""),
# ---- zoo ----
("zoo","high","neutral",False,"Coach parking for Thursday's school visit (60 pupils)",
"""Hello,

I'm bringing 60 Year 4 pupils and 8 staff to the zoo this Thursday, booking reference SCH-1187. Our coach company has just told me the coach drop-off on Park Road is closed for roadworks this week.

Where should the coach drop us, and which gate should we use? We leave school at 8:15 on Thursday, and I need to send the driver the new directions and tell parents about pickup by tomorrow lunchtime.

Many thanks,
Ms R. Ahmed
Oakfield Primary School"""),
("zoo","normal","angry",False,"$15 parking?",
"""Paid $15 to park on Saturday and the lot was half closed, so we ended up parking on the grass a 10-minute walk away. Nobody at the booth mentioned it. For $15, a little honesty would have been nice. Is there any chance of a refund?"""),
("zoo","normal","anxious",False,"Visiting with an autistic child",
"""Hello,

We're hoping to visit during half term with our son, who is 7 and autistic. Crowds and sudden loud noises can overwhelm him quickly, and last time we tried a big attraction it ended in a meltdown we couldn't calm.

Are there quieter times of day, or quiet spaces inside the zoo we could use if he needs a break? Do you offer any sensory-friendly sessions? I really want this to go well for him.

Thank you,
Becky"""),
("zoo","normal","neutral",True,"membership",
"""how do i"""),
("zoo","low","positive",False,"Keeper talk at the otters",
"""Just wanted to say the keeper talk at the otter pool on Sunday was brilliant. She answered every one of my daughter's questions (and there were a lot). Thanks for a lovely day."""),
# ---- customs ----
("customs","high","anxious",False,"Glove shipment held - hospital delivery Friday",
"""Hi Nate,

Entry 112-4458810-3 (nitrile exam gloves, 1 x 40' container) is showing a CBP hold and FDA review. This is our first shipment under a new contract with a hospital group, and delivery is due Friday. Late delivery carries a penalty of $2,000 a day, and they've said they'll source elsewhere.

I don't know what FDA might need from us or how long this takes. Can you tell me what's happening and whether there's anything we can send to speed it up? I'm at my desk all day.

Melissa Grant
Procurement, BrightCare Supplies"""),
("customs","high","neutral",False,"CBP penalty notice - response due in 7 days",
"""Nate,

We received a CBP Pre-Penalty Notice today under 19 USC 1592 for entry 112-3391057-0 (March), alleging misclassification of the LED fixtures. Proposed penalty is $48,200. The notice gives us 7 working days to respond.

Your office prepared that entry. Please send the classification worksheet and any rulings you relied on by Wednesday so our counsel can draft the response.

Regards,
Tom Becker, CFO
Lumina Lighting Inc."""),
("customs","normal","angry",False,"Invoice doesn't match the quote",
"""Hi,

Your invoice #HL-20931 includes a "documentation surcharge" of $85 and an "ISF handling fee" of $45, neither of which was in the quote you sent us in January. No one mentioned them beforehand either.

We've used you for three years. I'd appreciate a corrected invoice, or an explanation of why these appeared now.

Beth Carlisle
Accounts Payable"""),
("customs","normal","neutral",False,"ISF for next month's shipment",
"""Hi Nate, we have a new supplier in Vietnam shipping our first order next month (ETD around the 20th). What do you need from us to file the ISF on time, and by when? Thanks, Kev"""),
("customs","low","neutral",False,"General question - importing wine",
"""Hello, we're a small restaurant group thinking about importing some of our own wine from Portugal, probably sometime next year. Could you give me a rough idea of the licences and steps involved? Just gathering information at this stage."""),
# ---- paint ----
("paint","high","angry",False,"Third email - my daughter's portfolio",
"""Hello,

This is the third time I've written about my daughter Ella's portfolio pieces. She left six paintings at the studio to dry after the April term, and we were told they'd be ready to collect "next week". That was five weeks ago. My last two emails have gone unanswered.

Her art college application, which needs those pieces photographed, is due on Monday at noon. We need to collect them by Saturday at the latest. Please tell me when someone will be at the studio.

Andrea Moss"""),
("paint","normal","anxious",False,"Nervous about first class",
"""Hi,
I've signed up for the beginners' watercolour class starting next week. I haven't drawn anything since school (I'm 58!) and I'm feeling a bit silly about it. Will everyone else be much better than me? Is there anything I should do beforehand so I don't hold people up?
Gill"""),
("paint","normal","neutral",False,"Paying by bank transfer",
"""Hello, can I pay the autumn term fees by bank transfer instead of card? If so, could you send the account details? Thanks, Omar"""),
("paint","normal","neutral",True,"class",
"""is it on"""),
("paint","low","neutral",False,"Idea for the studio",
"""Thanks for another great term. One idea: some of us would love an occasional open studio session where we can just paint without instruction. No need to reply, just putting it out there for whenever you plan next year."""),
# ---- abroad ----
("abroad","high","anxious",False,"Host family has asked my daughter to leave tonight",
"""Hi Owen,

My daughter Chloe (17) is in Dublin on your 3-month programme. She called me an hour ago in tears: her host mother has told her she has to leave the house tonight after an argument about the kitchen. It's 9pm there and she has nowhere to go.

She has her phone and about 60 euros. I'm in Sydney and can't do anything from here. Please can someone contact her and arrange somewhere safe for her to sleep tonight? Her number is +353 87 000 4471.

Emma Walsh"""),
("abroad","high","neutral",False,"Proof of deposit needed by Friday for my I-20",
"""Hi Owen,

The admissions office at Lakeshore College emailed to say they haven't received my tuition deposit, and if they don't get proof of payment by Friday 5pm (Chicago time) they'll cancel my I-20. Without the I-20 I can't attend my visa interview on the 14th.

Your office made the payment for me on 2 June. Could you send me the bank transfer confirmation today, and if possible contact the college directly?

Thanks,
Kenji Sato"""),
("abroad","normal","angry",False,"Consultation fee",
"""I booked what your website calls a "free initial consultation". Afterwards I received an invoice for a $150 "assessment fee". At no point in the meeting was that mentioned. I'm not paying something I didn't agree to, and I'd like an explanation of how that's supposed to work."""),
("abroad","normal","neutral",True,"hi",
"""programs for nurses?"""),
("abroad","low","neutral",False,"Maybe 2027",
"""Hello, I'm thinking about doing a semester abroad in Spain in 2027, most likely spring. Is it too early to start talking to you? No hurry, I'm just starting to think about it."""),
]
