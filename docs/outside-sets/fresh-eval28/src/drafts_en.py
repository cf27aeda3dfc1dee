# English reply drafts, written on their own: (domain, subject, text, labels).
DRAFTS_EN = [
# ---------------- flawed ----------------
("coffee", "Your order #20417", """Hi Priya,

I'm so sorry that your order arrived with a split bag and coffee all over the box.
It turns out the heat sealer on our packing line was running too cool last week, so some seals gave way in transit.
I've sent you a fresh 500 g bag of the Colombia Huila this morning by tracked post; it should be with you on Thursday.

Thanks for your patience,
Tom
Hill Street Roasters
""", ["apology_incomplete"]),

("studio", "Sorry about Saturday", """Hi Marcus,

I wanted to say how sorry we are that Room A's PA cut out halfway through your Saturday session.
We've refunded the full three hours (£54) to your card, and we've put a second backup mixer in every room so a failure won't end a session again.

Hope to see the band again soon,
Jess
The Vault Rehearsal Rooms
""", ["apology_incomplete"]),

("scaffold", "Fallen board at Elm Road", """Dear Mr Okafor,

Please accept our apologies for the scaffold board that fell into your client's front garden on Tuesday afternoon.
The board had been left unclipped on the top lift after our team adapted the scaffold for the roofers, which should never have happened.
From now on, every adaptation will be signed off by a supervisor before the crew leaves site, and we are briefing all erectors on this next Monday.

Kind regards,
Dan Whitfield
Northgate Access Ltd
""", ["apology_incomplete"]),

("mealkit", "Your box this week", """Hi {first_name},

Good news: your first Greenpan box is packed and on its way.
It will arrive on Wednesday between 8 am and 1 pm, and the ice packs keep everything cold until 10 pm even if nobody is home.

Inside you'll find three recipes for two people. Your discount code for next week is {promo_code}.

Happy cooking,
The Greenpan team
""", ["placeholder_left"]),

("visa", "Documents for your work visa application", """Dear [Client Name],

Thank you for instructing Kaneda Immigration Office.
To file your Engineer/Specialist in Humanities visa application, we need the following from you by XX/XX:

1. A copy of your degree certificate, to show your qualification matches the job
2. Your signed employment contract, to show salary and duties
3. One passport-size photo (4 cm x 3 cm), for the application form

You can scan and email items 1 and 2; please post the photo to our office.

Best regards,
Aiko Kaneda
Kaneda Immigration Office
""", ["placeholder_left"]),

("lash", "Appointment reminder", """Hi Chloe,

Just a reminder that your full set is booked for <DATE> at <TIME> with Mina.
Please come without eye makeup, as we need clean lashes for the adhesive to bond, and allow about two hours.

If you need to move it, just reply to this email at least 24 hours before.

See you soon,
Lush Lash Studio
""", ["placeholder_left"]),

("inspect", "Following up", """Hi Sam,

Thanks again for having us at Marsh Lane on Friday. It was a lovely old house, and it's always nice to see original sash windows kept in such good order.
Our surveyor mentioned you're keen on doing up the garden too, which sounds like a great project.
We've also just launched a damp-survey add-on, which a lot of buyers of older homes find useful.

One thing from Friday: the electrician we brought along couldn't get into the consumer unit cupboard. If you'd like the wiring covered in the report, we need access before Wednesday, when your mortgage lender needs the report.

Best,
Hannah
Keystone Home Inspections
""", ["purpose_not_upfront"]),

("survey", "Update", """Dear Ms Reilly,

I hope you had a good weekend.
As you know, we carried out the topographical survey of the rear plot last month, and the site team found the ground conditions quite manageable despite the rain.
The drawings have now been through our internal check.

Your architect has asked whether the survey can be extended to include the neighbouring access lane. This would add one day on site and £480 + VAT, and we need your written approval by Friday to keep the planning deadline.

Kind regards,
Owen Pryce
Pryce Land Surveys
""", ["purpose_not_upfront"]),

("phonefix", "Re: water damage repair", """Hi Ben,

Thanks for your email.
We did tell you when you dropped the phone off that water damage repairs come with no guarantee, so there isn't much more we can say about it stopping working again.
If you want, you can bring it back in and we'll have a look.

FixPoint Phone Repairs
""", ["dismissive", "condescending"]),

("costume", "Re: Group booking for 12 Roaring Twenties outfits", """Hi Gemma,

Thanks for thinking of us for your office party!
We can do twelve flapper dresses and suits for the 14th. For a group this size there's a modest deposit, and we'll need everything back a few days after the event.

Let me know and I'll hold them for you.

Rosie
Dress Up Depot
""", ["vague"]),

# ---------------- clean ----------------
("coffee", "Your subscription is paused until 1 March", """Hi Aaron,

As requested, I've paused your Roaster's Choice subscription. Your next bag will ship on 1 March, and you won't be charged before then.
If you'd like to restart sooner or change the grind, just reply here or use the "Manage subscription" page.

Cheers,
Tom
Hill Street Roasters
""", []),

("dance", "Spring term timetable and fees", """Dear parents,

The spring term timetable is now fixed, and fees are due by 10 January.

Tiny Tots (ages 3-4): Saturdays 9:00-9:45, £72 for the term
Junior Ballet (ages 5-8): Tuesdays 16:30-17:30, £96 for the term
Junior Street (ages 8-12): Thursdays 17:30-18:30, £96 for the term

You can pay by bank transfer or card at reception. If you have more than one child enrolled, the second child's fees are reduced by 20%.

Best wishes,
Laura
Step Up Dance Studio
""", []),

("inspect", "Your home inspection report, 12 Willow Close", """Hi Mr and Mrs Doyle,

Your inspection report for 12 Willow Close is attached (36 pages).

The three items you'll want to discuss with the seller are:
- The boiler is 17 years old and the flue is not to current standard (replacement typically £2,500-£3,500).
- There is active woodworm in two joists under the back bedroom.
- The flat roof over the kitchen has about five years of life left.

I'm free to go through the report by phone tomorrow between 10 am and 4 pm; just reply with a time that suits you.

Hannah
Keystone Home Inspections
""", []),

("phonefix", "Apology: scratched screen after your repair", """Dear Ms Turner,

I'm very sorry that your phone came back from us with a scratch across the new screen.
Our technician used a worn suction tool that left the mark when seating the glass, and it wasn't caught at our final check.
We have ordered a replacement screen, which arrives on Tuesday, and we'll fit it free of charge the same day; it takes about 40 minutes.
We've replaced the worn tools and added a scratch check under a bright lamp to every handover.

Sorry again,
Raj
FixPoint Phone Repairs
""", []),

("studio", "Booking confirmed: Room C, Sunday 9 March, 2-6 pm", """Hi Nadia,

You're booked into Room C on Sunday 9 March from 2 pm to 6 pm. The room has a five-piece kit, two guitar amps and a bass amp.

The total is £64, payable on the day. If you need to cancel, there's no charge up to 48 hours before.

Jess
The Vault Rehearsal Rooms
""", []),

("surf", "Your lesson on Saturday is going ahead", """Hi Ellie,

Good news: the forecast for Saturday is a clean 2-3 ft swell, so your 10 am beginner lesson is on.

Please meet us at the blue hut at the north end of the beach at 9:40, so we have time to fit wetsuits before the safety talk. Bring a towel and swimwear; everything else is provided.

See you in the water,
Kai
Tidal Surf School
""", []),

("visa", "Your residence card renewal has been approved", """Dear Mr Santos,

Good news: your period of stay has been extended by three years.

To collect the new card, the immigration office needs a ¥4,000 revenue stamp. We'll collect it on your behalf on 18 April, so could you transfer the ¥4,000 to our account by 16 April? The new card will reach you by registered post within three days of collection.

Best regards,
Aiko Kaneda
Kaneda Immigration Office
""", []),

("lash", "We're sorry about Saturday's wait", """Hi Zoe,

I'm really sorry you waited 35 minutes past your appointment time on Saturday.
The client before you needed a full removal we hadn't been told about, and we didn't let you know or offer to rebook.
I've refunded £15 of your infill cost to your card today.
From this week we ask about removals when booking and text the next client if we're running more than ten minutes late.

Mina
Lush Lash Studio
""", []),

("survey", "Boundary meeting with your neighbour: 22 May at 11 am", """Dear Mr Hughes,

Your neighbour at number 14 has agreed to meet on site on Thursday 22 May at 11 am to walk the boundary with us.

The meeting usually takes about an hour. It would help if you could bring the 1987 conveyance plan you mentioned, as it shows the original fence line and may settle the disputed corner.

Kind regards,
Owen Pryce
Pryce Land Surveys
""", []),

("scaffold", "Hire extension for 8 Queens Parade: 4 more weeks at £310/week", """Hi Lisa,

Following your call, we can extend the scaffold hire at 8 Queens Parade by four weeks, to 27 June, at the current rate of £310 a week.

The pavement licence also needs extending. We'll apply to the council for you, but they need the request five working days in advance, so we'd need your go-ahead by this Friday.

Thanks,
Dan Whitfield
Northgate Access Ltd
""", []),
]
