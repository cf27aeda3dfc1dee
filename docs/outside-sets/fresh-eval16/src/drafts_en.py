# Hand-written en reply drafts: (domain, labels, subject, text); codes as in drafts_ja.py
D = [
# ---------------- clean ----------------
("piano", "", "Your piano tuning: Saturday, December 13, 10 a.m.", """Hi Ms. Carter,

Thanks for booking with Harmony Piano Service. Your tuning is confirmed:

Date: Saturday, December 13, 10:00-11:30 a.m.
Technician: Daniel Reyes
Fee: $140 (any broken string is $18 extra)

So that Daniel can open the lid, could you clear any photos or ornaments off the top of the piano before he arrives?
If the time no longer works, just reply to this email and we'll find another slot.

Best regards,
Jenna
Harmony Piano Service
"""),
("solar", "", "Inverter shutdowns: what we know and next steps", """Dear Mr. Okafor,

Thank you for reporting the repeated inverter shutdowns at your home.

We don't know the cause yet. The error log you sent points to either a grid voltage issue or a failing fan, and we need to measure on site to tell which.
Our engineer, Priya, will visit on Monday, December 8, between 9 and 11 a.m. We will email you her findings and a repair plan by Tuesday, December 9, at 6 p.m.

The visit is covered by your warranty, so there is no charge.

Kind regards,
Marcus Lee
Brightside Solar
"""),
("lock", "", "Locksmith on the way: today 3-5 p.m.", """Hello Mr. Novak,

Thanks for your call. A locksmith from KeySafe will come to replace your front door cylinder today.

Arrival window: 3-5 p.m. (he will phone you 30 minutes before)
Price: $165 including parts and call-out
Time on site: about 30 minutes

For security reasons we need to check a photo ID before we change a lock, so please have your driver's licence or passport to hand.

KeySafe Locksmiths
"""),
("aqua", "", "Replacement shrimp and what went wrong", """Dear Ms. Lindqvist,

We're very sorry that half of the cherry shrimp you ordered arrived dead.

We found the cause: the heat pack in your box was placed directly against the bag, which overheated the water during the long transit over the weekend.
We have shipped 10 replacement shrimp at no charge today (tracking: 1Z 884 221 0937); they arrive tomorrow before noon.
From this week, heat packs are taped to the box lid with a cardboard spacer, and we no longer ship livestock on Fridays.

Thank you for the photos, which helped us find this quickly.

Tom
Riverstone Aquatics
"""),
("bike", "", "Your bike is ready for pickup", """Hi Sam,

Good news: your bike is ready.

Work done: new rear brake cable and pads, gears adjusted
Total: $54.00

You can pick it up today until 7 p.m. or tomorrow from 10 a.m. Please bring the loaner bike along when you come, so we can check it back in at the same time.

Cheers,
Alex, Spoke & Chain
"""),
("roof", "", "Roof leak: cause found and repair date", """Dear Mr. and Mrs. Patel,

Thank you for letting us inspect your roof on Tuesday. Here is what we found and what we propose.

Cause: several nails holding the ridge flashing had lifted, letting rain in at the ridge.
Repair: replace the ridge flashing, Thursday, December 11, 8:30 a.m.-4 p.m.
Cost: $4,860 including scaffolding (quote attached, valid until January 31)

If Thursday doesn't suit you, let us know two dates that do and we'll confirm one within a day.

Regards,
Hannah Brooks
Summit Roofing
"""),
("yoga", "", "Holiday schedule and January timetable", """Dear members,

Our studio will be closed from Sunday, December 28, to Sunday, January 4, and classes restart on Monday, January 5.
Membership fees for the closed days will be deducted from your January payment.

Please find the January timetable attached. Bookings for January open in the app on January 1.

Wishing you a restful break,
Still Water Yoga
"""),
("tailor", "", "Your suit fitting is booked", """Dear Mr. Hughes,

Your first fitting is confirmed for Saturday, December 13, at 2 p.m. at our Main Street shop. It takes about 40 minutes.

Please bring the shoes you plan to wear with the suit, so we can set the trouser length correctly.

We look forward to seeing you.

Oliver Grant
Grant & Sons Tailoring
"""),
("watch", "", "Apology: scratch on your watch case back", """Dear Mr. Ito,

I'm writing to apologise: while servicing your watch, we left a fine scratch on the case back.

It happened because the case-opening tool slipped when it was set slightly off the notch.
We have polished the case back at no cost and the scratch is no longer visible; photos are attached. We have also waived the $90 service fee.
From now on, a second watchmaker checks the tool position before any case back is opened.

Your watch is ready and we can ship it insured at our expense whenever you like.

Sincerely,
Emma Walsh
Tick & Tock Watch Repair
"""),
("pottery", "", "Your pieces are fired: pickup from December 20", """Hi Leah,

Your three pieces from the November course came out of the kiln this morning, and they look great.

They will be on the pickup shelf from Saturday, December 20. The studio is open 10 a.m.-6 p.m. If you would rather have them posted, shipping is $15 and we can send them on Monday.

See you soon,
Clayworks Studio
"""),
# ---------------- flawed ----------------
("piano", "A", "About Saturday", """Hi Ms. Carter,

We're so sorry our technician didn't turn up on Saturday.
We've rebooked you for this Saturday at 10 a.m.

Jenna
Harmony Piano Service
"""),
("solar", "P V", "Hello from Brightside", """Dear Mr. Okafor,

We hope you have been enjoying the long sunny days this autumn. Our team has been busy installing systems across the county, and we are proud to have passed 2,000 homes this year.
We also wanted to remind you that our newsletter has tips on keeping your panels clean.

By the way, regarding your inverter, someone will be in touch shortly.

Brightside Solar
"""),
("lock", "H", "Your quote", """Dear [Customer Name],

Thanks for your enquiry. Here is our quote for the work:

Cylinder replacement: $[price]
Time on site: about 30 minutes

To book, just reply to this email or give us a call.

KeySafe Locksmiths
"""),
("aqua", "A", "Your order", """Hi Ms. Lindqvist,

Sorry to hear about the shrimp. It looks like the box spent too long in transit and overheated.
Let us know if there is anything else we can help with.

Riverstone Aquatics
"""),
("bike", "H", "Service booking confirmed", """Hi {first_name},

Your service is booked for {date} at {time}.

Please bring the bike with the battery charged, so that we can run the motor test while you wait.

Spoke & Chain
"""),
("roof", "A C", "Leak", """Mr. Patel,

We apologise for the inconvenience. However, the new leak is almost certainly not from the area we repaired, and you should have had the gutters cleaned as we advised.
We can send someone out if you want to pay for another inspection.

Summit Roofing
"""),
("yoga", "P", "Quick note", """Dear Ms. Rivera,

Thank you so much for being part of our community this year. It has been wonderful to see the morning group grow, and our instructors have loved the energy in class.
Winter is a great time to deepen your practice, and we have some lovely workshops coming up in the new year.

Oh, and about your question: yes, your unused class pack can be transferred to your sister.

Still Water Yoga
"""),
("tailor", "A U", "Suit delay", """Dear Mr. Hughes,

We're sorry that your suit won't be ready for the 15th as promised.
The fabric mill hasn't shipped the cloth and we don't know when it will arrive.

Grant & Sons Tailoring
"""),
("aircon", "H", "Your cleaning appointment", """Hello ___,

This is to confirm your air conditioner cleaning on XX/XX.

Two wall units and the outdoor unit: $260
Our technician will call you 30 minutes before arriving.

CoolAir Care
"""),
("shoe", "P I R", "Following up", """Hi Mr. Dunn,

Thanks for stopping by last week. We've had a busy season, with lots of boots coming in for winter resoling, and we've just taken on a new apprentice.
It's also a good time to waterproof your leather shoes before the snow.

Your repair is done. Pick it up by Friday.

Sole Revival
"""),
]
