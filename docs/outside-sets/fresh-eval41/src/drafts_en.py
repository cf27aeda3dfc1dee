# English reply drafts: dict(domain, subject, text, labels=codes). Written independently of the ja drafts.
D = dict

DRAFTS_EN = [
    # ---------------- clean ----------------
    D(domain="saddle", labels="", subject="Your saddle fitting visit: Tuesday 9 April, 10 am",
      text="""Hi Rachel,

This is to confirm our fitter, Tom, will come to Hollins Farm on Tuesday 9 April at 10 am to check the fit of your new GP saddle on Bramble.

The visit takes about an hour and costs £45, which is waived as it falls within the first three months of purchase. It helps if Bramble has been ridden lightly that morning rather than straight out of the field, because the muscles over his back settle once he's warmed up and we get a truer reading.

If the time doesn't suit, just reply and we'll find another slot that week.

Best wishes,
Anna Pryce
Ridgeway Saddlery
01874 220 391
"""),
    D(domain="medmaint", labels="", subject="Our engineer's visit to the wrong site on 12 March - apology",
      text="""Dear Dr Okafor,

I'm very sorry that our engineer went to your former premises on Kingsway on 12 March instead of the new surgery, and that your ultrasound service check was missed as a result.

When we looked into it, your contract still carried the old address: the change you sent us in January was saved as a note but never copied into the site record our engineers are dispatched from.

I've corrected the record, and Sam will be with you tomorrow, 14 March, at 8:30 to complete the check before your first clinic. There is no charge for the visit.

To stop this happening again, our coordinators now phone each site the day before a visit to confirm the address and access details, and address changes are entered straight into the site record rather than as notes.

Kind regards,
Helen Marsh
Service Coordinator, ClearScan Service
"""),
    D(domain="journal", labels="", subject="Decision on HAP-2291: minor revisions, revised version due 30 May",
      text="""Dear Dr Lindqvist,

Thank you for submitting "Seasonal variation in groundwater nitrate across three Baltic catchments". Both reviewers recommend publication after minor revisions, and I am happy to accept the paper on that basis.

Their comments are attached. The main points are a clearer description of the sampling interval in Section 2 and an extra panel in Figure 4 showing the 2019 drought year.

Please upload the revised manuscript and a point-by-point response by 30 May, so that the paper can go into the September issue. If you need more time, let me know before then and I can extend the deadline by two weeks without affecting the issue it's scheduled for.

With best wishes,
Prof. Mark Avery
Handling Editor, Halden Academic Press
"""),
    D(domain="puzzle", labels="", subject="Order PP-45120 has shipped - arriving Thursday",
      text="""Hi Dev,

Good news: your 500-piece puzzle of the lake photo left our workshop this afternoon with Royal Mail Tracked 24.

Tracking number: QF 0882 1147 3GB
Expected delivery: Thursday 6 June, before 5 pm

Someone will need to be in to sign for it. If that's awkward, you can redirect it to a local Post Office using the link in the tracking page.

Enjoy the puzzle!
Priya
PiecePerfect
"""),
    D(domain="tableware", labels="", subject="Sorry for the late delivery to your wedding on Saturday",
      text="""Dear Mr and Mrs Hale,

I'm truly sorry that your glassware and crockery arrived at Ashcombe Barn at 2:40 pm on Saturday instead of 11 am. I know your caterers had to set the tables in a rush, and that is not how your wedding day should have started.

The delay happened because our van was loaded with another customer's order first, so yours was unloaded last on a three-drop route, and nobody called ahead to warn the venue.

We have refunded the £85 delivery charge to your card today, and I've added a 20% credit note against your hire total, which you can use or have refunded, whichever you prefer.

From this week, wedding orders always go on a dedicated van with a fixed arrival time, and our drivers ring the venue if they are going to be more than 15 minutes late.

With sincere apologies,
Gemma Ward
Settings Hire
"""),
    D(domain="billiards", labels="", subject="Refund for your session on table 7",
      text="""Hi Marcus,

Thanks for letting us know about the tear in the cloth on table 7 on Tuesday evening. You're right, it shouldn't have been in play, and I'm sorry it spoiled your session.

I've refunded the £24 for your two hours to the card you paid with; it should show within five working days. Table 7 is closed until the new cloth goes on this Friday.

If anything like this happens again, please let whoever is on the bar know, and they can move you to another table on the spot.

Cheers,
Lee
Corner Pocket Club
"""),
    D(domain="floorcoat", labels="", subject="Sticky patches on your hallway floor: visit booked for Monday",
      text="""Dear Mrs Evans,

Thank you for the photos of the hallway. The tacky patches near the front door aren't something we'd expect three days after coating, and I don't yet know the cause: it could be humidity from the door, or a thin spot in the second coat.

Our technician Jamie will visit on Monday 22 April at 9 am to test the surface and take a small sample. I'll phone you by Wednesday 24 April with what we've found and how we'll put it right. Any remedial work is covered by your warranty.

Until then, it's fine to walk on the floor in socks, but please keep the door mat off the sticky area so it doesn't bond to the coating.

Kind regards,
Oliver Grant
GlossGuard Floors
"""),
    D(domain="compost", labels="", subject="Quote: 8 tonnes of screened green compost to Lower Farm",
      text="""Hi Sue,

Here's the quote you asked for.

8 tonnes screened green waste compost (PAS 100): £296
Delivery by tipper to Lower Farm, Wenlock: £120
Total: £416 plus VAT

We can deliver any weekday from 13 May. The tipper is 2.5 m wide and needs firm ground to tip on, so if the track to your field is soft after rain we may need to drop it in the yard instead. Could you let me know which you'd prefer when you confirm?

Thanks,
Neil
Greenfield Compost
"""),
    D(domain="pallet", labels="", subject="Your account is active again and deliveries resume tonight",
      text="""Dear Ms Cole,

Your account has been reinstated and tonight's delivery of 400 pallets to your Daventry site is back on the schedule for 22:00.

The suspension was our error: your payment of £18,240 on 2 May was received but matched to a different customer reference. It has now been applied to your invoice INV-30871, and the account shows nothing outstanding.

I'm sorry for the disruption this caused to your operation. We've added a check so that unmatched payments are reviewed by a person before any account can be suspended.

Regards,
Dan Hughes
Account Manager, PalletPool
"""),
    D(domain="amenity", labels="", subject="Samples of the refillable dispensers: posted today",
      text="""Hi Chloe,

Thanks for your interest in our refillable range. I've posted three sample dispensers (300 ml, wall-mounted) with a litre each of shampoo, conditioner and body wash. They should reach the hotel by Wednesday.

Prices for your 64 rooms are on the attached sheet. If you'd like to test them in a few rooms first, we can lend you a further twelve units for a month at no charge.

Best,
Raj Patel
StayWell Supplies
"""),

    # ---------------- apology_incomplete ----------------
    D(domain="plamo", labels="A", subject="Your order #KB-7713",
      text="""Hi Stefan,

I'm really sorry that your 1/48 Mosquito kit arrived with the box crushed and two sprues snapped off.

Looking at the photos you sent, the box was packed with too little padding for its size, and it looks like something heavy sat on it in transit.

We've sent a replacement kit today, double-boxed, tracked 48 (JX 4420 1183 0GB). You don't need to send the damaged one back.

Sorry again,
Kit
Kitbash Models
"""),
    D(domain="keyboard", labels="A", subject="Wrong keycap set",
      text="""Hi Amelia,

Apologies for sending you the ANSI keycap set instead of the ISO one you ordered.

The correct set went out this morning by DPD and should be with you tomorrow between 10:00 and 11:00. There's a prepaid returns label in the box for the ANSI set whenever you get round to it.

Thanks for your patience,
Joe
Switchcraft Keys
"""),
    D(domain="billiards", labels="A", subject="About last Thursday's league night",
      text="""Hi all,

A few of you have asked what happened on Thursday when the booking system cancelled every league table at 6 pm.

A software update the night before reset the league bookings to "provisional", and they were released automatically when no one confirmed them.

All eight matches have been rescheduled to this Thursday at the same times, and table fees for both nights are waived. We've also switched off automatic release for league bookings and will check the bookings page by hand every Thursday afternoon.

Lee
Corner Pocket Club
"""),

    # ---------------- placeholder_left ----------------
    D(domain="journal", labels="P", subject="Invitation to review for Halden Journal of Applied Ecology",
      text="""Dear {reviewer_name},

I am writing to ask whether you would be willing to review the manuscript "Pollinator visitation on urban green roofs", submitted to the Halden Journal of Applied Ecology. The abstract is below.

We ask reviewers to return their report within 21 days of accepting. If you can't take this on, a quick decline helps us find another reviewer sooner, and suggestions of colleagues are always welcome.

Kind regards,
Prof. Mark Avery
Handling Editor
"""),
    D(domain="tableware", labels="P", subject="Your hire booking is confirmed",
      text="""Dear Ms Osei,

Thank you for booking with Settings Hire. Your order is confirmed as follows:

Event date: [EVENT DATE]
Delivery: Ferndale Community Hall, between 9 and 10 am
Items: 120 dinner plates, 120 side plates, 150 wine glasses, 120 cutlery sets
Total: £348.00 including delivery and collection

Everything can go back to us unwashed; just scrape off food and repack in the crates.

Best wishes,
Gemma Ward
Settings Hire
"""),
    D(domain="amenity", labels="P", subject="Quote for 20,000 bamboo toothbrush kits",
      text="""Hi Tom,

Thanks for the enquiry. Here's our price for the bamboo range:

Bamboo toothbrush kit with paste, in kraft sleeve: £0.XX per unit
Quantity: 20,000
Lead time: 5 weeks from artwork approval
Delivery: free to a single UK address

If you send your logo as a vector file, we'll have a printed proof back to you within three working days.

Best,
Raj Patel
StayWell Supplies
"""),

    # ---------------- purpose_not_upfront ----------------
    D(domain="medmaint", labels="U", subject="Checking in",
      text="""Dear Ms Barker,

I hope all is well at Riverside Practice and that the new extension is settling in nicely. We've had a busy spring here too: we've taken on two new field engineers in the North West and moved our parts warehouse to Warrington, which should shorten lead times for everyone.

I also wanted to mention that our customer portal now lets you see your service history online.

While I think of it, the repair quote for your ECG machine (£640) is attached, and we need your approval by Friday to hold the engineer slot on the 18th.

Best regards,
Helen Marsh
ClearScan Service
"""),
    D(domain="pallet", labels="U", subject="PalletPool update",
      text="""Dear customer,

2024 has been a year of growth for PalletPool. Our pool now stands at over 1.2 million pallets, and our new depot in Bristol opened in September, bringing faster collections to customers in the South West.

We're also proud to have reached a 97% repair-and-reuse rate, one of the highest in the industry.

From 1 January, the daily hire rate for standard pallets will rise from 6.5p to 7.2p. Your updated terms are attached and need to be signed and returned by 15 December for your account to continue on the current service level.

Kind regards,
PalletPool Customer Team
"""),
    D(domain="saddle", labels="U", subject="Hello from Ridgeway",
      text="""Hi James,

Hope you and Pepper are enjoying the better weather! It's been lovely to see so many riders out on the lanes this month, and we've had a lot of people in the shop for spring checks.

We've just started stocking a new range of sheepskin half-pads, which a few of our eventers swear by. Pop in and have a look if you're passing.

Your bridle is repaired and ready to collect; the balance of £38 is due on collection, and we can only hold it until the end of the month before it goes into storage.

Best,
Anna
Ridgeway Saddlery
"""),

    # ---------------- sentence-level label inside a draft ----------------
    D(domain="compost", labels="d", subject="Re: smell from the compost heap",
      text="""Hi Gary,

Thanks for your email about the smell from the compost you had delivered in June.

Composted material can smell for a few weeks after it's spread, and complaints from your neighbours are really a matter between you and them rather than something for us.

Regards,
Neil
Greenfield Compost
"""),
]
