# (domain, subject, text, labels) — English drafts, written independently of the Japanese ones
L = [
# ---------- clean (10) ----------
("horse", "Your hack on Saturday 12 April is confirmed", """Hi Megan,

Your two-hour hack on Saturday 12 April at 10:00 is booked for you and Tom.

Please arrive by 9:40 so we can match you to horses and adjust stirrups before we set off. The ride costs £75 each, payable on the day by card or cash. We'll lend you hats; long trousers and boots with a small heel are all you need to bring.

If you need to change the date, reply to this email by Thursday at 5 pm and there'll be no charge.

See you then,
Jo Harper
Larkfield Riding Centre
""", ""),
("septic", "Action needed: access to your tank on 3 March", """Dear Mr Okafor,

Could you make sure the tank lid at the back of your garden is reachable on Monday 3 March? Our engineer Dave is booked to empty it between 8 and 10 am, and last time the lid was under a stack of paving slabs.

The hose needs a clear path of about 30 m from the lane, so please also leave the side gate unlocked.

The service costs $295, as quoted. If Monday no longer works, reply with another weekday this month and we'll move it.

Kind regards,
Priya Shah
ClearFlow Septic Services
""", ""),
("oyster", "We're sorry: your Christmas box arrived warm", """Dear Mrs Lindqvist,

I'm very sorry that your box of oysters arrived warm on 22 December and had to be thrown away. That should never happen, especially with a Christmas order.

We checked with the courier: the van carrying your parcel broke down and sat at the depot overnight without refrigeration, and we had not used the extra ice pack we normally add in December.

We've refunded the full $96 to your card today, and a replacement box is on its way by our own driver, arriving tomorrow before noon.

From now on, every December box ships with two ice packs and a temperature strip, and we've asked the courier to call us whenever a refrigerated van is delayed.

With apologies,
Sean Murphy
Bayline Oysters
""", ""),
("planet", "Your school booking: one question about lunch", """Dear Ms Adeyemi,

Thank you for booking the 10:30 show for Year 4 on 14 May. Everything is confirmed for 62 pupils and 6 adults.

One question: will your group need the indoor lunch room after the show? It seats 70 and is free, but we have two schools visiting that day, so please let us know by 30 April and we'll reserve it for 12:00–12:45.

Best wishes,
Hannah Cole
Education Team, Starlight Dome
""", ""),
("archery", "Refund for the cancelled beginners' course", """Hi Raj,

As you asked on the phone, I've cancelled your place on the beginners' course and refunded the full £120. It should reach your card within five working days.

If you'd still like to learn, the next course starts on Saturday 8 March, and I've held a place for you until Friday — just reply "yes" if you want it.

Best wishes,
Lena
Northgate Archery
""", ""),
("ricemill", "Price change for your monthly delivery from 1 July", """Dear Mr Tanaka,

From 1 July the price of your monthly 10 kg delivery will go up from ¥4,200 to ¥4,600.

The increase is because this year's harvest in our region was about 20% smaller, and the farmers' prices rose accordingly. Your deliveries will carry on as usual, and you don't need to do anything to keep them.

If you'd prefer to switch to 5 kg a month (¥2,400) or pause deliveries, just reply before 20 June.

Kind regards,
Mina Sato
Sato Rice & Grain
""", ""),
("snow", "Re: Plough damaged my lawn edge", """Hi Karen,

Thanks for the photos. You're right: our plough cut into the lawn edge by your driveway on Tuesday night.

Our driver couldn't see the edge under the drifting snow, and your marker poles had blown over. We'll re-turf the strip free of charge as soon as the ground thaws; I've put you down for the first week of April and will call you to fix a day.

In the meantime we've put heavier marker poles along your drive so it doesn't happen again this winter.

Sorry about this,
Mike
Ridgeway Snow Services
""", ""),
("tent", "Quote for your garden party, 21 June", """Hello Mr Evans,

Here is the quote you asked for:

- 6 x 9 m marquee with clear windows: £1,150
- Lighting and matting: £240
- Delivery, set-up on 20 June and take-down on 22 June: included
Total: £1,390 incl. VAT

To hold the date we need a 25% deposit (£347.50) by 15 May; after that, June weekends tend to book out. The payment link is at the bottom of the attached PDF.

Best,
Ellie Brooks
Brooks Marquee Hire
""", ""),
("coding", "Your daughter's project is in the showcase", """Dear Mr and Mrs Novak,

Great news: Ana's maze game has been chosen for our end-of-term showcase on Saturday 13 December at 2 pm.

She'll have five minutes to present it. Could you let us know by 5 December whether she'd like to take part? We're printing the programme that weekend.

Family members are welcome; seats are free but limited to three per child.

Best wishes,
Tom Reilly
ByteSized Coding Club
""", ""),
("junk", "Collection booked: Thursday 9 October, 8–10 am", """Hi Daniel,

Your collection is booked for Thursday 9 October, with our team arriving between 8 and 10 am.

The price is $420 for a full van load, as quoted, including the mattress and the old fridge. We'll take payment by card once everything's loaded.

If anything will be in a locked shed or garage, please leave the key with a neighbour or text us on 555-0142 where to find it, so the crew isn't kept waiting.

Cheers,
Leah
ClearOut Co.
""", ""),
# ---------- flawed (10) ----------
("grave", "Apologies about Sunday", """Dear Mrs Holt,

I'm so sorry that your mother's grave had not been cleaned when you visited on Sunday.

It won't happen again.

Best regards,
Alan Price
Evergreen Memorial Care
""", "AI"),
("horse", "About the lesson mix-up", """Hi Sam,

Your daughter's lesson on Wednesday was given to another rider because our booking system showed two riders in the same slot. We've credited one free lesson to your account, which you can use any time before the end of May.

Jo
Larkfield Riding Centre
""", "AI"),
("futon", "Your futon order", """Dear Ms Park,

We apologise for sending your futon to the wrong address. It has now been collected and re-sent to your flat, and will arrive on Tuesday.

We are reviewing our processes.

Regards,
Futon Works
""", "AI"),
("septic", "Service reminder", """Dear {first_name},

Our records show your septic tank was last emptied on [DATE]. We recommend emptying every 12 months to avoid blockages and odours.

Reply to this email to book a visit; we have slots most weekdays next month.

ClearFlow Septic Services
""", "PL"),
("archery", "League night sign-up", """Hi all,

League nights start on Tuesday XX/XX at 7 pm and run for eight weeks. Entry is £40 per archer, which covers lane hire and targets.

Please sign up at the desk by Friday so we can draw up the teams.

Lena
Northgate Archery
""", "PL"),
("coding", "Welcome to ByteSized!", """Hi [Parent name],

Welcome to ByteSized Coding Club! Your child's first lesson is on Wednesday 8 January at 4:30 pm.

Please bring a water bottle; laptops are provided. Parents are welcome to stay for the last ten minutes, when the kids show what they've made.

Tom Reilly
""", "PL"),
("oyster", "News from the bay", """Dear Mr Ward,

It's been a wonderful autumn out on the water. The cool nights have given this year's oysters firm, sweet meat, and the first of the Pacific rock oysters are now ready.

We've also started smoking a small batch each week, which customers have loved.

Speaking of which, your standing order includes smoked oysters, but this week's batch sold out. Would you like us to replace them with fresh ones, or skip them this week? Let us know by Wednesday so we can pack your box.

Sean
Bayline Oysters
""", "PNU"),
("tent", "Brooks Marquee Hire", """Hello Ms Grant,

Brooks Marquee Hire has been putting up tents for weddings and fairs across the county since 1998. Our crews are fully trained and insured, and all our marquees are cleaned and checked after every event.

We recently added furniture hire, including round tables and chiavari chairs.

For your wedding on 2 August, we still need to know whether the ground at the venue is grass or gravel, because it changes which anchors we bring. Could you check with the venue and tell us by 1 July?

Ellie
""", "PNU"),
("planet", "Update", """Hi Chris,

The dome has been busy this month, with the new show on Mars drawing record crowds, and our café has a new menu.

The members' evening on 18 October will go ahead as usual, starting with drinks at 6:30.

Your membership card renewal also came back from the printer with a spelling error in your name. Could you confirm the spelling so we can reprint it before the evening?

Hannah
""", "PNU"),
("ricemill", "Re: Missing bag", """Hi Joan,

The driver says he delivered it. We can't say what happened after that.

Send us a photo of the porch.

Mina
""", "U D I R"),
]
