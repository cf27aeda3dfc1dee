# English reply drafts, written on their own: dict(domain, subject, text, labels)
A, P, F = "apology_incomplete", "placeholder_left", "purpose_not_upfront"
C, V, I, R, U, D = ("condescending", "vague", "imperative", "request_without_reason",
                    "unknown_without_followup", "dismissive")

DRAFTS = [
dict(domain="tofu", labels=[A], subject="Sorry about Tuesday's delivery", text="""Hi Dana,

I'm really sorry your Tuesday order reached you two hours late and you had to rework your lunch menu at short notice.
Our walk-in cooler failed overnight, so the morning batch had to be thrown out and made again from scratch.
We've credited Tuesday's order in full; you'll see it on your next invoice.

Thanks for bearing with us,
Lee
Riverbend Tofu Co.
"""),
dict(domain="tofu", labels=[], subject="Holiday schedule: last delivery Dec 23, first delivery Jan 3", text="""Hi all,

Quick note on holiday deliveries so you can plan your orders: our last delivery of the year is Tuesday, December 23, and we start again on Saturday, January 3.

Since we press to order and need a day to soak the beans, please get any orders for the 23rd to us by 2 p.m. on the 21st.
If you'd like a double order to carry you through the break, you can simply reply with the quantity. Firm and extra-firm keep for 10 days unopened.

Happy holidays from all of us,
Lee, Riverbend Tofu Co.
"""),
dict(domain="shuttle", labels=[], subject="Your missed pickup on May 9 - our apology and refund", text="""Dear Mr. Okafor,

I'm very sorry that no one was waiting for you at Terminal B on May 9 and that you had to find a taxi after a long flight.

When your booking came in by phone, our dispatcher entered it for June 9 instead of May 9, so no driver was assigned.
We've refunded your $68 fare and reimbursed the $91 taxi receipt you sent, both to the card on file today.
From now on every booking gets an automatic text confirmation 24 hours before pickup, so a wrong date shows up while there's still time to fix it, and phone bookings are read back to the caller before we hang up.

Again, my apologies.
Rita Voss
Operations Manager, Harbor Airport Shuttle
"""),
dict(domain="shuttle", labels=[P], subject="Your pickup is confirmed", text="""Hi [First Name],

Thanks for booking with Harbor Airport Shuttle!

Your pickup is confirmed for {pickup_date} at 5:40 a.m. from 22 Lindell Ave. Your driver will text you when he's 10 minutes away.

Safe travels,
Harbor Airport Shuttle
"""),
dict(domain="radio", labels=[F], subject="News from Northline Radio", text="""Hi Pete,

Hope the antenna project is going well! We've had a busy spring here: the shop moved two doors down to a bigger space, and we finally have room for a proper test bench.
Field Day is June 28 this year, and the club will be set up in Miller Park if you want to stop by. There'll be a grill going.
We've also started carrying the new Yaesu handhelds, and a few are on the demo shelf.

By the way, your HT came back from the bench. The fix is a new final transistor for $210 including labour. Could you tell us by Friday whether to go ahead or return the unit as is? We can only hold repair parts for a week.

73,
Ed
"""),
dict(domain="radio", labels=[], subject="Approval needed: repair estimate for your IC-7300 (ticket 4471)", text="""Hi Ms. Brandt,

Could you let us know whether you'd like us to go ahead with the repair below?

- Fault: no transmit output on 20 m and 40 m
- Cause: failed low-pass filter relay
- Cost: $38 part + $95 bench time = $133
- Turnaround: 4 business days after approval

If you decide not to repair it, there's no charge for the diagnosis and we'll ship it back for $18.
We hold tickets for 30 days, so we'll call you on July 14 if we haven't heard from you by then.

Thanks,
Ed Lindqvist, Northline Radio
"""),
dict(domain="fishmail", labels=[], subject="We sent you cod instead of halibut - sorry, and here's the fix", text="""Hi Ms. Duarte,

I'm sorry: the box that reached you on Thursday held two pounds of cod, not the halibut you ordered for Saturday's dinner.

Two orders were packed at the same station at the same time, and the labels were switched between the boxes.
A fresh halibut order left our dock this morning by overnight air and will arrive tomorrow before noon. Please keep the cod with our compliments; you won't be charged for it.
We've changed our packing line so that each order is sealed and labelled before the next one is started at that station.

Best regards,
Jenna Park
Customer Care, Gulf & Grain Seafood
"""),
dict(domain="fishmail", labels=[P], subject="Your order has shipped", text="""Hi Sam,

Good news: your Maine lobster tails (4 x 6 oz) have left our facility and are on their way in an insulated box with dry ice.

Tracking number: [TRACKING NUMBER]
Expected delivery: Friday before 8 p.m.

Someone should be home to receive them, because the box stays frozen for only about 24 hours.

Gulf & Grain Seafood
"""),
dict(domain="scrap", labels=[C, D], subject="Re: weight on ticket #20931", text="""Mr. Haines,

We've looked at your complaint about the weight on ticket #20931.
Our scales are state-certified every year, and the certificate is posted by the window for anyone who bothers to read it.
If you'd stayed for the weigh-in like most of our customers do, you'd have seen the numbers yourself.
The ticket stands, and we won't be revisiting it.

Tri-County Metals
"""),
dict(domain="scrap", labels=[], subject="How payment works for your roll-off container", text="""Hi Angela,

Here's how you'll be paid for the 20-yard container at your jobsite.

Once our driver brings the container in, we sort and weigh the load the same day and email you a ticket with the weight and price of each metal.
Payment goes out by direct deposit within two business days of the ticket. Loads over $5,000 need a W-9 on file first, so if you expect a big load, could you send us one beforehand?

You can reach me at 555-0144 if anything on the ticket looks off.
Marcus, Tri-County Metals
"""),
dict(domain="djhire", labels=[A], subject="Our apologies for Saturday night", text="""Dear Priya and Tom,

We're so sorry the music cut out for almost twenty minutes during your reception on Saturday. That's the last thing anyone wants on their wedding night.
We've refunded $300 of your booking fee to the card you paid with.
Going forward, every one of our DJs will carry a second controller and a backup laptop to every event.

With our sincere apologies,
Jay Morales
Soundwave Events
"""),
dict(domain="djhire", labels=[], subject="Please confirm your timeline by June 2", text="""Hi Kendra,

Could you look over the timeline below and confirm it, or send changes, by June 2? We use it to cue every song, and the venue needs our final power plan that week.

5:30  Ceremony (processional: "Bloom", recessional: "Signed, Sealed, Delivered")
6:15  Cocktail hour (acoustic playlist)
7:15  Grand entrance + first dance ("At Last")
7:30  Dinner
8:30  Toasts (2 wireless mics)
8:45  Dancing until 11:00

Thanks!
Jay, Soundwave Events
"""),
dict(domain="igo", labels=[F], subject="Hello from the Stone House Go Club", text="""Hi Marion,

It was great to see you at the Thursday meetup - that ladder fight in your game with Kevin had the whole room watching!
We now have 42 members, the most we've ever had, and the new teaching sets arrived last week.
The library corner is also growing; someone donated a full set of the Kiseido classics.

Anyway, for the spring tournament on April 12 we're short one referee. Since you're one of the few 4-dans who isn't playing, would you be willing to do it? I need to send the roster to the venue on Friday.

Cheers,
Hiro
"""),
dict(domain="usedclothes", labels=[P], subject="Your payout is on its way", text="""Hi Jordan,

Thanks for accepting your offer! Your payout of $XX.XX has been sent by PayPal and should show up within one business day.

We kept 9 of your items and donated the rest, as you requested.

Thread Again Resale
"""),
dict(domain="usedclothes", labels=[], subject="About your consigned dress (item #55-218) - apology and payment", text="""Dear Ms. Whitfield,

I'm sorry to tell you that we can't locate the green silk dress you consigned with us in February.

When our warehouse moved to new shelving in March, the dress's bin was relabelled with the wrong consignor code and its contents were mixed into general stock. We have searched both locations and can't find it.
Today we paid you $180, the full listed price, with no commission taken, by bank transfer.
Every bin is now scanned at each move, and the system won't let a bin be relabelled unless the old code is scanned first.

I truly apologise for the loss.
Nadia Brooks, Thread Again Resale
"""),
dict(domain="appraisal", labels=[U, V], subject="Re: appraisal for your insurer", text="""Dear Mr. Castellano,

Thank you for your message about the appraisal report for the three bronzes.
We are unable to say whether your insurance company will accept our report in its current format.
The report itself will be ready soon.

Kind regards,
Hollis & Grant Appraisers
"""),
dict(domain="appraisal", labels=[], subject="Quote and dates for appraising your late mother's collection", text="""Dear Ms. Novak,

Thank you for your call, and I'm sorry for your loss.
Below is our quote for appraising the collection for the estate, with three dates we could visit. Please let us know which suits you.

- 18 paintings and works on paper, 6 pieces of silver
- Flat fee: $1,900, travel within 50 miles included
- Site visit: March 4, 6 or 10, about five hours
- Written report: within 15 business days of the visit

Your attorney mentioned the estate inventory is due April 30; any of these dates leaves time to spare.

Sincerely,
Helen Grant, ASA
"""),
dict(domain="hats", labels=[], subject="Your fitting on March 18 - what to bring", text="""Hi Owen,

Your fedora's block is ready, and we've booked your first fitting for Wednesday, March 18 at 11 a.m., as you asked.

The fitting takes about 30 minutes. If you'll wear the hat mostly with glasses or with your hair longer, it helps to come as you'd usually wear it, since both change how the hat sits.
After the fitting, the hat takes about two more weeks to finish.

See you then,
Clara, Bell & Brim Hatters
"""),
dict(domain="boardtune", labels=[A], subject="Sorry about the edge angle on your skis", text="""Hi Ben,

My apologies: when we tuned your skis last week we set the side edge at 3 degrees instead of the 1 degree you asked for.
The tech had the previous customer's setting still loaded on the machine and didn't check it against your ticket.
From now on, every tune ticket has a line for the edge angle that has to be read back and initialled before the machine starts.

Thanks,
Sam, Summit Tune Shop
"""),
dict(domain="terrarium", labels=[], subject="Reminder: Saturday's terrarium workshop starts at 2 p.m.", text="""Hi everyone,

A quick reminder that our closed-terrarium workshop is this Saturday, October 11, from 2 to 4 p.m. at the studio (118 Fern St., side door).

All glass, soil, moss and plants are included. We'll be working with damp soil, so you may want clothes you don't mind getting a bit dirty.
Street parking is free on weekends. If you can't make it, a reply by Thursday is all we need to move you to the November 8 session at no charge.

See you Saturday!
Maya, Glass & Moss Studio
"""),
]
