# English reply drafts, per domain: (subject, text, labels). Written independently.
DRAFTS = {
    "refurb_pc": [
        ("Sorry about the wrong keyboard layout on order #58213",
         """Hi Priya,

I'm sorry: the laptop we sent you has a German keyboard instead of the UK layout you ordered.

Our warehouse stores both versions of this model on the same shelf, and the picker grabbed the wrong one without checking the layout label.
A UK-layout unit with the same specs left our warehouse this morning by tracked next-day courier (tracking RM 7741 0093 GB). The courier will collect the German one when they drop off the new one, so you don't need to print or pay for anything.
We've now split the two layouts onto separate shelves and added a layout check to the final packing photo.

Thanks for your patience,
Tom
Refurb Republic
""", []),
        ("Your extended warranty is active",
         """Hi [First Name],

Your 24-month extended warranty for the Dell Latitude 7420 (serial 8HX2KQ3) is now active.

It covers hardware faults, including the battery, until 14 March 2027. If anything goes wrong, reply to this email with a short description and we'll send a prepaid box within two working days.

Best,
Tom
Refurb Republic
""", ["placeholder_left"]),
    ],
    "brokerage": [
        ("Apology for yesterday's delayed trade confirmations",
         """Dear Mr Okafor,

We apologise that the trade confirmations for your orders on 9 April reached you about six hours late, and that your portfolio page showed out-of-date holdings for most of that afternoon.

All confirmations have now been issued, and your portfolio page has been correct since 7:40 pm that evening. None of your orders were affected: each one executed at the time and price shown on its confirmation.
To stop this happening again, we've added an alert that pages our operations team if confirmations are more than 15 minutes behind.

Kind regards,
Helen Marsh
Client Services, Northgate Invest
""", ["apology_incomplete"]),
        ("One more document needed to finish opening your ISA",
         """Dear Ms Castillo,

To finish opening your stocks and shares ISA, we need one more document: proof of your current address dated within the last three months.

The address on your application (14 Harbour Row) is different from the one on your driving licence, and regulations require us to confirm where you live before the account can accept money. A council tax bill, bank statement or utility bill will all work; you can upload a photo of it under Profile > Documents.

Once it's in, we usually finish the check within one working day and will email you as soon as the account is open.

Kind regards,
Helen Marsh
Client Services, Northgate Invest
""", []),
    ],
    "roadside": [
        ("A note from RoadReady",
         """Hi Dan,

Thanks for being a RoadReady member for the past three years. We've had a busy winter: our patrols attended over 40,000 breakdowns, and our average arrival time dropped to 52 minutes.
We've also added two new patrol bases in the north of the county, which should help members around Hexley and Brampton.

Your membership renews on 1 May. The price is going up from £89 to £96 a year, and if you'd like to stay on the cheaper Basic cover instead of moving to the new Plus tier, you'll need to tell us by 20 April; otherwise we'll switch you to Plus automatically.

Thanks,
The RoadReady team
""", ["purpose_not_upfront"]),
    ],
    "demolition": [
        ("Start date confirmed: Monday 9 September",
         """Hi Mr and Mrs Alder,

Your garage demolition is confirmed to start on Monday 9 September. We expect to be finished and off site by Friday 13 September.

The crew will arrive at 8 am and work until 4:30 pm each day. Because the skip lorry needs the full width of the drive, could you park your cars on the street from Sunday evening? We'll have the drive clear again by 5 pm on the Friday.

If anything changes at your end, just reply here or call me on 07700 900 412.

Best,
Marcus Reid
Reid Demolition
""", []),
        ("Update on your extension site",
         """Hi Sophie,

Just a quick update on the rear extension. The old conservatory is down and most of the rubble has gone.

We may need to come back for a bit longer than planned, because the base is thicker than it looked. There'll probably be some extra cost for this, but it shouldn't be too much. We'll let you know more in the coming weeks.

Cheers,
Marcus
Reid Demolition
""", ["vague"]),
    ],
    "railway": [
        ("We're sorry about your cancelled 17:48 to Ashby",
         """Dear Ms Patel,

I'm very sorry that the 17:48 from Central to Ashby was cancelled on Tuesday and that you waited over an hour on a cold platform with no clear information.

The train was cancelled because the driver rostered to it was held up on a late-running service, and we had no spare driver at Central that evening. The platform screens weren't updated because the cancellation was entered in our system as a delay.
We've refunded the full £14.60 fare to your card, and you should see it within five working days.

Yours sincerely,
Gareth Lewis
Customer Relations, Valley Lines
""", ["apology_incomplete"]),
        ("Timetable change from 2 June on the Coast Line",
         """Dear season ticket holder,

From Monday 2 June, the 07:05 from Porthmere to Kingsbridge will leave at 06:58, seven minutes earlier than now. All other morning trains keep their current times.

The change lets the train pass a freight service at Linton without waiting, which should end the regular five-minute delays on this service. Your season ticket stays valid, and the new pocket timetable is available at every staffed station from 20 May.

Yours faithfully,
Valley Lines Customer Relations
""", []),
    ],
    "vod": [
        ("Your plan has changed to Premium",
         """Hi Jordan,

You've switched to the Premium plan, so you can now watch in 4K on up to four screens at once.

Your new monthly price is {{plan_price}}, and the first charge at this price will be on 3 March. You can switch back to Standard at any time from Account > Plan.

Enjoy the show,
The Flickbox team
""", ["placeholder_left"]),
        ("Downloads for your flight: how many and how long",
         """Hi Maya,

On your plan you can keep up to 25 downloads on one device at a time, and each download stays playable for 30 days, or 48 hours after you first press play.

For a long flight, we'd suggest downloading the day before you leave, while you're on Wi-Fi: a two-hour film in standard quality takes about 1 GB. A few titles can't be downloaded because of licensing, and they show no download icon.

Have a good trip,
Sam
Flickbox Support
""", []),
    ],
    "distillery": [
        ("Your tour booking: Saturday 12 October, 2 pm",
         """Hi Ewan,

Your Warehouse Tour for two on Saturday 12 October at 2 pm is confirmed. The tour lasts about 75 minutes and finishes with three drams in the tasting room.

Please come to the visitor centre ten minutes early so we can check your photo ID before the tour sets off; we can't serve anyone whose age we haven't checked. If one of you is driving, let the guide know and we'll pack your drams in sample bottles to take home.

See you then,
Isla
Glenmore Distillery
""", []),
    ],
    "gibier": [
        ("Greetings from Wildcraft Larder",
         """Hi Rachel,

Autumn is here at last, and the hills around us are full of deer after a mild summer. Our stalkers say it's the best season in years, and the first haunches have just gone into our hanging room.
We've also launched a new venison chorizo, which has been flying off the shelves at the farm shop.

About your order: the wild boar shoulder you asked for isn't available this month, so we can either send venison shoulder in its place at the same price or hold your order until boar comes in (likely early December). Could you let us know which you'd prefer by Friday?

Best wishes,
Alfie
Wildcraft Larder
""", ["purpose_not_upfront"]),
    ],
    "netsuper": [
        ("Sorry for the missing bag in Thursday's delivery",
         """Hi Ms Novak,

I'm sorry that one of your bags was missing from Thursday's delivery.

Our driver loaded only four of your five bags because the fifth had been put in the chiller for another van by mistake. We've refunded the £23.85 for the missing items to your card today, and added a £5 credit for the trouble.
From this week, drivers scan every bag into the van, and the system won't let them leave the depot if an order is incomplete.

Best wishes,
Leah
FreshDoor Groceries
""", []),
        ("About your complaint on substitutions",
         """Hi Mr Grant,

Thanks for your message about the substitutions on your last order.

As the checkout page clearly explains, substitutions are switched on unless you untick the box, which most customers manage without any trouble. If you'd taken a moment to check your settings before ordering, you wouldn't have received the oat milk.

Regards,
Leah
FreshDoor Groceries
""", ["condescending"]),
    ],
    "kids_gym": [
        ("Summer camp week: your booking for XX/XX",
         """Hi Jess,

Thanks for booking Leo onto our summer gymnastics camp. His place is confirmed for the week of XX/XX, from 9 am to 3 pm each day.

He'll need a water bottle, a packed lunch and clothes he can move in. The camp costs £145, which we've taken from the card on your account.

See you soon,
Coach Amy
Little Leapers Gymnastics
""", ["placeholder_left"]),
        ("Change to Tuesday class times from 7 January",
         """Hi Mr Hughes,

From Tuesday 7 January, Lily's class will move from 4:30 to 4:15 pm and will finish at 5:15 pm.

We're moving it 15 minutes earlier so the older squad can have the full floor from 5:20, which several parents asked for. If the new time doesn't work for you, reply to this email and we'll offer Lily a place in the Thursday 4:30 class instead.

Thanks,
Coach Amy
Little Leapers Gymnastics
""", []),
    ],
    "cake_order": [
        ("Sorry about your daughter's cake",
         """Dear Ms Whitfield,

I'm so sorry that the unicorn cake you collected on Saturday had a large crack across the top.

It cracked because we moved it from the fridge to the display too quickly before you arrived, and the icing couldn't take the change in temperature. From now on, celebration cakes will rest on a cooling shelf for an hour before they're moved to the counter.

With apologies,
Grace
Sugar & Crumb
""", ["apology_incomplete"]),
        ("Quote for your three-tier wedding cake on 21 June",
         """Dear Olivia and Sam,

Thank you for asking us about your wedding cake. For a three-tier lemon and elderflower cake serving 90 guests, with fresh flowers supplied by your florist, the price is £540, including delivery to Hartwell House and setting up.

To hold 21 June for you, we take a £100 deposit, as we only make two wedding cakes each weekend. We'd need the deposit by 15 March; after that, the date goes back on our calendar.

Warm wishes,
Grace
Sugar & Crumb
""", []),
    ],
    "elearning": [
        ("Your team's access now runs until 30 September",
         """Hi Daniel,

I've extended your team's course access to 30 September, as you asked, at no extra cost.

All 18 learners keep their progress, and the three who haven't finished the Data Literacy module will get an automatic reminder on 1 September. You'll see the new end date on your admin dashboard now.

Best,
Nadia
Skillpath for Teams
""", []),
    ],
}
