# English reply drafts, written on their own. labels: list of rule ids ([] = clean).
AI = "apology_incomplete"
PL = "placeholder_left"
PU = "purpose_not_upfront"

DRAFTS = [
    dict(domain="homecenter", labels=[AI], subject="Your kitchen worktop order",
         text="""Hi Mr Doyle,

I'm really sorry that the oak worktop we delivered on Saturday was cut 40mm short.

Our cutting machine had been recalibrated that morning and the new stop wasn't set back to zero, so every cut that day came out short.

A new worktop, cut and checked by two of us, will be delivered to you this Thursday between 8 and 11am, and the driver will take the short one away.

Kind regards,
Priya Shah
Hartwell Hardware, Cutting Service
"""),
    dict(domain="homecenter", labels=[], subject="Tool hire: your cement mixer is booked for Saturday",
         text="""Dear Ms Oduya,

Your cement mixer is booked for Saturday 14 June, collected from our Leeds Road store at 8am and returned by 5pm.

The hire is £32 for the day, plus a £50 deposit that we refund when the mixer comes back clean. Please bring photo ID when you collect it, as our insurer requires us to record who has each machine.

If it rains and you want to move the day, just reply to this email before Friday 5pm and there's no charge.

Best wishes,
Tom
Hartwell Hardware Tool Hire
"""),
    dict(domain="survey", labels=[PU], subject="Hello from OpinionLoop!",
         text="""Hi Daniel,

Thanks for being part of the OpinionLoop community! We now have over 400,000 members across the UK, and last month alone our panel helped shape everything from supermarket packaging to the design of a new bus route.

We've also refreshed our app with a cleaner look, faster loading and a new badge system. Members who complete 10 surveys in a month now earn a bonus badge on their profile.

By the way, your account shows two payout methods with different names on them. So that we can keep paying you, could you confirm which one is yours by 30 November?

Cheers,
The OpinionLoop Team
"""),
    dict(domain="survey", labels=[], subject="Your £25 cash-out is delayed until 19 March - here's why",
         text="""Hi Anita,

Your £25 cash-out, requested on 4 March, will reach your bank on 19 March rather than the 11th.

Our payment provider flagged a batch of payouts that day for a routine fraud check, and yours was one of them. Nothing is wrong with your account, and the check has now been cleared.

You don't need to do anything. If the money hasn't arrived by 20 March, reply to this email and I'll chase it with the provider the same day.

Best,
Grace, OpinionLoop Support
"""),
    dict(domain="jam", labels=["imperative", "request_without_reason", "condescending"], subject="Re: mould in my jar",
         text="""Hello,

As it says clearly on the label, our jams contain less sugar than supermarket ones and must be refrigerated after opening. Mould after three weeks in a cupboard is what you would expect.

Send us your order number and a photo of the lid.

Bramble & Jar
"""),
    dict(domain="jam", labels=[], subject="Wholesale: pricing and minimum order for Larder Cafe",
         text="""Hi Josh,

Thanks for getting in touch about stocking our jams at Larder Cafe.

Our wholesale price is £3.10 per 227g jar, with a minimum order of 24 jars (mixed flavours are fine). Delivery is free on orders over 48 jars; below that it's a flat £8.

Orders placed by Tuesday are made and dispatched the following Monday. I've attached our current flavour list and shelf-life chart.

If you'd like to try before committing, I can post you four sample jars this week - just let me know the café's address.

Warm regards,
Helen
Bramble & Jar
"""),
    dict(domain="yose", labels=["vague", "unknown_without_followup"], subject="Re: rescheduled show",
         text="""Hi Sam,

Thanks for your message. The headliner for Friday has pulled out, and we don't know yet when he'll be able to do the show.

Your tickets will stay valid, and we'll be in touch about the new date at some point.

The Lantern Room
"""),
    dict(domain="yose", labels=[], subject="Wheelchair space confirmed for Saturday 7pm",
         text="""Hi Mrs Patel,

I've reserved the wheelchair space in row A for your husband, with the companion seat next to it, for Saturday's 7pm show.

The step-free entrance is on Mill Lane, to the left of the main doors. Our accessible toilet is on the same level, and the bar will bring drinks to your seats if you'd prefer not to queue.

If anything changes on the night, our duty manager Carl is on 0161 555 0184 from 6pm.

See you Saturday,
Nadia
The Lantern Room
"""),
    dict(domain="posting", labels=[PL], subject="Your leaflet drop is complete",
         text="""Dear {first_name},

Good news - your leaflet drop for {campaign_name} finished on Tuesday 8 October.

Our walkers delivered 12,000 leaflets across the LS6 and LS16 postcodes, skipping 212 homes with "no junk mail" signs. The GPS map of every route is attached.

If you'd like to repeat the drop next month, we can hold the same walkers and routes for you until 25 October.

Best,
DoorDrop North
"""),
    dict(domain="posting", labels=[], subject="We've removed Beech Grove from your rounds",
         text="""Dear Mr Hughes,

Thank you for letting us know that leaflets were still coming through your door despite the sign.

From today, Beech Grove is removed from all our rounds, for every client. The walker who covered your street last week missed the sign on your door; he has been reminded of our rule, and our route sheets now mark your house as "no leaflets" so that no walker can miss it again.

I'm sorry it took a complaint for this to happen.

Regards,
Lena Fisher
Operations, DoorDrop North
"""),
    dict(domain="housebuilder", labels=[PU], subject="Oakridge Homes - autumn update",
         text="""Dear Mr and Mrs Carter,

We hope you're both well. It's been a busy season at Oakridge: we've just handed over the last six homes at Elm Park, and our show home at Brook Meadow opens next month.

Our site team would also like to thank you for the biscuits you left for them in September - they disappeared within the hour!

On your own plot, the roof is now on. We need your choice of bathroom tiles by Friday 18 October, because the supplier's lead time is four weeks and the tilers are booked for mid-November.

Warm regards,
Jo Reeves
Customer Liaison, Oakridge Homes
"""),
    dict(domain="housebuilder", labels=[], subject="Snagging visit on 3 December: please confirm access",
         text="""Dear Ms Lindqvist,

Our snagging team will visit on Tuesday 3 December, 9am to 1pm, to fix the items on your list: the sticking patio door, the cracked grout in the ensuite and the loose stair spindle.

Could you confirm by Friday that someone will be in to let us in? We need to know so that we can give the morning to another homeowner if not.

The work is covered by your two-year builder warranty, so there is no charge.

Best wishes,
Martin Hale
Customer Care, Oakridge Homes
"""),
    dict(domain="rentguarantee", labels=[PL], subject="Your guarantor agreement is ready to sign",
         text="""Dear [Tenant Name],

Your application to Keystone Rent Guarantor for [Property Address] has been approved.

Your guarantor fee is £640, payable before your tenancy starts. Your agreement is attached; please sign it electronically using the link below so that your letting agent receives a copy before move-in.

If you have any questions, our team is available Monday to Friday, 9am to 6pm.

Keystone Rent Guarantor
"""),
    dict(domain="rentguarantee", labels=[], subject="Your June rent has been paid to your landlord",
         text="""Dear Mr Banda,

We've paid your landlord the full £1,150 rent for June, so your tenancy is safe and there's nothing they can act on.

Your bank returned the direct debit on 1 June because the account had been closed. You can add the new account on the "Payment details" page of your online account; it takes about two minutes.

The £1,150 can be repaid in up to three monthly instalments without any extra charge. Reply with the number of instalments you'd like and I'll set it up.

Kind regards,
Ruth Okafor
Tenant Support, Keystone
"""),
    dict(domain="playground", labels=[], subject="Apology: missed defect on the Church Lane climbing frame",
         text="""Dear Ms Greene,

I'm very sorry that a loose platform bolt on the Church Lane climbing frame was missed at our inspection on 2 April, and that a child was hurt as a result.

Our inspector checked the bolts visually but did not test them by hand, which our procedure requires for platform fixings. That is our failure.

On 9 April we replaced all eight platform bolts with locking nuts and re-inspected the whole frame; it is open again. We have also retrained the inspector involved.

From this month every inspection sheet requires a hand-test sign-off for each fixing, and a second inspector audits one site in ten.

Yours sincerely,
Alan Pryce
Director, SafePlay Inspections
"""),
    dict(domain="musicdist", labels=[AI], subject="Your release was removed from stores",
         text="""Hi Ezra,

We're sorry to tell you that your EP "Low Tide" was taken down from all stores on Monday, and for the worry this has caused.

We've now restored it on Spotify, Apple Music and Amazon, and it should be visible again within 24 hours. Your streams and playlist placements are kept.

To stop this happening again, we've added a manual review before any release is taken down.

Best,
Sonora Distro Support
"""),
    dict(domain="novelty", labels=[], subject="Sorry: your tote bags will arrive Thursday, a day later than promised",
         text="""Hi Priya,

I'm sorry - your 300 tote bags will now arrive on Thursday 14 November instead of Wednesday, because the printer's drying unit broke down on Monday and cost us a day.

The bags were printed on Tuesday and are with the courier now on a guaranteed next-day service; the tracking number is DX 4418 2207 19. Your event is on the 16th, so they'll be with you two days before.

We've refunded the £45 express charge, and we now keep a second printer on standby for orders with event dates.

Best,
Marcus
BrandBox Promo
"""),
    dict(domain="concrete", labels=[AI], subject="Late deliveries to Kingsway site on 5 March",
         text="""Dear Mr Nowak,

On 5 March your second and third loads arrived 45 and 70 minutes late. This was because one of our drivers called in sick and a replacement had to come from our Barnsley plant.

We've credited the standing time for your crew and the pump to your account (£380) and the credit will show on your March invoice.

From next week we'll keep a relief driver on call at the plant every morning.

Regards,
Dave Mercer
Transport Manager, Northfield Ready-Mix
"""),
    dict(domain="iot", labels=[PL], subject="Your replacement hub is on its way",
         text="""Hi Lucy,

Your replacement Nestly hub has been dispatched and should arrive on <DELIVERY_DATE>.

When it arrives, open the app, go to Settings > Hubs > Replace hub, and follow the steps. Your sensors and routines will move across automatically.

Please send the old hub back in the prepaid bag within XX days so we can check the fault.

Thanks,
Nestly Support
"""),
    dict(domain="iot", labels=[], subject="Sensor alerts missed on 12-13 January: what happened",
         text="""Dear Mr Reid,

Your mother's door sensor did not send alerts between 11pm on 12 January and 7am on the 13th, and I'm truly sorry for the worry that caused you.

An update to our notification service that night contained a fault that stopped alerts for about 3% of accounts, including yours. The sensor itself kept recording, and the full log is in the app's History tab.

We rolled the update back at 7:04am, and every alert since then has been delivered. Updates to the alert service are now released to 1% of accounts first and held for 12 hours before reaching everyone else.

Regards,
Hannah Cole
Nestly Customer Care
"""),
]
