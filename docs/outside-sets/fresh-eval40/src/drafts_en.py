# English reply drafts (written independently)
D = []
def add(domain, labels, subject, text):
    D.append(dict(domain=domain, labels=labels, subject=subject, text=text.strip("\n") + "\n"))

# ---------------- clean ----------------
add("camp", "", "Wrong tent size in your delivery - sorry, and what we've done", """
Hi Marcus,

I'm sorry: the box that reached you on Thursday held a 2-person tent instead of the 4-person one you booked for this weekend.

What happened: the two models share a shelf code in our warehouse, and the packer picked by shelf rather than by item number.

A 4-person tent left our depot at 8 this morning by same-day courier and will be with you by 6 pm today. You're welcome to keep the small tent until the courier collects it on Monday; there's no charge for either.

From today, every tent is scanned against the booking before the box is sealed, and we've given each model its own shelf code.

Warm regards,
Priya
Trailhead Gear Hire
""")

add("suit", "", "Your late suitcase delivery: apology and refund", """
Dear Ms Okafor,

I'm very sorry that your rental case arrived at 9 pm the night before your flight instead of the promised two days ahead. That must have made packing stressful.

The delay happened because our label printer assigned the parcel to standard rather than express service, and nobody caught it before dispatch.

I've refunded the full rental fee of £46 to your card today; it should show within 3 to 5 working days. You're welcome to keep the case until your original return date.

We've changed the dispatch check so that any booking due to travel within 5 days is flagged and its service level confirmed by a second person.

Kind regards,
Tom Hale
Wheel & Away Luggage Rental
""")

add("acu", "", "Your appointment on Tuesday 14 May at 9:30", """
Hi Dana,

Your first acupuncture appointment is booked for Tuesday 14 May at 9:30 am with Dr Lin.

Could you fill in the short health form linked below before you come? It asks about medications and past injuries, and having it in advance means Dr Lin can spend the full session on treatment rather than paperwork.
https://clinic.example/intake

The clinic is on the second floor above the pharmacy on Elm Street; street parking is free after 9.

See you then,
Grace
Elm Street Acupuncture
""")

add("cook", "", "Thai street food class moved to Sunday 9 June", """
Hi everyone,

The Thai street food class on Saturday 8 June has moved to Sunday 9 June, same time (11 am to 2 pm), because our kitchen's gas supply is being inspected on Saturday.

If Sunday doesn't work for you, could you let me know by Wednesday? I'll then either move you to the 22 June class or refund the $65 in full, whichever you choose.

Thanks,
Leo
Saffron & Salt Cooking School
""")

add("fork", "", "Service report for truck #7 and quote for the hydraulic hose", """
Hi Ray,

Here's the outcome of yesterday's visit to your Dock B yard.

Truck #7 (Toyota 8FGU25) is safe to use. The leak you spotted comes from the tilt cylinder hose, which is worn but not split. We've tightened the fitting and topped up the fluid.

We recommend replacing the hose within the next month. The quote is $286 including parts, labour and tax, and the job takes about an hour. If you'd like to go ahead, let us know which day suits and we'll book a technician.

Best,
Sandra Kim
Ridgeline Forklift Services
""")

add("zoo", "", "Your membership renewal question", """
Hi Jonah,

Yes, you can renew your family membership now, even though it doesn't expire until August. The new year will start the day after your current one ends, so you won't lose any days.

Renewing before 30 June keeps this year's price of $139; from 1 July it goes up to $155.

You can renew online at riverbendzoo.example/members or at the main gate.

All the best,
Ama
Riverbend Zoo Membership Team
""")

add("customs", "", "Shipment update: container MSKU 7712045 held for exam", """
Hi Beth,

Container MSKU 7712045 has been selected for a CBP intensive exam at the Port Newark CES.

We don't yet know why it was chosen or how long the exam will take; CBP doesn't give reasons in advance. I've booked the earliest exam slot they offered, Thursday morning, and I'll email you by 5 pm Thursday with the outcome and a revised delivery date.

Exam fees at this CES usually come to $800 to $1,200, billed at cost.

Regards,
Nate Alvarez
Harbourline Customs Brokerage
""")

add("abroad", "", "Documents needed for your UK student visa by 20 March", """
Dear Hana,

To lodge your UK student visa application in time for your September start, we need the following from you by 20 March:

1. A bank statement showing at least £13,000 held for 28 consecutive days. The Home Office uses it to check you can support yourself.
2. Your TB test certificate from an approved clinic. It's mandatory for applicants from your country.
3. A scan of your passport bio page, so we can match the application form to it exactly.

Once we have all three, we'll check them within two working days and book your biometrics appointment.

Best wishes,
Owen
Pathway Study Abroad
""")

add("paint", "", "Sorry about Wednesday's cancelled class", """
Hi Ruth,

I'm sorry you arrived on Wednesday evening to find the studio locked and no one to explain.

The tutor was taken ill that afternoon, and the text message we sent to the class went out with a typo in the list, so your number was left off.

Your credit for that session is back on your account, and there's a make-up class on Wednesday 17 April at 7 pm if you'd like it.

We've checked the whole class list against your registration forms, and from now on cancellations go out by both text and email.

Best,
Mira
Northlight Painting Studio
""")

add("spice", "", "Wholesale prices for cumin and coriander", """
Hi Arjun,

Thanks for asking about wholesale supply for the restaurant. Our trade prices for 5 kg sacks are:

- Cumin seed: $58 per sack
- Coriander seed: $41 per sack
- Ground coriander: $47 per sack

Orders over $300 ship free within the state and arrive in two working days. Payment is on 30-day invoice after your first prepaid order.

Cheers,
Nadia
Spice Route Trading
""")

# ---------------- apology_incomplete ----------------
add("supp", "A", "Sorry about your order", """
Hi Chris,

We're so sorry about the trouble with your last delivery. We completely understand how frustrating this must be.

We've issued a full refund of $34.95 to your original payment method.

Thanks for being a valued customer!

The Vitalis Team
""")

add("sky", "A", "Your jump on Saturday", """
Dear Mr Patel,

Please accept our apologies for the long wait you had on Saturday: your jump went up four hours after your booked time.

The delay was caused by a mechanical check on our second aircraft, which meant all jumps were handled by one plane that day.

We've refunded the $49 video package you'd added, since the light was poor by the time you jumped.

Kind regards,
Jess
Blue Horizon Skydive
""")

add("abroad", "A", "About your homestay placement", """
Hi Sofia,

I wanted to follow up on last week. Your homestay placement was confirmed late because the school's housing office was short-staffed in January and our request sat in their queue.

We've now moved you to a family in Ranelagh, 15 minutes by tram from the school, and they're expecting you on the 3rd.

Going forward, we'll chase the school for every placement 6 weeks before arrival instead of waiting for them to contact us.

Owen
Pathway Study Abroad
""")

# ---------------- placeholder_left ----------------
add("cook", "P", "Your gift voucher is ready", """
Hi {first_name},

Thanks for buying a gift voucher! It's attached as a PDF and can be used for any class on our timetable within 12 months.

Your recipient can book online at saffronsalt.example/book by entering the code on the voucher.

Leo
Saffron & Salt Cooking School
""")

add("zoo", "P", "Your tickets for [Event name]", """
Hi Priyanka,

Thanks for booking! Your tickets for [Event name] are attached. Gates open at 5:30 pm and the event finishes at 9 pm.

Parking is free after 5 pm in the north lot.

Ama
Riverbend Zoo
""")

add("fork", "P", "Your rental agreement", """
Hi Ray,

Attached is the rental agreement for the 3-tonne electric truck. Delivery is booked for [DATE] between 7 and 9 am.

Please sign and return it by Friday so we can confirm the delivery slot with our transport team.

Sandra Kim
Ridgeline Forklift Services
""")

# ---------------- purpose_not_upfront ----------------
add("customs", "U", "Hello from Harbourline", """
Hi Beth,

Hope the spring season is treating you well. It's been a busy few months at Harbourline: we've opened a second office in Savannah and added two licensed brokers to the team, which means faster turnaround on entries across the East Coast.

We're also seeing more CBP focus on forced-labour rules for cotton goods this year, so it's worth keeping supplier traceability records close at hand.

On that note, your April shipment of cotton towels will need a supply-chain declaration from the mill. Could you get it to us by 22 April so we can file before the vessel arrives?

Regards,
Nate
""")

add("camp", "U", "Trailhead Gear Hire newsletter and your booking", """
Hi Leah,

Autumn is one of our favourite seasons for camping. The crowds are gone, the nights are clear, and most sites drop their prices after Labor Day. We've also added new down sleeping bags rated to 20°F to our range.

If you're heading out this year, our guide to cold-weather camping is on the blog.

By the way, the stove in your booking for 12 October has been recalled by the manufacturer, so we'd like to swap it for a different model. Could you reply to confirm the swap is OK by 5 October?

Priya
Trailhead Gear Hire
""")

# ---------------- sentence-level flaws in a draft ----------------
add("spice", "c,d", "Re: Ground cardamom has no smell", """
Hi Paula,

Ground spices lose their aroma if they're left open, which is explained on every pouch we sell. If you'd stored it properly in the resealable pouch, it would have kept its smell for months.

We won't be replacing it this time, but I hope this helps for the future.

Nadia
Spice Route Trading
""")

add("suit", "v,r", "Re: Extra week for the large case", """
Hi Dev,

We can add the extra week. There will be a small additional fee, which we'll take from your card at some point after the case comes back.

Please send us a photo of the case as it is now.

Tom
Wheel & Away Luggage Rental
""")
