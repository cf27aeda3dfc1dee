from common import C, D, I, R, AP, PH, PU


def Dr(domain, subject, text, *labels):
    return {"domain": domain, "subject": subject, "text": text, "labels": list(labels)}


DRAFTS = [
    # ---------------- clean ----------------
    Dr("dogcare", "Biscuit's Tuesday/Thursday place from 3 March is confirmed",
       """Hi Dana,

Good news: Biscuit has a place in the Tuesday and Thursday group starting Tuesday 3 March. Nothing else is needed from you.

The monthly fee for two days a week is $380, billed on the 1st. Drop-off is 7:30 to 9:30 a.m. and pick-up is by 6 p.m.
On his first day we'll send a photo and a short report through the app around lunchtime.

See you both soon,
Priya
Pawsitive Daycare, 412-555-0187
"""),
    Dr("woodshop", "Your oak bench: please choose a delivery date (12 or 14 June)",
       """Dear Mr Ellis,

Your oak hall bench is finished and oiled, and we'd like to book its delivery. Could you let us know whether Thursday 12 June or Saturday 14 June suits you better?

Delivery is between 9 a.m. and noon and takes two of us about 20 minutes. The bench is 1.6 m long, so it helps if the hallway is clear when we arrive.

Best wishes,
Tom Hardy
Hardy & Lowe Furniture Workshop
"""),
    Dr("gravestone", "Our apologies for the delay in fixing your mother's headstone",
       """Dear Mrs Patel,

I'm very sorry that your mother's headstone was not fixed on 2 April as we promised. I know how much you wanted it in place before the family visit.

The delay was caused by our supplier delivering the base in the wrong size; we should have checked the measurements when it arrived rather than on the morning of the installation, and that is our mistake.
A correctly cut base arrived yesterday. Our mason will install the headstone on Tuesday 9 April at 10 a.m., and I will send you photos the same afternoon. There is no extra charge.

From now on, every base and headstone is measured against the drawing on the day it arrives, and we only confirm installation dates once that check is done.

With sincere apologies,
Graham Webb
Webb Memorials
"""),
    Dr("icecarving", "Quote for your wedding centrepiece: please reply by 2 May to hold 24 May",
       """Hi Sophie and Mark,

Thanks for your enquiry. Here's our quote for the ice centrepiece for your reception at Ashcombe Barn on 24 May. If you'd like to go ahead, a reply by 2 May lets us hold the date and reserve a carving slot.

- Entwined hearts, 90 cm tall, with your initials: $1,150
- LED base and drip tray: included
- Delivery, set-up at 5 p.m. and collection the next morning: $120

At the barn's usual 21°C it will hold its shape for about six hours.

Best,
Jo Mendez
Crystal Carve Studio
"""),
    Dr("kendogu", "Your order #2291 has shipped",
       """Hello Kenji,

Your order (#2291: one 37 shinai and a pair of replacement tsuba) left our warehouse this afternoon with Royal Mail Tracked 48. Tracking number: TM 6620 4418 3GB.

It should arrive by Thursday. If it hasn't turned up by Saturday, we'll chase it with the carrier as soon as you let us know.

Thanks for shopping with us,
Budo Supplies UK
"""),
    Dr("pianomove", "Apology for our late arrival on Saturday",
       """Dear Ms Novak,

I'm sorry our team arrived two hours late to move your piano on Saturday, and that you had to rearrange your afternoon because of it.

The job before yours, across town, took much longer than planned because the piano had to come down a spiral staircase, and we had not left enough time between bookings. Our office also failed to call you when it became clear we would be late.
As an apology we have refunded the £60 stair charge to your card; you should see it within three working days.

We now leave at least 90 minutes between jobs on Saturdays, and the office phones the next customer as soon as a crew is running more than 20 minutes behind.

Kind regards,
Adam Brooks
Keynote Piano Removals
"""),
    Dr("sushiclass", "Your private class on 9 October: meeting point and what to bring",
       """Hi Laura,

Here is everything you need for your private class on Thursday 9 October at 10:30.

Meeting point: the blue noren curtain at the side entrance of Tsukiji Sushi Hall, 4-7-2 Tsukiji (map attached). It's a three-minute walk from Exit 1 of Tsukiji Station.
Bring: nothing at all. Aprons, knives and ingredients are provided, and you'll eat what you make, so there's no need to plan lunch.
Your instructor, Kenta, speaks English and will meet you at the entrance.

See you on Thursday!
Mika, Nigiri Workshop Tokyo
"""),
    Dr("glassblow", "Your pendant light commission: sketch attached for approval",
       """Dear Ruth,

Attached is the final sketch for your three pendant lights in smoky amber. Before we start blowing, could you confirm the drop length of 45 cm and the shade width of 22 cm? Once glass is blown we can't change the size.

If you approve by 20 November, the lights will be ready for collection on 12 December. The total stays at £690 as quoted.

Warm regards,
Niall
Harbour Glass Studio
"""),
    Dr("bouncy", "Invoice for your booking on 17 August (due 10 August)",
       """Hi Carla,

Attached is the invoice for the Jungle Castle and the toddler soft-play area for Riverside Primary's fun day on Saturday 17 August. The balance of $420 is due by 10 August; your $100 deposit has already been taken off.

You can pay by card through the link on the invoice, or by bank transfer using the reference BB-0817.
Our crew will arrive at 7:30 a.m. to set up, and everything will be inflated and checked by 8:30.

Thanks,
Marcus
Big Bounce Rentals
"""),
    Dr("tiling", "Re: grout colour options for your kitchen splashback",
       """Hi Steve,

Thanks for your question about grout colours.

> We can't decide between white and grey.

For the white metro tiles you've chosen, we stock three colours: bright white, silver grey and anthracite. White gives a seamless look but shows cooking splashes after a year or two; silver grey hides marks well and still looks light. Anthracite makes the tile pattern stand out strongly.
If it helps, I can bring sample boards when I come to measure on Monday, so you can see them against your worktop.

Cheers,
Dave Rowe
Rowe Tiling
"""),
    # ---------------- flawed: apology_incomplete ----------------
    Dr("candle", "Sorry about your order",
       """Hi Megan,

I'm so sorry your Christmas order arrived a week late. I know you were planning to give them as gifts, and that's really disappointing.

We've refunded the shipping cost (£4.95) to your card, and I've added a small tealight set to your account for your next order.
To make sure this doesn't happen again, we've moved our Christmas order cut-off earlier and taken on extra help in the packing room.

Best wishes,
Holly
Wick & Willow Candles
""", AP),
    Dr("yakatabune", "Our apologies for Saturday's cancelled cruise",
       """Dear Mr Okafor,

Please accept our sincere apologies for cancelling your party's evening cruise on Saturday at such short notice.

The boat's bilge pump failed its pre-departure check at 5 p.m., and we could not carry passengers safely without it.
We have refunded the full £1,450 to your card today, and I would like to offer you a free two-hour cruise on any date this season.

Yours sincerely,
Fiona Marsh
Grand Union Boat Hire
""", AP),
    Dr("sushiclass", "About your class on 14 March",
       """Hi Mr and Mrs Duval,

Thanks for your message about last Friday's class.

The instructor started 25 minutes late because the morning fish delivery came late from the market, and he had to finish preparing the fish before the class could begin.
We have refunded ¥4,000 per person for the shortened class, which should show on your card within a week.
We now prepare the fish the evening before, so a late delivery can no longer delay the start of a class.

Best regards,
Yuki
Nigiri Workshop Tokyo
""", AP),
    # ---------------- flawed: placeholder_left ----------------
    Dr("woodshop", "Welcome to the Saturday joinery course",
       """Hi {first_name},

Welcome to the Saturday joinery course! We start on 7 September at 10 a.m. and run for eight weeks.

Please wear closed shoes, since we'll be working with chisels and heavy timber from the first session. Safety glasses and aprons are provided.
Parking is free in the yard behind the workshop.

See you soon,
Tom
Hardy & Lowe Furniture Workshop
""", PH),
    Dr("tiling", "Confirming your bathroom refit start date",
       """Hi Mrs Gordon,

Just confirming that our team will start the bathroom refit on [DATE] at 8 a.m. The job will take four working days, and the bathroom won't be usable until the grout has cured on day five.

We'll remove the old tiles on day one, so there will be some noise in the morning.

Thanks,
Dave Rowe
Rowe Tiling
""", PH),
    Dr("kendogu", "Quote for your dojo's bogu order",
       """Dear Sensei Harper,

Thank you for your enquiry. Here's our quote for the club order:

- 10 junior bogu sets (size S), embroidered tare names: £XX each
- 10 shinai (size 34): £28 each
- Delivery to the dojo: free for orders over £500

This quote is valid until 31 January. If you'd like to go ahead, just reply to this email and we'll send a pro-forma invoice.

Kind regards,
Budo Supplies UK
""", PH),
    # ---------------- flawed: purpose_not_upfront ----------------
    Dr("dogcare", "News from Pawsitive Daycare",
       """Hi Jess,

It's been a busy spring here! We've opened the new shaded play yard, and the small-dog group has been loving the paddling pools. Our trainer Leo also started running short recall sessions on Wednesday afternoons.
We've had a lot of new pups join this month, so you'll probably see some new faces at pick-up.

One more thing: Rosie's rabies vaccination expires on 30 April, and we can't admit her after that date until we have the new certificate. Could you upload it to the app before then?

Cheers,
Priya
""", PU),
    Dr("pianomove", "Hello from Keynote",
       """Dear Mr Fischer,

We hope you're settling into the new house. It was a pleasure moving your grand piano last month. Many of our customers ask about tuning after a move, and we now work with two excellent local tuners whom we're happy to recommend.
We've also recently added climate-controlled storage at our depot in Hove.

By the way, our records show the invoice for the move (£780) is still unpaid. Payment was due on 28 February; could you settle it by 15 March, or let us know if there's a problem?

Best regards,
Keynote Piano Removals
""", PU),
    # ---------------- flawed: sentence labels ----------------
    Dr("icecarving", "Your ice bar on 31 December",
       """Hi Priyanka,

Thanks for booking the ice bar for your New Year's Eve party. Send us the floor plan of the venue and the name of your events manager by 15 December.

The bar is 1.8 m long and will be delivered at 6 p.m. on the day.

Jo
Crystal Carve Studio
""", I, R),
    Dr("glassblow", "Re: bubbles in my glasses",
       """Hi Owen,

Thanks for your email.

> Two of the six tumblers have visible bubbles near the rim.

Small bubbles are part of what makes handblown glass handmade; if you wanted identical factory glasses, you could have bought them in a department store. We won't be replacing them.

Niall
Harbour Glass Studio
""", C, D),
]
