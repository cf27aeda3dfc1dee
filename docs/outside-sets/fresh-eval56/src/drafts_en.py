# English reply drafts, written on their own (not translations of the ja drafts).
AI, PL, PU = "apology_incomplete", "placeholder_left", "purpose_not_upfront"
DRAFTS = [
dict(domain="heattreat", labels=[],
 subject="Late delivery of order 7731: what happened and what we've changed",
 text="""Hi Dave,

I'm sorry that order 7731 (the 600 induction-hardened shafts) reached you two days late and held up your assembly line on Tuesday.

The cause was ours: the quench tank on line 2 ran low on polymer concentrate, so the first 200 shafts came out soft and had to be re-processed.

All 600 shafts passed hardness testing yesterday and were delivered to your dock at 7:40 this morning; the test report is attached.

From now on the quench concentration is checked at the start of every shift rather than once a week, and if a delay looks likely we'll phone you the same day instead of waiting until the due date.

Best regards,
Marta Kowalski
Quality Manager, Brightline Heat Treating
"""),
dict(domain="crypto", labels=[PL],
 subject="Your account verification is complete",
 text="""Hi {first_name},

Good news: your identity check is complete and your Coinvale account is now fully verified.

You can now deposit up to $50,000 per day and withdraw to external wallets. If you'd like to set up recurring buys, you'll find the option under Portfolio > Auto-invest.

Welcome aboard,
The Coinvale team
"""),
dict(domain="crypto", labels=[AI],
 subject="Sorry about the delayed withdrawal",
 text="""Hi Priya,

I'm really sorry your withdrawal of 1.2 ETH on Monday took 31 hours instead of the usual 30 minutes.

It was held by an automated check that flags withdrawals to addresses that have never been used before. A reviewer should have cleared it within the hour, but nobody was watching the queue during the weekend shift change.

The withdrawal was released at 14:05 UTC on Tuesday, and the transaction hash is 0x4f2a...91c. We've also refunded the network fee of 0.0021 ETH to your account.

Kind regards,
Tomás
Coinvale Support
"""),
dict(domain="antiques", labels=[],
 subject="Offer for your Georgian writing box: £640, valid until 6 December",
 text="""Dear Mrs Whitfield,

Thank you for bringing in the writing box on Saturday. We'd like to offer £640 for it.

The mahogany and the original brass fittings are in very good order, which is what supports the price. The inkwells are later replacements, which is why the offer sits below what a fully original box would make at auction.

The offer stands until 6 December. If you'd like to accept, reply to this email or call us on 01225 000 417, and we can pay by bank transfer the same day. If you decide to keep it, there's nothing to pay, and you're welcome to collect it any day except Sunday.

Warm regards,
Edward Lane
Lane & Hart Antiques
"""),
dict(domain="antiques", labels=[PU],
 subject="A note from Lane & Hart",
 text="""Dear Mr Okafor,

It has been a busy autumn at the shop. We took in a large collection of Victorian glass from a house clearance in Bath, and our restorer has been working through a backlog of clock cases.

We've also rearranged the back room so that larger furniture can be viewed more easily, and we'll be open late on Thursdays in December.

On a separate matter, the bureau you left with us for restoration is finished, but the original key could not be saved. We need to know by Friday whether you'd like a reproduction key cut (£45) or the lock left as it is, so that we can return the bureau before Christmas.

Best wishes,
Edward Lane
"""),
dict(domain="fabric", labels=[],
 subject="Your wool crepe order: one colour is out of stock - please choose a substitute by Thursday",
 text="""Hi Hannah,

Thanks for your order (#FB-20931). Two of the three fabrics are packed and ready, but the rust wool crepe sold out an hour before your order came through.

You have three options:
1. Swap it for the terracotta crepe, the closest shade (swatch photo attached), at the same price.
2. Wait for the restock - the mill has confirmed 14 January.
3. Drop it from the order, and we'll refund the £38.50 today.

If you can let me know by Thursday, I can still get everything to you before the weekend. If I don't hear back, I'll send the two fabrics that are ready and refund the crepe.

Cheers,
Jo at Threadbare Fabrics
"""),
dict(domain="fabric", labels=[AI],
 subject="Apology for the short cut",
 text="""Hi Rosa,

I'm so sorry: the cotton lawn you ordered was cut at 2.5 m instead of the 3 m you paid for.

I've posted the missing 0.5 m today by first-class post, and it should reach you on Wednesday. I've also refunded your shipping cost.

We've started re-measuring every cut against the order slip before it's folded, so this shouldn't happen again.

Jo
Threadbare Fabrics
"""),
dict(domain="escooter", labels=[],
 subject="Your parking fine appeal has been accepted",
 text="""Hi Luca,

Your appeal against the €35 parking fine from 12 November has been accepted, and the fine has been removed from your account.

The photo you submitted shows the scooter inside the parking bay on Via Dante, so the city's report of it blocking the pavement didn't match our records. It looks as if someone moved it after your ride ended.

You don't need to do anything else. If the fine still shows in the app after 48 hours, reply to this email and I'll look into it.

Thanks for riding with Zippa,
Noor, Rider Support
"""),
dict(domain="escooter", labels=["condescending", "vague"],
 subject="Re: Charged for a ride I didn't take",
 text="""Hi Sam,

Thanks for getting in touch. Our system shows the scooter was unlocked from your account at 23:12 on Friday, which can only happen if someone has your phone or your login.

Most of these cases turn out to be a friend or family member using the app without asking, so it's worth checking with the people around you before raising a dispute.

We'll look into the charge and get back to you shortly.

Noor
Zippa Rider Support
"""),
dict(domain="proxybuy", labels=[PL],
 subject="Your purchase request #[ORDER_ID] has been received",
 text="""Hello Maria,

We've received your request to buy the item below on your behalf.

Item: Vintage Seiko 5 Sports, SRP series
Shop: [SHOP_NAME]
Price: ¥28,400

Our buyer will check the listing within one business day and send you a quote that includes our 8% service fee and domestic shipping to our warehouse. Nothing is charged until you approve the quote.

Best,
BuyBridge Japan
"""),
dict(domain="proxybuy", labels=[],
 subject="Customs hold on parcel BB-55120: confirming the declared value",
 text="""Hi Jonas,

Your parcel is being held by German customs, and they've asked us to confirm the value of the contents before they release it.

Our records show ¥41,800 for the two items (the camera lens and the lens hood), which is what we declared. If that matches what you paid, you don't need to do anything: I'll send customs our purchase receipts today, and they usually release parcels 3 to 5 working days after that.

If you paid the seller anything extra outside our invoice, please tell me by Wednesday, because customs compares the declared value with the receipts and a mismatch would hold things up further.

Regards,
Aiko
BuyBridge Japan Support
"""),
dict(domain="esports", labels=[],
 subject="Apology for the bracket error in Saturday's qualifier",
 text="""Hi everyone,

We're sorry that Saturday's Group C bracket was published with two teams swapped, which meant Halcyon and Lowtide both warmed up for the wrong match.

This happened because the seeding sheet was re-sorted by team name after the draw, and the bracket was built from the re-sorted copy.

We corrected the bracket at 13:10, pushed the first round back by 20 minutes so both teams could re-prepare, and the results stand as played.

For the next qualifiers, the bracket will be generated directly from the draw tool, and a second admin will check it against the draw recording before it goes out.

GG,
Frontline Open admin team
"""),
dict(domain="esports", labels=["unknown_without_followup"],
 subject="Re: When is the prize money coming?",
 text="""Hey Kenji,

Thanks for the message. The payments for the October season haven't gone out yet. Finance handles the transfers and I don't have any visibility into when they'll run.

Congrats again on the podium finish!

Mia
Frontline Open
"""),
dict(domain="homeoxygen", labels=[],
 subject="Your oxygen delivery for the holidays: Monday 23 December",
 text="""Dear Mr Patel,

Because our depot is closed from 24 to 26 December, we'll bring your holiday supply early: four cylinders on Monday 23 December, between 10 am and 1 pm.

That is two more than usual, which covers you at your prescribed 2 litres per minute until your next regular delivery on 30 December.

If you'll be away or staying with family over the holidays, please call us on 0800 555 0143 by 18 December so that we can deliver to that address instead.

Our 24-hour line stays open throughout the holidays in case your concentrator develops a fault.

Kind regards,
Grace Mullen
Breathe Easy Home Oxygen
"""),
dict(domain="homeoxygen", labels=[AI],
 subject="We're sorry about yesterday's missed visit",
 text="""Dear Mrs Dunn,

Please accept our apologies that our technician did not arrive for your concentrator service yesterday afternoon, and that no one called to let you know.

The visit was accidentally dropped when we moved your area onto a new route planner last week.

We have since checked by hand every appointment that was moved to the new planner, and added a rule that any visit not confirmed by 9 am is flagged to the duty manager.

Yours sincerely,
Grace Mullen
Breathe Easy Home Oxygen
"""),
dict(domain="intlschool", labels=[PL],
 subject="Re: Grade 2 waitlist",
 text="""Dear Mr. and Mrs. Alvarez,

Thank you for your patience. A place has opened in Grade 2 for the spring term, and we are delighted to offer it to Sofia.

To confirm the place, please return the signed enrolment agreement and pay the deposit of ¥200,000 by XX January. After that date the place will go to the next family on the waitlist.

With warm regards,
<Admissions Officer>
Aoba International School
"""),
dict(domain="intlschool", labels=[PU],
 subject="Greetings from the PTA",
 text="""Dear families,

What a wonderful term it has been! The autumn fair raised over ¥600,000 for the new library, and the Grade 5 production of "The Wind in the Willows" had the gym packed on both nights.

A big thank-you to everyone who baked, built sets and sold raffle tickets. The library committee is already choosing the first books.

Looking ahead, parents who signed up to help with the winter concert must attend a 30-minute safety briefing on 3 December at 4 pm in the music room, as the school needs a record of who has been briefed before volunteers can work backstage.

Warmly,
The PTA Committee
"""),
dict(domain="audiobook", labels=[],
 subject="Refund of the duplicate £8.99 charge on 3 November",
 text="""Hi Ollie,

You're right: you were charged £8.99 twice on 3 November. I've refunded the second charge today, and it should be back on your card within 5 working days.

The duplicate happened because your bank asked for an extra security check, and when that timed out our system retried the payment while the first attempt was still pending. We're sorry about that. On 10 November our payments team changed the retry logic so that it now waits for the first attempt to fail completely before trying again.

Your membership and your 3 credits are unaffected.

Best,
Priya
Listenwell Support
"""),
dict(domain="tollroad", labels=[],
 subject="Disputed toll on 2 October: a photo of your plate will let us close it",
 text="""Hello Ms Nakamura,

To finish checking the disputed toll of $9.25 from 2 October, could you send us a clear photo of your rear licence plate?

The camera image from the Elm Street gantry shows a plate that differs from yours by one character (an 8 where yours has a B), so we suspect a misread. A photo lets us document that for the audit and remove the charge.

Once we have it, the charge will be reversed within 2 business days. You won't need to pay it in the meantime: I've paused it on your account.

Kind regards,
Devon
RiverPass Customer Care
"""),
dict(domain="interior", labels=[],
 subject="Kitchen redesign: final drawings attached for your sign-off by 29 November",
 text="""Hi Beth and Marcus,

The final drawings for the kitchen are attached. Could you look them over and sign off by 29 November? The joiner needs the signed set to book his cutting slot, and his next free slot after that is in late January.

The changes since our last meeting are:
- the island is 10 cm narrower, giving you 105 cm of walkway on the window side
- the tall larder unit has moved next to the fridge
- the pendant lights are now centred on the island rather than the room

If anything looks wrong, mark it up on the PDF or just tell me in a reply, and I'll revise it within two working days.

Best,
Ines
Atelier Ines Ferreira Interiors
"""),
]
