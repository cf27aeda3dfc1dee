# English reply drafts, written on their own. dict(domain, subject, text, labels)
AI, PL, PU = "apology_incomplete", "placeholder_left", "purpose_not_upfront"

ITEMS = [
    # ---------------- clean ----------------
    dict(domain="firstaid", subject="Booking confirmed: Paediatric First Aid, Sat 19 July", labels=[], text="""Hi Priya,

Your place on the Paediatric First Aid course on Saturday 19 July is confirmed.

Time: 9:30 a.m. to 4:30 p.m., with a 45-minute lunch break
Venue: St Anne's Church Hall, 14 Mill Lane
Fee: £95, paid in full (receipt attached)

The course includes a written assessment at the end, so it's worth reading chapter 3 of the handbook we've sent before the day. Lunch isn't provided, but there are two cafés on Mill Lane.

Best wishes,
Owen Clarke
Heartstart Training
"""),
    dict(domain="autodoor", subject="Apology for Tuesday's missed service visit", labels=[], text="""Dear Mr Haddad,

I'm sorry our engineer didn't turn up for the service visit at your pharmacy on Tuesday, and that you waited in for him.

The visit had been booked into the diary for the wrong branch: we have two customers at Bridge Street and the job went to the other one.
Our engineer, Tom, will come to you this Thursday at 8 a.m., before you open, and the visit won't be charged.
From this week every booking confirmation we send includes the full address and postcode, and the engineer calls you the afternoon before, so a mix-up like this would be caught a day early.

Apologies again for the wasted morning.

Kind regards,
Sandra Lowe
Service Coordinator, Swiftline Automatic Doors
"""),
    dict(domain="fastener", subject="Quote Q-4471: 20,000 zinc-flake coated M12 bolts", labels=[], text="""Hi Darren,

Here is the quote you asked for on Monday.

M12 x 60 hex bolts, grade 10.9, zinc-flake coated: 20,000 pcs at £0.21 each = £4,200.00 + VAT
Delivery: 15 working days from order, carriage paid

The price holds for 30 days. If you can accept two deliveries of 10,000, the first could leave in 8 working days, which might help with your August build.

Cheers,
Mel Hughes
Northgate Fixings Ltd
"""),
    dict(domain="fencing", subject="Your daughter's competition licence expires on 31 August", labels=[], text="""Dear Mrs Okafor,

Amara's British Fencing competition licence runs out on 31 August, and she's entered for the Bristol Open on 14 September, so it will need renewing before then.

Renewal is done online at the BF membership page and costs £38 for juniors. It usually goes through within two days.

If you'd rather we did it for you, we can add it to your September invoice; a one-line reply is all we need.

Regards,
Kit Morgan
Head Coach, Riverside Fencing Club
"""),
    dict(domain="rcmodel", subject="Re: Truck pulling to the left", labels=[], text="""Hi Sam,

Thanks for the video, it helped a lot. The pull to the left is almost certainly the steering trim rather than a fault.

On your transmitter, the small dial marked ST.TRIM under the wheel sets the centre point. If you turn it two or three clicks to the right and give the truck a short run, it should track straight. If it still drifts after ten clicks, the servo saver may be bent; that part costs £4.50 and we can post it today.

Happy bashing,
Lee
Trackside Models
"""),
    dict(domain="magic", subject="Your refund of £64.00 has been processed", labels=[], text="""Hello Ruth,

We've refunded £64.00 to the card ending 4417 for the Linking Rings set you returned.

Banks usually show the refund within 3 to 5 working days. If it hasn't appeared by 20 June, we'll chase it with our payment provider as soon as you tell us.

Thanks for giving us the chance to sort this out.

Ivan
The Rabbit Hole Magic Co.
"""),
    dict(domain="silverws", subject="Can we move your stacking-ring class to 2 p.m. on Saturday?", labels=[], text="""Hi Jess,

Could we move your stacking-ring class on Saturday 5 July from 10 a.m. to 2 p.m.?

Our kiln is being serviced that morning and won't be ready until noon. The class would still be the full three hours, and the price stays at £75.

If 2 p.m. doesn't suit, we can offer Sunday 6 July at 10 a.m. instead, or a full refund.

Warmly,
Hannah
Forge & Fable Silver Studio
"""),
    dict(domain="robotsi", subject="Weld cell 2 is back in production: cause and what we've changed", labels=[], text="""Hi Marcus,

Weld cell 2 went back into production at 05:40 this morning. I'm sorry for the lost night shift.

Cause: the torch cable we replaced last week was routed too tightly around joint 6 and the insulation wore through, tripping the arc fault.
What we did: our engineer rerouted it with a proper dress pack and replaced the damaged cable; 300 test welds ran clean before hand-over.
To stop it happening again, cable routing is now on our sign-off checklist, photographed and checked by a second engineer after any cable change.

The visit is covered under the service agreement.

Regards,
Nadia Petrov
Field Service Manager, Axiom Automation
"""),
    dict(domain="artrental", subject="Your new rotation: three pieces to choose from by 27 June", labels=[], text="""Hi Laura,

It's time to pick the artworks for your July rotation; could you choose by 27 June so we can frame them in time?

I've attached six options that suit the light in your reception area, and we'll hang the three you pick on 3 July.
If none of them feel right, a line about what you'd like instead is enough for me to send another set.

Best,
Chris
Canvas & Co. Art Rental
"""),
    dict(domain="ninja", subject="Your Ninja Academy booking, Friday 11 April, 2 p.m.", labels=[], text="""Dear Mr and Mrs Bennett,

Thank you for booking; your family session is confirmed for Friday 11 April at 2 p.m.

Group: 2 adults, 3 children (ages 7, 9 and 12)
Total: ¥17,500, payable on arrival by card or cash
Address: 3-8-2 Higashiyama, Kyoto (5 minutes' walk from Higashiyama Station, exit 1)

We'd be grateful if you could wear socks, as the dojo floor is tatami and shoes come off at the door.

See you soon,
Aiko, Ninja Academy Kyoto
"""),
    # ---------------- apology_incomplete ----------------
    dict(domain="voiceact", subject="About last Thursday's class", labels=[AI], text="""Hi Dev,

I'm so sorry that Thursday's session started 40 minutes late and ran short.

Our tutor was stuck on a delayed train, and nobody at the front desk thought to message the group.
We've added a 40-minute make-up slot this Thursday at 6:20 p.m., straight before your usual class.

Thanks for your patience,
Rosa
Voicebox Academy
"""),
    dict(domain="trailerhouse", subject="Re: Scratched cladding on delivery", labels=[AI], text="""Dear Mr Fielding,

We're sorry the cladding on your lodge arrived scratched along the rear panel.

Our fitter will come out on 9 June to replace the two damaged boards, at no cost to you, and will treat them to match the rest.
From now on, every unit is wrapped in protective film before it leaves the yard, and the driver photographs all four sides at collection and at drop-off.

Kind regards,
Gail Thornton
Homestead Lodges
"""),
    dict(domain="firstaid", subject="Certificate delay", labels=[AI], text="""Hi Tom,

Your certificates for Saturday's course haven't been sent yet because our assessor's sign-off was delayed by the bank holiday.
All twelve were signed this morning and went out by email at 10:15, so they should be in your inbox now.
We've now arranged a second assessor who can sign off whenever the first is away, so certificates always go out within two working days.

Best,
Owen
Heartstart Training
"""),
    # ---------------- placeholder_left ----------------
    dict(domain="magic", subject="Your order has shipped", labels=[PL], text="""Hi {first_name},

Good news: your order left our workshop this morning by Royal Mail Tracked 48.

Tracking number: GB 7731 0442 9
Expected delivery: Thursday or Friday

If anything is missing or damaged when it arrives, we'll put it right as soon as you send us a photo.

Ivan
The Rabbit Hole Magic Co.
"""),
    dict(domain="robotsi", subject="Annual safety inspection, palletising cell", labels=[PL], text="""Hi Marcus,

Your annual safety inspection for the palletising cell is due, and we'd like to book it for [DATE] during your planned shutdown.

The inspection covers the light curtains, door interlocks, emergency stops and the safety PLC program, and takes about four hours.
Could you confirm the date by replying, so our engineer can reserve the test equipment?

Regards,
Nadia Petrov
Axiom Automation
"""),
    dict(domain="artrental", subject="Welcome to Canvas & Co.", labels=[PL], text="""Dear Ms Duval,

Welcome aboard, and thank you for choosing us for your studio.

Your first three artworks will be delivered and hung on Tuesday 8 July between 10 and 12. Your monthly fee of £XX will be taken by direct debit on the 1st of each month, starting in August.

Your account manager is Chris, who you can reach on this address or on 020 7946 0321.

Best,
The Canvas & Co. team
"""),
    # ---------------- purpose_not_upfront ----------------
    dict(domain="fencing", subject="Club news", labels=[PU], text="""Hi everyone,

What a season it's been! Our under-14s brought home four medals from the regional championships, and we welcomed eleven new members in spring.
A huge thank you to the parents who helped run the tuck shop and to Coach Dan for organising the kit sale.
We're also delighted to say the hall roof has finally been fixed.

One more thing: the hall owners need every member's emergency contact form on file by 30 June, or they won't let us use the hall from July. If you haven't filled yours in, the form is attached; it takes two minutes.

Kit
Riverside Fencing Club
"""),
    dict(domain="silverws", subject="Hello from the studio", labels=[PU], text="""Hi Ben,

Hope you've been well since your class in March! We've had a busy spring: new benches, a bigger polishing area, and our first ever evening courses.
Lots of our students have been coming back to make matching pieces for friends, which we love seeing.

By the way, the pendant you left with us for re-stringing has been ready since April, and we can only keep items for three months, so we'd need you to collect it by 15 July.

Hannah
Forge & Fable Silver Studio
"""),
    # ---------------- sentence-level flaws in a full draft ----------------
    dict(domain="rcmodel", subject="Re: ESC overheating", labels=["condescending"], text="""Hi Gareth,

We've had a look at the ESC you sent back. The thermal cut-off is working exactly as designed.

To be honest, running a 4S battery on a speed controller rated for 3S is a beginner's mistake, and the label on the case makes the limit pretty clear. This one is down to you.

We can sell you the 4S-rated version for £54.99 if you want it.

Lee
Trackside Models
"""),
    dict(domain="autodoor", subject="Re: Door sensor quote", labels=["vague"], text="""Dear Ms Grant,

Thanks for asking about upgrading the sensors on your surgery's entrance doors.

The new microwave sensors should cost a bit more than the ones you have now, and fitting will take a little while depending on the frame. We'll come back to you soon with the details.

Kind regards,
Sandra Lowe
Swiftline Automatic Doors
"""),
]
