# Full reply drafts (en), written independently of the Japanese drafts.
from drafts_ja import D, AI, PH, PU, C, V, I, R, U, DI

DRAFTS_EN = [
# ---------------- flawed ----------------
D("choco", "About your wedding favours", """
Hi Priya,

I'm so sorry that twelve of the favour boxes arrived with the ribbons crushed and two lids split. That's not how we want anything of ours to turn up, least of all for a wedding.
The courier's depot was hit by a conveyor fault on Friday and several of our parcels were caught in it.
We've made twelve replacement boxes this morning and they're going out today by next-day delivery, so you'll have them on Wednesday, three days before the wedding.

Warm wishes,
Hannah
Cocoa & Thistle
""", AI),
D("akiya", "Missed inspection in February", """
Dear Mr Okafor,

I'm sorry we didn't carry out the February inspection at Hollins Lane as scheduled — you should have been told at the time, and you weren't.
I visited the house myself yesterday: everything is dry, the heating is on its frost setting and the post has been collected. The photo report is attached.
From now on, if a visit has to move, we'll email you the new date the same day, and no visit will slip by more than a week.

Kind regards,
Tom Lavery
Keyholder Property Care
""", AI),
D("doula", "Tuesday's visit", """
Hi Grace,

On Tuesday our doula Sam arrived almost two hours late for your morning shift.
Her previous client's labour ran over and she didn't tell us until she was already late, so we couldn't send anyone else.
I've taken Tuesday off your invoice, and Sam will stay an extra hour on Friday at no cost.
We've now agreed with all our doulas that they ring the office as soon as they think they'll be more than 15 minutes late, so we can send cover.

Best,
Lou
Nest Postpartum Care
""", AI),
D("detective", "Your enquiry", """
Dear {first_name},

Thank you for speaking with me on Monday.
As discussed, I've attached our proposal for a five-day background check, including employment history, court records and a credit search. The total cost is $1,850.
If you're happy to go ahead, could you sign the engagement letter and return it by Friday? That way we can assign an investigator next week.

Regards,
Daniel Reyes
Reyes Investigations
""", PH),
D("selfpub", "Your print quote", """
Dear Margaret,

Thanks for sending over the final manuscript of "Letters from the Fens".
Here is the quote we discussed:

- 250 copies, 6 x 9 inch paperback, 212 pages
- Matte cover, cream paper
- Total: £[AMOUNT] including delivery

If you approve by the 14th, the books will be with you by [insert date].

Best wishes,
Oliver
Larkspur Press
""", PH),
D("bftravel", "Your Lisbon trip – booking confirmation", """
Dear Mr and Mrs Halloran,

Your accessible Lisbon break is confirmed. Here are the details:

Flights: London Gatwick to Lisbon, 12 May, 09:40, with wheelchair assistance booked at both airports
Hotel: [HOTEL NAME], adapted twin room with roll-in shower, 4 nights
Transfers: wheelchair-accessible taxi from the airport, booked for your arrival

Your full itinerary and travel insurance documents are attached.

Kind regards,
Sofia
Open Roads Travel
""", PH),
D("restore", "Update from the studio", """
Dear Dr Ashworth,

The cleaning of your landscape is now complete, and the difference is remarkable: the yellowed varnish had been hiding a much cooler sky than anyone expected.
We also took the chance to examine the stretcher, which is original and in sound condition.
The small tear near the lower edge has been consolidated from the reverse.
One thing we need from you: the 1987 restorer's notes mention a lining that we can't see any trace of. If you have any paperwork from that treatment, could you send it by the end of next week? It will decide whether we reline, which would add about £900 to the estimate.

With best wishes,
Clare
Ashgrove Conservation
""", PU),
D("tsushin", "Hello from Northbridge Online", """
Dear Mrs Patel,

I hope the new term is going well for Aarav. It has been lovely to see him contributing more in the live history seminars, and his last essay on the Industrial Revolution was one of the strongest in the group.
As you know, Year 11 is a busy year, and we're encouraging all students to build a steady weekly routine.
On another note, we still haven't received the signed exam-entry form for his GCSEs. The exam board's deadline is 21 February, and without the form we can't enter him for his English and maths papers.

Best regards,
Ms Rowe
Northbridge Online School
""", PU),
D("electric", "Your consumer unit replacement", """
Hi Mr Daniels,

Thanks for getting in touch about replacing your fuse box.
We'll aim to get you booked in soon.
The job itself usually costs around the usual rate for a three-bedroom house, though there may be a bit extra depending on what we find.
Any questions, just shout.

Cheers,
Mark
Brightwire Electrical
""", V),
D("scan", "Re: quality of the scans", """
Hi Jonas,

Thanks for your email about the photo scans.
We've had a look and honestly the images are fine; the originals were faded, so there's only so much anyone can do.
We won't be rescanning them.

Regards,
Ella
ScanVault
""", DI),
# ---------------- clean ----------------
D("choco", "Nut-free options for your son's party on 8 March", """
Hi Laura,

Thanks for asking about nut-free treats for Ben's party on 8 March.
I'm afraid we can't offer nut-free chocolate: every bar and truffle we make goes through equipment that also handles hazelnuts and almonds, and we wouldn't want to risk it with a severe allergy.
What we can offer are our fruit jellies and honeycomb, which are made in a separate kitchen with no nuts on site. A box of 30 pieces is £18, and I can have it ready for collection on 7 March.
I'm happy to put one aside for you if you'd like.

Hannah
Cocoa & Thistle
"""),
D("akiya", "Storm damage at Hollins Lane – our apology and what we've done", """
Dear Mr Okafor,

I'm sorry to tell you that after Sunday's storm, water came in through the back door at Hollins Lane and soaked the kitchen floor — and I'm sorry too that it was our fault.
When we visited on Thursday, our caretaker didn't refit the draught excluder after checking the door, so rain was driven straight under it.
We went in on Monday morning, dried the floor with two dehumidifiers and lifted the mat; the floorboards are damp but not warped, and photos are attached. We'll cover any repair if warping appears over the next month.
From this week, every visit ends with a checklist that the caretaker photographs and uploads, including every external door seal.
Please accept our apologies.

Tom Lavery
Keyholder Property Care
"""),
D("narration", "Wrong file in Friday's delivery – apology and corrected version", """
Hi Marcus,

I'm sorry: the audio we delivered on Friday for module 3 was the unapproved first take, not the version you signed off.
Our editor exported from an older session file, and nobody on our side compared the export with the approved script before it went out.
The corrected files are now in the same Dropbox folder, named "M3_final_v4". I've listened through all 11 minutes myself.
From now on, a second person checks every export against the signed-off script before we send it.
Thanks for your patience with this.

Best,
Ruth
Blue Room Audio
"""),
D("scan", "Mixed-up pages in your scanning order – sorry, and what happens now", """
Dear Ms Fielding,

Thank you for flagging the two pages from another client's order in your PDF, and I'm very sorry this happened with documents as personal as yours.
The cause was an operator scanning two orders back to back without resetting the output folder.
We have deleted those pages and re-sent your file, and we have checked that none of your pages went to anyone else. Could you delete the earlier file? It contains another person's private papers.
We have now set our software to create a new locked folder for each order automatically, and a second person checks every delivery before it leaves.

Yours sincerely,
Ella Wright
ScanVault
"""),
D("electric", "Booking confirmed: Thursday 6 June, 8am – consumer unit replacement", """
Hi Mr Daniels,

You're booked in for the consumer unit replacement on Thursday 6 June, arriving at 8am.
The job takes about five hours, and the power will be off for most of that time, so you may want to empty the freezer beforehand or keep it closed.
The price is £620 including certification, as quoted.
If the date doesn't suit you, I can offer you the next two free slots instead.

Cheers,
Mark
Brightwire Electrical
"""),
D("soundproof", "Can we move your install to 21 May?", """
Hi Nadia,

Could we move your vocal booth installation from 14 May to 21 May? Our supplier has delayed the acoustic door by a week, and we'd rather fit everything in one visit than leave you with a half-finished booth.
If 21 May doesn't suit, we can do 22 or 23 May instead — whichever is easiest for you.
Nothing else changes: same team, same price (£4,200), and it still takes two days.

Best,
Jordan
Hushline Acoustics
"""),
D("restore", "Decision needed by 10 April: relining your portrait", """
Dear Dr Ashworth,

We need your decision by 10 April on whether to reline the portrait.
Relining would strengthen the weakened canvas for the long term and add about £900 to the estimate. Without it, we would reinforce only the torn edge, which is cheaper but may need attention again within 15–20 years.
Either way, the cleaning and retouching go ahead as agreed, and we'll still return the painting in June.
I've attached raking-light photographs of the canvas so you can see what we mean.

With best wishes,
Clare
Ashgrove Conservation
"""),
D("doula", "Your overnight support starting 3 July", """
Hi Grace,

Here are the details of your overnight support starting 3 July:

- Nights: Monday to Thursday, 10pm–6am, for four weeks
- Doula: Sam (backup: Priyanka)
- Cost: £1,920 in total, invoiced weekly

Sam will bring her own snacks and won't need a bed, just a chair near the nursery. If anything changes with the baby's arrival, I'm on 07700 900415 and we'll simply move the start date.

Best,
Lou
Nest Postpartum Care
"""),
D("bftravel", "Your Lisbon trip: wheelchair details needed by Friday", """
Dear Mr and Mrs Halloran,

Could you confirm your wheelchair details by Friday? TAP Air Portugal needs the chair's weight, folded size and battery type at least seven days before the flight, or they may refuse to carry it.
The quickest way is to reply with a photo of the label under the seat, which shows all three.
Everything else for your 12 May trip is in place, and the itinerary is attached.

Kind regards,
Sofia
Open Roads Travel
"""),
D("tsushin", "Aarav's mock exam results and next steps", """
Dear Mrs Patel,

Aarav's mock exam results are attached, and I'd like to arrange a 20-minute video call to talk through a revision plan.
His strongest results were in history (grade 7) and biology (grade 6). Maths came out at a grade 4, which is a pass but below his target of 6.
Would Tuesday or Thursday after 4pm next week suit you? I'll send a link once you pick a day.

Best regards,
Ms Rowe
Northbridge Online School
"""),
]
