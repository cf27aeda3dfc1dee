# English reply drafts, written independently: (domain, subject, text, labels)
DRAFTS_EN = [
("kayak", "Your kayak trip moved to Sunday 22 June, 9:00",
"""Hi Priya,

Thanks for letting us know about the wedding clash. I've moved your group of four from Saturday to Sunday 22 June, same meeting point (Porthkerris slipway), launching at 9:00.

Nothing changes on price: the £180 you paid covers the new date, and the free cancellation window now runs until 48 hours before Sunday's launch.

If one of the four can't make Sunday, you can simply reply with their name and we'll refund their £45 share.

Cheers,
Tom
Coastline Paddle Co.
""", ""),
("kayak", "Saturday's late start",
"""Hi Mr Adeyemi,

I'm really sorry that your guided paddle on Saturday started 40 minutes late and that you had to wait on the beach in the wind with two young children.

Our lead guide's van broke down on the coast road, and the backup guide had to be called in from Falmouth.

To make up for it, I've refunded 50% of the booking (£67.50) to your card this morning, and your family is welcome to a free sunset paddle any evening this summer.

Best wishes,
Tom
Coastline Paddle Co.
""", "A"),
("print3d", "Your quote for 40 enclosure lids",
"""Hi [Customer Name],

Thanks for uploading lid_v3.stl. Here's your quote:

- Material: PETG, black
- Quantity: 40
- Unit price: £6.85
- Total: £274.00 + VAT
- Lead time: 6 working days from approval

The snap-fit tabs are 0.9 mm thick, which is at the lower limit for PETG. If you'd like, we can print two test lids first (£13.70) so you can check the fit before the full run.

Best,
Marta
LayerWorks Bureau
""", "P"),
("print3d", "Wrong material on order LW-5521 - reprint shipping Wednesday",
"""Hello Dr Okafor,

I'm sorry: the 12 sample holders we delivered on Monday were printed in standard resin instead of the autoclavable resin you ordered, so they would have warped in your sterilisation cycle.

The job ticket was copied from a previous order and the material field wasn't updated. Our operator printed from the ticket without checking it against your order form.

We've reprinted all 12 in the correct resin today. They ship by tracked next-day courier on Wednesday 9 April and there is no charge. Please don't put the first batch through the autoclave; you can keep or bin them.

From this week, every ticket is generated directly from the order form rather than copied, and the operator scans the resin bottle against the ticket before a print can start.

Apologies again for the disruption to your lab.

Marta
LayerWorks Bureau
""", ""),
("rugs", "Hello from Loomhouse",
"""Dear Ms Laurent,

I hope you're keeping well. It's been a busy spring here at the workshop: we've just finished a 4-metre runner for a castle in Perthshire, and our new undyed Herdwick collection has been a real hit.

We're also starting weaving workshops in the autumn, which you might enjoy.

On your order, we need you to choose between the two sage swatches we posted (marked A and B) by Friday 16 May, so that your rug keeps its place on the loom; after that, the next free slot is in July.

Warm regards,
Isla
Loomhouse Rugs
""", "N"),
("rugs", "Quote: hand-tufted rug, 200 x 300 cm",
"""Dear Ms Laurent,

Here is your quote for the hand-tufted rug we discussed on the phone.

Size: 200 x 300 cm
Wool: New Zealand, 12 mm pile
Colours: 3 (sage, oat, charcoal)
Price: £2,340 including VAT and delivery
Lead time: 7 weeks from the deposit

We ask for a 30% deposit (£702) to order the yarn, and the rest on delivery. The quote holds until 30 June.

Kind regards,
Isla
Loomhouse Rugs
""", ""),
("ebook", "Re: Sharing my books with my daughter",
"""Hi Dan,

Thanks for getting in touch.

Family sharing isn't something we offer, and there's nothing we can do about that. Each account is for one person.

Kind regards,
Support Team
Pageturn Books
""", "D"),
("ebook", "Refund confirmed for 'The Glass Orchard'",
"""Hi Dan,

You're right that 'The Glass Orchard' was charged twice on 2 March. I've refunded the second charge of £8.99 today.

Refunds reach most UK bank cards in 3 to 5 working days; if it hasn't shown by Friday 14 March, reply here and I'll chase it with our payment provider.

The book stays in your library, so you don't need to do anything else.

Best,
Ade
Pageturn Books
""", ""),
("stationery", "Your notebook proof is ready",
"""Hi Sam,

Your proof for the 150 foil-stamped notebooks (order {{order_id}}) is attached.

Foil colour: rose gold
Text: "Harbour Lane Primary - Class of 2025"
Position: bottom right, 15 mm from the edges

If everything looks right, reply "approved" and we'll start printing the next working day. Delivery is 8 working days after approval.

Thanks,
Nell
Inkwell & Co.
""", "P"),
("stationery", "Misprinted wedding place cards - new set arriving Thursday",
"""Dear Hannah,

I'm so sorry that 30 of your 80 place cards arrived with the names in the wrong font. With the wedding on Saturday, I know this is the last thing you needed.

Our designer exported the final file before your last font change was saved, so the printer received the older version.

We reprinted the full set of 80 this morning and they're going out by special delivery today, guaranteed by 1 pm on Thursday 12 June. There's no charge, and you don't need to send the old ones back.

We now have the customer's final approved PDF sent straight to the printer, rather than re-exported by the designer, so this can't happen again.

With apologies and best wishes for Saturday,
Nell
Inkwell & Co.
""", ""),
("soap", "Your order arrived broken",
"""Hi Ruth,

I'm sorry to hear three of the bars in your gift box arrived broken, especially as it was a birthday present.

I've sent replacement bars by first-class post this morning, so they should be with you by Thursday. Please keep the broken ones; they work just as well in a dish.

From next week, every gift box will be checked by a second person before it's sealed.

Best wishes,
Jo
Brambleford Soap
""", "A"),
("soap", "Is the oat bar suitable for eczema?",
"""Hi Ruth,

Thanks for asking before you buy. The oat and calendula bar has no fragrance or essential oils, and the full ingredient list is: olive oil, coconut oil, shea butter, colloidal oatmeal, calendula-infused sunflower oil, water and sodium hydroxide (none remains once the soap has cured).

Many of our customers with eczema use it, but skin varies, so we'd suggest a patch test on the inside of the wrist for 48 hours first. If it doesn't suit you, we'll refund the bar even if it's been used.

Best wishes,
Jo
Brambleford Soap
""", ""),
("weather", "Re: Missing hourly data for station 0417",
"""Hi Viktor,

Thanks for flagging the gap in hourly data for station 0417 since Tuesday.

We're aware of it and the team is working on a fix, which should be out soon. In the meantime the daily summaries for that station are unaffected.

Best,
Leah
Skyline Data
""", "V"),
("weather", "Wind gust values: still investigating, update by Thursday 17:00",
"""Hi Viktor,

I don't yet know why our gust values for the Rotterdam grid cell are running about 20% higher than the KNMI readings you sent.

Our data team has two possible causes to check: the height correction applied to that station, and a change to the model's smoothing on 3 March. They're rerunning last week's data with each one switched off.

I'll send you the result, and a corrected data file if needed, by Thursday 20 March at 17:00 CET.

Best,
Leah
Skyline Data
""", ""),
("futsal", "A quick hello from Goalbox",
"""Hi Craig,

Hope the team's in good shape! It's been a great season at Goalbox, with 24 teams in the Wednesday league and the new changing rooms finally open.

We're also running a summer tournament in August with a £300 prize, so keep an eye on your inbox.

By the way, your team's insurance certificate for next season expired on 31 May, and we need a new one before your first fixture on 11 June or the league won't let you play.

Cheers,
Becky
Goalbox Futsal
""", "N"),
("futsal", "Pitch 1 booked for your birthday party, Sat 5 July",
"""Hi Craig,

Pitch 1 is booked for your son's party on Saturday 5 July, 14:00 to 16:00.

The package covers the pitch, a coach for the first hour, bibs and balls, and the party room until 16:30, for £165. We'll take a £40 deposit now to hold the slot and the rest on the day.

Could you let us know how many children are coming by Monday 30 June? The coach plans the games around the group size.

Cheers,
Becky
Goalbox Futsal
""", ""),
("nori", "Your order is on its way",
"""Hello Mr Brennan,

Thank you for your order of 3 packs of roasted nori and 1 tin of nori flakes.

Your parcel leaves our warehouse in Saga on XX/XX and should reach you in Dublin within 6 to 8 working days by international tracked post.

The tracking link will be sent in a separate email once the parcel is scanned.

Kind regards,
Aoi
Ariake Nori Farm
""", "P"),
("towels", "Embroidery on your hotel towels",
"""Dear Mr Haddad,

Thank you for sending photos of the bath sheets with the logo stitched upside down. The embroidery machine's hoop was loaded the wrong way round after a thread change on 2 April, and the operator didn't run a test piece before continuing.

We are re-embroidering 120 new bath sheets now, and they will be delivered to the hotel on Tuesday 15 April. Our driver will collect the faulty ones at the same time.

From now on, a test piece is run and signed off after every thread change.

Regards,
Kerem
Aegean Towel Mill
""", "A"),
("counsel", "Moving your session to Thursday 10 April, 18:00",
"""Hi Jess,

Of course, we can move Monday's session. I've booked you with Marcus on Thursday 10 April at 18:00, the same video link as before.

Because you asked more than 24 hours ahead, there's no fee for the change.

If Thursday turns out not to work either, reply here or use the 'Reschedule' button in your confirmation email, and we'll find another time.

Take care,
Anna
Clearwater Counselling
""", ""),
("weeding", "Booking confirmed: garden clearance Tuesday 3 June",
"""Hi Mrs Patel,

Your garden clearance is booked for Tuesday 3 June. Two of us will arrive between 8:30 and 9:00 and expect to finish by 13:00.

The price is £240, which includes taking away all green waste. We'll send photos when we've finished, since you mentioned you'll be away.

As you won't be there, could you leave the side gate unlocked? The back garden can't be reached any other way.

Thanks,
Gareth
Greenway Weed Control
""", ""),
]
