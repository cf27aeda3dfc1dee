# English reply drafts, per domain (written independently of the Japanese drafts).
AI, PL, PNU = "apology_incomplete", "placeholder_left", "purpose_not_upfront"
DRAFTS = {
"knife": [
 dict(subject="Your sharpening order KS-2291 is ready for collection", labels=[], text="""Hi Tom,

Your three knives (chef's, paring and bread) are sharpened and ready to collect from the shop on Harbour Street.
We're open 9 to 5:30, Tuesday to Saturday. The bill is £29 and you can pay by card when you pick them up.
The paring knife had a bent tip, which we straightened at no extra charge.

Best,
Mira
Edge & Anvil Sharpening
"""),
 dict(subject="Mobile sharpening visit on Friday 14 June", labels=[PL], text="""Dear [Customer Name],

Thanks for booking our mobile sharpening van. We'll be parked outside your restaurant on Friday 14 June from 7:30 to 9:00 am, before your kitchen opens.
Our rate for trade customers is £6 per knife, and we also sharpen mandolines and scissors at £8 each.
If you need to move the visit, just reply to this email by Wednesday.

Kind regards,
Mira
Edge & Anvil Sharpening
"""),
],
"tire": [
 dict(subject="Sorry about the wrong tyres fitted on Saturday", labels=[AI], text="""Dear Mr Holloway,

I'm very sorry that on Saturday we fitted another customer's winter tyres to your Octavia.
Our technician took the set from the rack next to yours: both were labelled with the same surname, and the storage numbers weren't checked.
Your own tyres were refitted on Monday morning, and we have refunded this season's storage fee of £60 to your card.

Regards,
Dev Patel
Service Manager, TyreKeep
"""),
 dict(subject="Tyre storage renewal: please reply by 15 March", labels=[], text="""Hi Sandra,

Your storage contract for four summer tyres ends on 31 March, so please let us know by 15 March whether you'd like to renew; after that date the rack may go to someone on the waiting list.
Renewal is £66 for the season (April to October). You can renew from the "My storage" page or simply reply "renew" to this email.
If you'd rather collect the tyres, we'll have them ready at the front desk within 24 hours of your request.

Thanks,
Dev
TyreKeep
"""),
],
"signlang": [
 dict(subject="Apology for the interpreter's late arrival on 3 October", labels=[], text="""Dear Ms Achebe,

I'm sorry that the interpreter for your staff meeting on 3 October arrived 25 minutes late, leaving your Deaf colleagues without access to the start of the meeting.
The interpreter had been sent the old meeting address from our booking form, which hadn't been updated after you changed the venue on 28 September.
We have waived the fee for that session, and the interpreter has offered to go through the missed part with your colleagues on a video call this week, free of charge.
From now on, any change of venue triggers a confirmation email to the interpreter and to you, and a booking isn't treated as confirmed until both of you have replied.

With apologies again,
Grace Lindqvist
Bookings Coordinator, ClearHands Interpreting
"""),
 dict(subject="A note from ClearHands", labels=[PNU], text="""Hi Ben,

I hope the conference went well! It was lovely to see so many people in the audience following the live captions alongside the interpreters.
We've had a busy autumn: bookings are up almost a third on last year, and four newly qualified interpreters have joined our team.
We're also piloting remote interpreting for short meetings, which some clients have found handy for last-minute requests.
By the way, the invoice for the conference (£1,240) is now 30 days overdue, and we'll need payment by Friday to avoid passing it to our finance team.

Best wishes,
Grace
"""),
],
"glamping": [
 dict(subject="Booking confirmed: Hazel Yurt, 12-14 July", labels=[], text="""Hello Priya,

Your booking for the Hazel Yurt for two nights, 12 to 14 July, is confirmed, and the balance of £310 has been paid.
Check-in is between 3 pm and 7 pm. The site is at the end of a 1 km farm track, so if your car sits low, park by the gate and ring 07700 900412; we'll fetch you and your bags in the buggy.
Bedding, towels and firewood for the wood burner are included. The nearest shop is 4 miles away and closes at 6 pm, so it's worth stocking up on the way.

See you soon,
Owen
Cwm Lantern Glamping
"""),
 dict(subject="Your stay at Cwm Lantern last weekend", labels=[AI], text="""Hi Jack,

Thank you for letting us know that the shower block had no hot water on Saturday evening.
The boiler's pressure valve failed at about 5 pm, and our plumber couldn't get to us until Sunday morning.
We have refunded £40 to your card, which is one night's share of the facilities charge.
We've since fitted a second, independent water heater, so a single failure can't leave the showers cold again.

Best,
Owen
Cwm Lantern Glamping
"""),
],
"modelrail": [
 dict(subject="Repair estimate for your Class 47: please confirm by 20 May", labels=[], text="""Dear Mr Fenwick,

We've looked at your Class 47 and need your go-ahead before we carry out the repair.
The motor is fine; the stalling comes from a cracked gear on the rear bogie. A replacement gear and fitting come to £24, and the loco will be back in the post two days after you confirm.
If you'd rather not go ahead, we'll return it unrepaired for the £4.50 postage.

Regards,
Alan
Junction Models
"""),
 dict(subject="Re: Points not switching", labels=["dismissive"], text="""Hi Carl,

Thanks for your email about the points on your layout.
We tested the set you sent back and they switched cleanly every time on our test board.
Wiring problems on home layouts aren't something we can help with, and we won't be looking into this any further.

Alan
Junction Models
"""),
],
"fireworks": [
 dict(subject="Quotation for your New Year's Eve display", labels=[PL], text="""Dear {first_name},

Thank you for asking us to quote for a New Year's Eve display at Ashby Hall.
Our price for a 12-minute show with a synchronised soundtrack is £7,800 plus VAT, including the site survey, public liability insurance and the clear-up.
To hold the date we need a 25% deposit by 30 November, as December bookings fill up quickly.

With best wishes,
Hannah Cole
Skylark Pyrotechnics
"""),
 dict(subject="Site visit on Tuesday 8 October at 11 am", labels=[], text="""Dear Mr Okafor,

I'm writing to confirm our site visit to Brackley Rugby Club on Tuesday 8 October at 11 am, to plan your bonfire-night display.
The visit takes about an hour. We'll measure the safety distances from the firing area to the car park and the houses on Mill Lane, so it would help if someone who knows where the drainage ditches run could walk the field with us.
After the visit we'll send you the site plan and the final quote within three working days.

Kind regards,
Hannah Cole
Skylark Pyrotechnics
"""),
],
"stagelight": [
 dict(subject="Apologies for the missing cables in your hire", labels=[AI], text="""Hi Lucy,

I'm really sorry that your kit for Friday's show arrived without the six DMX cables on the hire list.
Our driver brought the cables to the theatre at 4:30 pm the same day, and we've taken them off your invoice.
From next week every case is checked against the hire list by a second person before it leaves the warehouse.

Sorry again,
Marco
Lumen Stage Hire
"""),
 dict(subject="Hire quote for 'The Crucible', 3-8 March", labels=[], text="""Hi Lucy,

Here's the quote you asked for, for the rig for 'The Crucible', 3 to 8 March:
- 16 LED profiles
- 8 LED wash fixtures
- 1 lighting desk, plus a spare
Total £1,180 + VAT for the week, including delivery and collection.
We're holding the kit for you until 20 February; if you confirm by then, it's yours.

Marco
Lumen Stage Hire
"""),
],
"genealogy": [
 dict(subject="Your family history project", labels=[PNU], text="""Dear Mrs Doyle,

It was a pleasure speaking to you on Tuesday. The story of your great-grandfather leaving Cork in 1889 is a fascinating one, and it reminded me of several families we have traced to the same parish.
Irish records from that period are scattered across church registers, land valuations and passenger lists, and we usually combine all three.
Our researchers have also recently gained access to a new set of digitised Catholic parish registers.
Before we can start, we need you to choose between the standard package (£450) and the extended package (£780), which also covers the Boston side of the family.

Warm regards,
Fiona Marsh
Roots & Branches Research
"""),
 dict(subject="Update on your research", labels=["unknown_without_followup", "vague"], text="""Dear Mr Khan,

Here is where your research stands.
We have traced your father's line back to your great-great-grandfather in Lahore, born around 1868.
The earlier records are held in an archive we haven't worked with before, and we can't say whether they will be accessible.
Further research would take a while and cost somewhat more than the first stage.

Best regards,
Fiona Marsh
Roots & Branches Research
"""),
],
"ropeway": [
 dict(subject="Group booking confirmed: 24 passengers, 6 September", labels=[], text="""Hello Ms Baines,

Your group booking for 24 passengers on the 10:15 departure on Saturday 6 September is confirmed, at the group rate of £19 per person (£456 in total).
Please ask the group to meet in the lower station ticket hall by 10:00, so that we can board everyone together in two cabins.
If high winds close the line, we'll call you on 07700 900118 by 8 am and offer another date or a full refund.

Kind regards,
Tom Reilly
Ben Arran Cable Car
"""),
],
"wine": [
 dict(subject="Your wine club box for October", labels=[PL], text="""Hi Rachel,

Your October wine club box ships on Tuesday 8 October. This month's theme is the Loire, with six wines chosen by our buyer, [BUYER NAME].
The box costs £89 as usual, taken from your card on file on the day it ships.
If you'd like to skip this month or swap the red for a second white, reply to this email before Sunday.

Cheers,
The Cellar Door team
"""),
],
"prosthetic": [
 dict(subject="Your new socket: fitting on Thursday 21 November", labels=[], text="""Dear Mr Adeyemi,

Your new socket is ready, and your fitting is booked for Thursday 21 November at 10:30 am at our Leeds clinic.
Please bring the liner you use every day and the shoes you walk in most, because we align the socket to them.
The appointment takes about an hour. If you need hospital transport, call the booking line on 0113 496 0210 at least two working days ahead, as that's the notice they need.

Kind regards,
Sunita Rao
Prosthetist, Stride Limb Centre
"""),
],
"coins": [
 dict(subject="We're sorry: your valuation was delayed", labels=[], text="""Dear Mr Whitfield,

I'm sorry that your valuation took three weeks instead of the five working days we promised.
Your parcel was logged under the wrong reference when it arrived, so it sat in the intake safe without being assigned to a valuer.
We found it on 12 June. The valuation is attached, and as an apology we've waived our 5% commission should you decide to sell.
We've changed our intake process so that every parcel is matched to an online order on the day it arrives, and any unmatched parcel is flagged to me that same afternoon.

Yours sincerely,
Helen Pryce
Numis & Co.
"""),
],
}
