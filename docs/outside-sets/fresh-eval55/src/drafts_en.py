from common import Dr, C, V, I, R, U, D, AI, PL, PU

DATA = {
"wrap": [
    Dr("Your install is booked: Thursday, April 17, 8:30 a.m.",
"""Hi Marcus,

Your satin-black wrap on the 2021 Tacoma is booked for Thursday, April 17. Drop-off is at 8:30 a.m., and the truck will be ready for pickup on Saturday after 2 p.m.

Two things that help the film stick:
- It helps a lot if the truck is washed the day before, without wax or ceramic spray, since those leave a layer the adhesive can't grip.
- If you can bring both keys, we can move the truck between bays while another car is inside.

The balance of $2,980 is due at pickup. If Thursday stops working for you, reply by Monday and I'll find another slot.

Thanks,
Dana
Northside Wraps & Tint
(614) 555-0148
"""),
    Dr("Your quote from Northside Wraps",
"""Hi {first_name},

Thanks for stopping by the shop last week. Here's the quote for the partial wrap and chrome delete we talked about:

- Hood and roof in gloss black: $1,240
- Chrome delete (window trim and badges): $460
- Total: $1,700, valid for 30 days

We're booking about two weeks out right now. Reply to this email with a couple of dates that work for you and I'll lock one in.

Dana
Northside Wraps & Tint
""", PL),
],
"kite": [
    Dr("Sorry about the wrong kite in your order",
"""Hi Priya,

I'm really sorry: you ordered the 2.4 m Delta in rainbow and we sent you the 1.8 m model instead. I know you were planning to fly it at the beach this weekend.

The correct kite went out this morning by two-day priority mail (tracking 9400 1118 9922 3344 5566 77), and there's a prepaid return label in the box for the small one. There's no rush to send it back.

Going forward, every order is scanned against the packing slip before the box is sealed, so this shouldn't happen again.

Sorry again,
Tom
Skyline Kite Co.
""", AI),
    Dr("Kite festival on June 7: schedule, parking and what to bring",
"""Hi everyone,

Thanks for signing up for the Harbor Kite Festival on Saturday, June 7. Here's what you need to know for the day.

Schedule: gates open at 9:00, the kids' build-a-kite tent runs from 10:00 to 1:00, and the night-flying show with LED kites starts at 8:30 p.m.
Parking: the north lot off Shore Road is reserved for participants, and the attendant will scan the QR code from your confirmation email at the entrance.
What to bring: sunscreen, a folding chair, and gloves if you're flying anything over 2 square meters, since the line can burn your hands in strong wind.

If the forecast shows gusts above 30 mph, we'll post a decision on our website by 6 p.m. on Friday and email you as well.

See you on the beach,
Skyline Kite Co.
"""),
],
"cups": [
    Dr("Our apologies: deposits charged twice on March 3",
"""Hi Jordan,

I'm sorry: on March 3 our app charged you the $3 cup deposit twice for each of the four cups you borrowed, so you were billed $24 instead of $12.

What happened: a payment update we released that morning retried charges that had already gone through whenever a café's connection was slow.

We refunded the extra $12 to your card this morning; depending on your bank, it will show within 5 business days. We also rolled back the update at 2 p.m. the same day, and there have been no duplicate charges since.

To stop this from happening again, every payment now carries a unique ID, so a retried charge is recognized and dropped instead of billed twice. We've also added an alert that pages our on-call engineer if a duplicate ever appears.

Thank you for your patience,
Alex
LoopCup Support
"""),
    Dr("Quick update from LoopCup",
"""Hi Sam,

What a year it's been! Together, our partner cafés kept over 180,000 single-use cups out of landfill, and Bean There alone accounted for almost 9,000 of them.
We've also added six new return points downtown, including the library and both train stations, and our new lids are made from 100% recycled material.
Our team grew too: say hi to Maria, who now runs pickups on the east side.
One more thing: starting in February your pickup day moves from Wednesday to Tuesday, so we need you to confirm by Friday, January 24 that someone will be there to hand over the bins.

Cheers,
The LoopCup team
""", PU),
],
"workbook": [
    Dr("Your order #48213 has shipped (30 copies, Grade 5 Math Practice)",
"""Hello Ms. Alvarez,

Your order of 30 copies of Grade 5 Math Practice shipped today by UPS Ground and should arrive at Lincoln Elementary on Thursday, September 12.

Tracking number: 1Z 999 AA1 01 2345 6784
Invoice: attached as a PDF, payable within 30 days

The answer keys are packed separately in the smaller box, so students won't see them when the books are handed out.

If anything is missing or damaged, reply to this email within 14 days and we'll send replacements at no cost.

Best regards,
Karen Liu
Brightpath Learning, School Orders
"""),
    Dr("Quote for Brightpath Reading Workbooks",
"""Dear [School Name] team,

Thank you for your interest in the Brightpath Reading series. As requested, here is a quote for the 2025-26 school year:

- Grade 2 Reading Workbook: XX copies at $8.50 each
- Teacher's Guide: 2 copies at $24.00 each
- Shipping: free for orders over $300

This quote is valid until May 31. To place the order, reply with a purchase order number and the delivery address.

Kind regards,
Karen Liu
Brightpath Learning
""", PL),
],
"clock": [
    Dr("Estimate for your mantel clock",
"""Dear Mrs. Pritchard,

Thank you for bringing in your late husband's mantel clock. I've had a look inside, and here is what it needs.

The mainspring on the strike side has broken, which is why the clock runs but no longer chimes. Two pivot holes are also worn oval, which makes it stop when the spring runs low.

- New mainspring: $95
- Bushing two pivot holes: $120
- Full cleaning and oiling: $160
- Total: $375

The work takes about four weeks, including a week of test running on our bench. I'll only start once you've approved the estimate, so there's no charge if you decide against it.

With best wishes,
Walter Greene
Greene Clock Repair
(802) 555-0163
"""),
    Dr("Apology for the scratch on your clock case",
"""Dear Mr. Okafor,

Please accept my sincere apology. When you collected your regulator clock on Saturday, you found a long scratch on the left side of the walnut case that wasn't there when you brought it in.

I've looked into how it happened. The case was set down on a workbench where a brass part had been left out, and the clock was slid across it while we were moving it to the test wall.

From now on, all cases will be kept on padded shelves, and benches will be cleared before any finished clock is moved.

Again, I'm very sorry.

Walter Greene
Greene Clock Repair
""", AI),
],
"snack": [
    Dr("Re: Snack delivery changes",
"""Hi Erin,

Got your note about the delivery changes.

Send us the new floor plan. Confirm who will sign for deliveries from now on. Update your billing contact in the portal by Friday.

Thanks,
Chris
SnackDrop
""", I, R),
    Dr("Plan change confirmed: Standard to Plus from May 1",
"""Hi Erin,

Your snack plan will switch from Standard to Plus on May 1. From then on:

- Restocks go from once to twice a week (Tuesdays and Fridays).
- The monthly price goes from $420 to $610 for your 35 employees.
- Your team can vote on new snacks in the app each month.

Your April invoice stays the same; the first Plus invoice will be dated May 1. If you change your mind before April 25, reply to this email and we'll keep you on Standard.

Thanks,
Chris
SnackDrop
"""),
],
"lines": [
    Dr("Striping at Maple Plaza scheduled for Saturday, May 10, 5 a.m.-1 p.m.",
"""Hi Gary,

We've scheduled the restriping of the Maple Plaza lot for Saturday, May 10, from 5 a.m. to 1 p.m.

To keep half the lot open for your tenants' customers, we'll do the east half first and reopen it by 9 a.m., then move to the west half.

Could you ask your tenants to have their employees park on the street that morning? Cars left in the lot block the lines under them, and we'd have to come back for a second visit.

If rain is forecast, I'll call you by 3 p.m. on Friday; our backup date is Sunday, May 11.

Thanks,
Luis Ortega
StraightLine Pavement Marking
(512) 555-0119
"""),
    Dr("Fire lane markings at your warehouse",
"""Hi Rachel,

This is about the fire lane markings we painted at your Commerce Street warehouse on June 2.

Your facilities manager noticed that the red curb stops about 15 feet short of the hydrant, so the last section of the lane isn't marked. Our crew measured from the old site plan, which didn't show the hydrant that was moved last year.

We came back on June 5 and extended the red curb and the FIRE LANE stenciling to the full length the fire marshal requires, at no charge.

On all future jobs, our foreman will walk the site with your team before we start and check hydrants and fire exits against the plan.

Luis Ortega
StraightLine Pavement Marking
""", AI),
],
"carpool": [
    Dr("Your account",
"""Hi Devon,

Thanks for being part of the RideMate community! Since you joined in March, you've shared 46 rides and saved an estimated 310 kg of CO2.
We've also launched a feature that lets you keep a "preferred riders" list, so you can ride with the same people every week.
And if you commute to the Tech Park, there are now 12 drivers on your route in the mornings.
Finally, as part of our yearly safety review, we need you to re-verify your driver's license in the app by October 15, or driver mode will be paused until you do.

Happy riding,
The RideMate team
""", PU),
    Dr("We're sorry: no morning matches on Monday, September 8",
"""Hi Ana,

I'm sorry that you, like many riders in the Eastgate area, got no morning matches on Monday and had to find another way to work.

The cause was on our side: a map update we pushed on Sunday night moved the Eastgate pickup zone about a mile north, so riders and drivers there no longer appeared to be on the same route.

We reverted the map at 10:40 a.m. on Monday, and matching in Eastgate has worked normally since. We've also added a $15 ride credit to your account, which will apply automatically to your next rides.

To prevent a repeat, map updates now go to 5% of users first and are held for a full weekday commute before going to everyone.

Sorry again for the disruption,
Priya Nair
RideMate Support
"""),
],
"brush": [
    Dr("Your Fern & Fox order has shipped",
"""Dear [Customer Name],

Good news: your order shipped on [DATE] and is on its way.

- Large Powder Brush (goat hair): $48
- Angled Blush Brush (synthetic): $32
- Shipping: free

You can track your parcel here: [tracking link]

Our brushes are hand-tied, so a few loose hairs in the first wash are normal. We recommend washing them in lukewarm water with a gentle shampoo and drying them bristles-down.

Thank you for supporting small-batch brushmaking!
Fern & Fox Brush Co.
""", PL),
],
"salt": [
    Dr("Re: Can I change my salt subscription to every other month?",
"""Hi Hannah,

Yes, you can. I've switched your subscription from monthly to every other month, starting with the next box.

Your next box ships on March 15, and the one after that on May 15. The price per box stays at $24, shipping included.

If you'd rather skip a box than change the schedule, there's a "Skip next box" button on your account page that works until five days before each ship date.

Thanks for sticking with us,
Ben
Saltmarsh Harvest Co.
"""),
],
"fence": [
    Dr("Re: Energizer keeps tripping",
"""Hi Mr. Dawson,

Thanks for the photos and the voltage readings.

We're not sure what's causing your energizer to trip every evening. It could be something on the line or something inside the unit, but from here we honestly can't tell which.

Sorry we can't be more help on this one.

Regards,
Kelly
Ridgeback Fencing Supply
""", U),
],
"maps": [
    Dr("Replacement map on its way: Cascade Crest, 3rd edition",
"""Hi Leo,

Thank you for pointing out the mislabeled creek crossing on the Cascade Crest map. You were right: the 2nd edition labeled Miller Creek as Hansen Creek, and the error was fixed in the 3rd edition released in April.

I've mailed you a free copy of the 3rd edition today; it should arrive within 3 to 5 business days. You don't need to return the old one.

If you use our app, the correction has been there since April 2, so tapping "Update maps" will bring it in.

Happy trails,
Jen
Trailhead Maps
"""),
],
}
