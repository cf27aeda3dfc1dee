# English reply drafts, written independently of the Japanese ones.
ITEMS = [
    # ---------------- clean ----------------
    dict(domain="engrave", labels=[],
         subject="Please approve your cutting board proof by Friday",
         text="""Hi Marcus,

Your engraving proof is attached. Could you approve it or send corrections by Friday, May 9, so the board ships in time for the anniversary on the 17th?

The proof shows "The Okafors — est. 2015" in Playfair, centred 4 cm above the juice groove. Walnut darkens the engraved area, so the lettering will look a little deeper in person than on screen.

If it all looks right, a reply saying "approved" is all we need, and we'll start cutting the same day.

Thanks,
Priya
Laserleaf Engraving
"""),
    dict(domain="fruit", labels=[],
         subject="We sent the wrong box, and how we're putting it right",
         text="""Dear Ms Hollis,

I'm sorry: the box that reached your mother on Saturday was a citrus sampler, not the pear and apple gift you ordered for her birthday.

Two orders were packed at the same station that morning, and the shipping labels were swapped between them. Nobody checked the label against the packing slip before the box was sealed.

The correct pear and apple box went out this morning by overnight courier and will arrive tomorrow before noon; there's no charge, and your mother is welcome to keep the citrus. We have also refunded your original shipping fee of $14.

From this week, every box is scanned and matched to its packing slip before it can be sealed, so a label can no longer end up on the wrong order.

Again, I apologise for spoiling the surprise.

Dana Whitford
Orchard Gate Gifts
"""),
    dict(domain="dbox", labels=[],
         subject="Locker service visit on Tuesday 14 October, 9-11 a.m.",
         text="""Hello Ms Brennan,

Our technician will service the parcel lockers at Harbour View on Tuesday 14 October between 9 and 11 a.m. Could you let residents know that the lockers will be out of use during that window?

He will replace the hinge on bay 7, which residents reported as sticking, and update the controller software. Parcels already in the lockers stay safe and can be collected as soon as he finishes.

If that morning doesn't suit the building, let us know by Friday and we'll offer two other slots.

Kind regards,
Tom Iveson
LockBay Installations
"""),
    dict(domain="babyfood", labels=[],
         subject="Your delivery was late this week - what happened and what we've changed",
         text="""Hi Jade,

I'm really sorry your Tuesday box didn't arrive until Thursday. I know you plan your week's meals around it, and two days is a long time with a hungry seven-month-old.

Our courier's regional depot flooded on Monday night, and every chilled parcel routed through it sat in a backup facility. The pouches stayed at the right temperature the whole time, so the food is safe to use.

We've credited this week's box ($42) back to your card, and you should see it within three business days. Since Wednesday, deliveries to your area go through a second depot, so one closure can no longer hold up a whole route.

Thanks for your patience,
Rosa
Little Spoon Kitchen
"""),
    dict(domain="staging", labels=[],
         subject="Staging quote for 22 Larch Road - decision needed by 3 April",
         text="""Hi Devon,

Here is our quote for staging 22 Larch Road. If you can confirm by Thursday 3 April, we'll have the house ready for your first open home on the 12th.

- Living, dining and two bedrooms, furniture and decor for 6 weeks: $4,200
- Delivery, install and removal: included
- Extra weeks: $450 each, billed weekly

After the 3rd, our next free install date is 19 April.

Best,
Lena
Nest & Frame Staging
"""),
    dict(domain="btopc", labels=[],
         subject="Your build has passed testing and ships today",
         text="""Hi Ahmed,

Good news: your PC passed its 12-hour stress test this morning and is being packed now. It will leave with UPS at 4 p.m. today, and the tracking number will follow by email tonight.

Test results: CPU peaked at 81°C and the GPU at 74°C under full load, both well inside spec. We've installed Windows 11 Pro and the latest drivers but left the desktop otherwise clean.

It's worth keeping the box for the first 30 days, in case the PC ever needs to come back under the return policy.

Cheers,
Kit
Overclock Lane Custom PCs
"""),
    dict(domain="fuelcard", labels=[],
         subject="Re: Why our March statement is higher",
         text="""Hi Gareth,

Your March statement is $1,180 higher than February's mainly because diesel prices rose 9% across our network during the month.

The rest is down to volume: your fleet filled up 37 more times than in February, almost all on the three new vans added on March 6. There are no new fees on the statement, and the card fee is still $4 per card.

I've attached a breakdown by vehicle if you want to check it against your drivers' logs.

Regards,
Imogen Clarke
RouteFuel Business Cards
"""),
    dict(domain="bungee", labels=[],
         subject="Your jump on Sunday 8 June - what to bring",
         text="""Hi Sam,

You're booked for 11:20 a.m. on Sunday 8 June. Could you check in by 10:50? That gives us time to weigh you and fit your harness.

You'll need photo ID and closed shoes; sandals can slip out of the ankle harness, and we can't let you jump in them. It's best to leave loose jewellery in the car, because it can catch on the cords.

If the wind forecast is over our limit, we'll text you by 7 a.m. and you can move to any date this season for free.

See you on the bridge,
Nikki
Gorge Leap Bungee
"""),
    dict(domain="plating", labels=[],
         subject="Re: RoHS compliance of your black zinc finish",
         text="""Dear Mr Kowalski,

Yes, our black zinc finish is RoHS compliant: it uses a trivalent chromium passivate, with no hexavalent chromium.

I've attached the test report from our last external audit (February 2025), which shows hexavalent chromium below the detection limit of 0.1 µg/cm². We can send a certificate of conformity with each batch at no charge if your customers need one.

Best regards,
Helen Marsh
Midland Plating Services
"""),
    dict(domain="adops", labels=[],
         subject="A wrong ad ran on Saturday: apology, cause and fix",
         text="""Hi Rachel,

I'm sorry: on Saturday from 9 a.m. to 3 p.m., your Facebook ads showed last year's "30% off" banner instead of the new spring creative.

When we duplicated last year's campaign as a template, the old banner stayed attached to one ad set, and we didn't check the live previews after publishing.

We switched the banner off at 3 p.m. as soon as your team flagged it. The six hours of spend on that ad set, $212, won't be billed, and the 14 customers who used the old discount at the till will have it honoured, as your store manager agreed.

Going forward, every campaign built from a template gets a second person reviewing the live previews before it's switched on.

Sorry again for the confusion this caused in the shop.

Owen
Brightclick Ads
"""),

    # ---------------- apology_incomplete ----------------
    dict(domain="gelato", labels=["apology_incomplete"],
         subject="About your melted order",
         text="""Hi Chloe,

We're so sorry your gelato arrived soft. That's not the experience we want anyone to have.

A fresh box of the same four flavours is on its way and should be with you tomorrow morning.

Enjoy, and thanks for being a customer!

Marco
Neve Gelato
"""),
    dict(domain="foodsample", labels=["apology_incomplete"],
         subject="Update on the sushi replica colours",
         text="""Dear Mr Tanaka,

The salmon nigiri replicas we delivered on Monday were a deeper orange than the real dish because our painter worked from the reference photo, which had a warm colour cast, rather than from the frozen sample.

We've repainted all eight pieces to match your sample, and they'll be delivered on Friday.

From now on, we colour-match every replica against the physical sample under daylight-balanced lamps, not photographs.

Regards,
Lucy Ward
Replica Kitchen
"""),
    dict(domain="fuelcard", labels=["apology_incomplete"],
         subject="Your declined cards on Monday",
         text="""Hi Priyanka,

Please accept our apologies for the declined transactions your drivers hit on Monday morning. I know at least two of your vans were stuck at the pump.

The declines were caused by a faulty certificate on one of our payment servers, which rejected cards from fleets set up before 2020. Yours was one of them.

We'll be reviewing how we manage certificate renewals so this doesn't happen again.

Regards,
Imogen Clarke
RouteFuel Business Cards
"""),

    # ---------------- placeholder_left ----------------
    dict(domain="engrave", labels=["placeholder_left"],
         subject="Your engraved pen set is on its way",
         text="""Hi {first_name},

Your engraved pen set left our workshop this morning and should arrive on Wednesday.

The tracking number is 1Z 88F 204 61 3370 0195. If the engraving isn't what you expected, reply within 14 days and we'll re-engrave a new pen free of charge.

Thanks again,
Priya
Laserleaf Engraving
"""),
    dict(domain="staging", labels=["placeholder_left"],
         subject="Furniture pickup confirmed",
         text="""Hi Marion,

Congratulations on the sale! We'll collect the staging furniture from 9 Alder Court on [DATE] between 8 and 11 a.m.

Could someone leave the lockbox code with us by the day before? Our crew needs it to get in if nobody is home. They'll photograph each room after clearing it, so you have a record of the walls and floors.

Best,
Lena
Nest & Frame Staging
"""),
    dict(domain="btopc", labels=["placeholder_left"],
         subject="Upgrade quote for your PC",
         text="""Hi Jordan,

Here's the quote for the upgrade you asked about. Reply "go ahead" by Monday if you'd like us to order the parts.

- RTX 4070 Super graphics card, installed and tested: $XXX
- 850 W power supply (needed for the new card): $129
- Labour: included

Turnaround is 3 business days after the parts arrive.

Cheers,
Kit
Overclock Lane Custom PCs
"""),

    # ---------------- purpose_not_upfront ----------------
    dict(domain="plating", labels=["purpose_not_upfront"],
         subject="Hello from Midland Plating",
         text="""Dear Ms Okafor,

It was good to meet your team at the trade show in Birmingham last month. We've had a busy spring here, with a new nickel line commissioned in April and two new platers joining the shop floor.
Our quality team also passed its ISO 9001 surveillance audit with no findings, which we're quite proud of.

On another note, the revised drawing for your hinge brackets shows a 12 µm finish where the purchase order says 8 µm. We need you to confirm which is correct by Wednesday, or the batch will miss its slot on the line.

Best regards,
Helen Marsh
Midland Plating Services
"""),
    dict(domain="babyfood", labels=["purpose_not_upfront"],
         subject="News from Little Spoon",
         text="""Hi Aisha,

Spring is here, and our kitchen has been busy! This month we're trying out a new pea and mint purée, and the feedback from our tasting panel of very honest toddlers has been great.
We've also switched to fully recyclable pouches, which you can now drop in your regular recycling bin.

By the way, the card on your account expired last month, so we'll need you to update it by the 5th, otherwise your next delivery will be paused.

Love,
The Little Spoon team
"""),

    # ---------------- sentence-level labels ----------------
    dict(domain="bungee", labels=["vague"],
         subject="Re: Changing my jump date",
         text="""Hi Olivia,

Thanks for letting us know. We can move your jump from 21 June to 5 July; you'd keep the same 2:40 p.m. slot.

Date changes made less than a week before the jump carry a small fee, which we'll add to your booking.

A quick reply confirming the change is all we need, and we'll send a new booking email.

Nikki
Gorge Leap Bungee
"""),
    dict(domain="adops", labels=["dismissive"],
         subject="Re: Competitor bidding on our brand name",
         text="""Hi Rachel,

Thanks for flagging the competitor ads showing up when people search for your shop's name.

Honestly, this happens to every brand and it isn't something worth spending time on. We'd rather keep the focus on your main campaigns.

Your February report will be with you on March 3 as usual.

Owen
Brightclick Ads
"""),
]
