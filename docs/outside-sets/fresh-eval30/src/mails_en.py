# en incoming mails (written independently of the ja mails)
M = [
# ---- umbrella ----
("umbrella", "Wrong colour umbrellas - shoot is tomorrow",
"""Hi,

We ordered 40 plain red umbrellas (order BR-5530) for a film shoot, and the box that arrived this afternoon is 40 navy ones.
Your confirmation email clearly says red. I've attached a photo of the packing slip next to the order confirmation.

We're on location from 6 a.m. tomorrow and the whole scene is built around the red umbrellas. If red ones can't reach our production office in Leeds by 8 p.m. tonight, we'll have to pay a crew to stand around while we find them somewhere else.

Tell me today whether you can fix this. I'd also like to know how an order this simple gets picked wrong.

Becca Stone
Production Coordinator, Northlight Films
""", "high", "angry", False),
("umbrella", "12 umbrellas for our outdoor production - can you repair by Thursday?",
"""Hello Brolly & Co,

I'm stage manager for the Parkside Players. Our outdoor run of Singin' in the Rain opens this Friday at 7.30, and 12 of our dance umbrellas came back from the tech rehearsal with bent ribs.

We need them back by Thursday at 5 p.m. for the dress rehearsal; after that it's too late, because the choreography depends on them. Could you tell me today whether that's possible and roughly what it would cost? I can drop them off at your shop first thing tomorrow.

Thanks,
Neil Ashworth
Stage Manager, Parkside Players
07700 900 311
""", "high", "neutral", False),
("umbrella", "umbrella",
"""Any update?
""", "normal", "neutral", True),
("umbrella", "Re-covering my grandmother's parasol",
"""Hi Dana,

You fixed my walking umbrella last year and it's still going strong - thank you again!

Now I'm hoping you can help with something more delicate: my grandmother's lace parasol from the 1950s. The frame is fine, but the lace has torn in two places. Is re-covering something you do, and would you be able to match the lace, or at least get close?

Best wishes,
Harriet
""", "normal", "positive", False),
("umbrella", "Golf umbrellas with a logo - for next year",
"""Hello,

Our golf club is thinking about ordering branded umbrellas for next season's members' day. It won't be until next summer, so nothing needs deciding now.
Could you tell me your minimum order and whether you do two-colour logos? A rough price range would be plenty at this stage.

Regards,
Colin Marsh
Hon. Secretary, Westbrook Golf Club
""", "low", "neutral", False),
# ---- fpen ----
("fpen", "My pen for Tuesday's exam",
"""Dear Nib Hospital,

I sent you my Pilot Custom 74 for a nib adjustment on the 3rd (ticket NH-4471) and was told it would be back within a week. It's now the 12th and the tracking hasn't been updated.

I know this might sound silly, but I have a wrist condition and this pen, with the grip I've had fitted, is the only one I can write with for three hours without pain. My law exam is on Tuesday morning and it's all handwritten. If I don't have it by Monday, I honestly don't know how I'll get through the papers.

Could you let me know whether it has been posted? If it hasn't, I could collect it from the workshop on Saturday.

Thank you,
Amira Shah
""", "high", "anxious", False),
("fpen", "Repaired pen still leaking",
"""Hi Owen,

The Parker 51 you re-sacked came back on Thursday. Thanks for the quick turnaround, but I'm afraid it's leaking again - there's ink on the inside of the cap after a day in my shirt pocket.

I've attached two photos. What would you like me to do? Happy to post it back if that's easiest.

Cheers,
Rob
""", "normal", "neutral", False),
("fpen", "Which ink for a vintage Sheaffer?",
"""Hello,

I've just bought a 1950s Sheaffer Snorkel from an estate sale. Before I ink it up, is there a brand of ink you'd recommend that's safe for the old sac? And do you sell it?

Thanks,
Paul
""", "normal", "neutral", False),
("fpen", "Sending a pen from Canada - customs?",
"""Hi there,

I'd love you to look at my late father's Conway Stewart, but I live in Canada and I'm nervous about posting it overseas.
What happens with customs? I've read stories of parcels being opened and items going missing, and this pen can't be replaced.
Do you have any advice on how to declare it and pack it? Or should I wait until I'm in the UK next year and bring it in person?

Many thanks,
Elaine
""", "normal", "anxious", False),
("fpen", "Pen clinic next year?",
"""Hi,

Will you be running your pen clinic at the Harrogate show again next year? No rush at all - I'm just trying to plan my spring.

Jack
""", "low", "neutral", False),
# ---- linen ----
("linen", "No linen delivered - 60 check-ins today",
"""Graham,

Our morning delivery hasn't arrived. It's 11:15, we have 60 rooms checking in from 2 p.m., and housekeeping has enough clean sheets for about 15 beds.
Your driver's phone goes straight to voicemail and the office line just rings.

This is a 90-room hotel. If those rooms aren't made up by 2 p.m. we will be moving guests to other hotels at our expense. I need a time for the delivery, not an apology.

Karen Doyle
General Manager, The Quayside Hotel
""", "high", "angry", False),
("linen", "Stained napkins in today's delivery - is this safe?",
"""Hi,

In today's delivery to The Copper Pot, several napkins in one bag have brownish stains that look like dried blood, and the bag smells odd.
I don't know whether they've been washed at all, or whether they came from another customer - perhaps a clinic or butcher's on your route?

We've put that whole bag aside, but I'm worried about the rest of the delivery. We have 80 covers tonight from 6 p.m. Can someone tell me before 4 p.m. whether the other bags are safe to use, or bring us a replacement?

Priya Nair
Head Chef
""", "high", "anxious", False),
("linen", "Increase our standing order",
"""Hi Graham,

From 1 July we're opening the terrace, so we'd like to go from 150 to 220 napkins a day and add 30 more bar towels. Could you send the updated price?

Thanks,
Marco
Trattoria Sole
""", "normal", "neutral", False),
("linen", "Invoice 4471 - charges for 'lost' tablecloths",
"""Hi,

Your latest invoice charges us $180 for 12 "lost" tablecloths. Funny thing: we counted those 12 into the bag in front of your driver on the 3rd, and he signed for them.
Perhaps someone at your depot could count them too?

I'll pay the invoice minus the $180. Let me know if you'd like a copy of the signed collection note.

Dev Patel
Owner, Saffron House
""", "normal", "angry", False),
("linen", "Eco-friendly detergents?",
"""Hello,

Out of curiosity - do you use plant-based or low-phosphate detergents? A few of our customers have asked about our suppliers' environmental practices. It's not pressing at all; I'm just putting together some information for our website later this year.

Thanks,
Mia
The Green Fork Café
""", "low", "neutral", False),
# ---- foodtruck ----
("foodtruck", "Fire department permit - site plan needed by Thursday",
"""Hi Sam,

For Saturday's Riverside festival, the fire department needs our generator permit application by Thursday at noon, and the form asks for the site plan showing where our truck and generator will sit.
I've asked for the plan twice at the trader briefing but haven't received it. Without the permit, we can't run the generator, which means no fryers and no trading.

Could you email the site plan to me by Wednesday evening?

Thanks,
Lucia Gomez
Taco Libre
""", "high", "neutral", False),
("foodtruck", "space",
"""still got space?
""", "normal", "neutral", True),
("foodtruck", "First event - do I need my own insurance?",
"""Hi,

I've just been accepted for the July night market - my first ever event with the van! I'm really excited but also a bit out of my depth.
Do I need my own public liability insurance, or does the event cover traders? And how much cover? I've heard £5 million mentioned but I don't want to get it wrong and be turned away on the night.

Sorry if these are basic questions.
Tom
Tom's Toasties
""", "normal", "anxious", False),
("foodtruck", "Pitch next to the bins again",
"""Hi,

For the third market in a row, we've been given the pitch right next to the waste bins.
I'm sure it's just a coincidence that the smell of rubbish in 28-degree heat is next to a dessert stall. Customers literally walk past us holding their noses.
Can we please have a different pitch for next month? If not, I'll think about whether it's worth coming back.

Hannah
The Sugar Shack
""", "normal", "angry", False),
("foodtruck", "Thanks for a brilliant weekend",
"""Hi Sam,

Just wanted to say thank you for last weekend. Great crowd, really well organised, and the volunteer who helped us reverse into our pitch deserves a medal.
We sold out of brisket by 3 p.m. Put us down for next year!

Cheers,
Big Al's BBQ
""", "low", "positive", False),
# ---- indigo ----
("indigo", "Hen party workshop on Saturday - did you get our change of time?",
"""Hi Kenji,

I booked a private indigo workshop for my sister's hen party - 14 of us, this Saturday. Last Monday I emailed asking to move it from 10 a.m. to 2 p.m., because half the group are flying in that morning, and I haven't heard anything back.

I'm getting really worried. Everyone has booked flights and trains around the 2 p.m. slot, and I've told them that's when it is. Could you confirm by Thursday whether 2 p.m. is OK? If it's not possible, I'll need to rearrange things for 14 people.

Thanks so much,
Jess Okoro
""", "high", "anxious", False),
("indigo", "Private session for two?",
"""Hello,

Do you offer private sessions for two people? It would be a birthday present for my partner, sometime in October. Weekday or weekend is fine.

Regards,
Owen Price
""", "normal", "neutral", False),
("indigo", "Scarf bled all over my coat",
"""I bought an indigo scarf at your studio last month, washed it separately twice, as your leaflet says, and then wore it once in light rain.
My cream wool coat now has blue streaks all down the front. The dry cleaner says they may not come out.

I followed your instructions to the letter. What are you going to do about the coat?

Fiona
""", "normal", "angry", False),
("indigo", "Loved the workshop - advanced class?",
"""Hi!

My friend and I came to the beginners' workshop on Saturday and absolutely loved it - my shibori tote has been admired by everyone at work.
Do you run anything more advanced, like resist techniques or dyeing larger pieces? We'd love to come back.

Laura
""", "normal", "positive", False),
("indigo", "Do you sell undyed fabric?",
"""Hello,

Just a quick question for the future: do you sell undyed cotton or linen blanks that are suitable for indigo? I'm thinking of setting up a small vat at home next year.

Thanks,
Sophie
""", "low", "neutral", False),
# ---- hosting ----
("hosting", "Fourth message: email bouncing for 5 days",
"""Ticket #88213 (and #88190, #88144)

This is my fourth message. Since last Thursday, emails to our domain (hollis-and-co.com) bounce with "550 mailbox unavailable".
I've opened three tickets. The only reply was an automated message saying an engineer would be in touch within 24 hours. That was five days ago.

We're an accountancy practice in the middle of tax season, and clients are telling us their emails are coming back. Two have already asked if we've gone out of business.

I'd like a named person to take ownership of this today.

Martin Hollis
Hollis & Co Chartered Accountants

-------- Forwarded message --------
Subject: Re: Ticket #88144
Thank you for contacting NorthPeak Support. An engineer will be in touch within 24 hours.
""", "high", "angry", False),
("hosting", "SSL certificate expires tonight - auto-renewal failed",
"""Hello,

We've received a notice that the SSL certificate for shop.birchandbloom.co.uk expires at midnight tonight, and that automatic renewal failed ("validation error").
Our checkout runs on that subdomain. If the certificate lapses, customers will see a security warning and the payment provider will block transactions.

Could you tell us what's causing the validation error and how to fix it before midnight? I'm available on 0161 496 0000 until 9 p.m.

Kind regards,
Anna Birch
Birch & Bloom
""", "high", "neutral", False),
("hosting", "Is this email really from you?",
"""Hi,

I got an email this morning that says it's from NorthPeak and asks me to "verify my account within 48 hours or lose my website". It has your logo, but the link goes to a strange address.
I haven't clicked anything. But now I'm worried that someone has my details - how would they know I'm your customer?

I've attached a screenshot. Is it genuine? And should I be doing anything to protect my site?

Thanks,
Gareth
""", "normal", "anxious", False),
("hosting", "account",
"""Can you check my account pls
""", "normal", "neutral", True),
("hosting", "Moving to the business plan next year",
"""Hi,

We're likely to move to your Business plan when our contract renews next April. In the meantime, could you tell me whether the migration would involve any downtime? Just planning ahead - no rush.

Regards,
Li Wei
""", "low", "neutral", False),
# ---- docstore ----
("docstore", "Stop destruction of boxes 1140-1162 - litigation hold",
"""Dear Archive Point,

Our solicitors have just told us that we're subject to a litigation hold relating to a contract dispute, effective today.
According to your schedule, boxes 1140 to 1162 (our 2017-2018 project files) are due for destruction this Friday. Those files are very likely covered by the hold.

If they're destroyed, we could face serious consequences in court. Please could you confirm in writing, before Friday, that these boxes have been taken off the destruction run?

I'm quite worried about this, so a quick confirmation that you've received this email would also help.

Regards,
Simon Clarke
Finance Director, Clarke Engineering Ltd
""", "high", "anxious", False),
("docstore", "Retrieval request for court hearing on Monday",
"""Hello,

Please could you retrieve box 0872 (client: Hargreaves) and deliver it to our office at 12 Castle Street by Friday 3 p.m.?
The box contains originals we must produce at a hearing on Monday at 10 a.m.; copies won't be accepted by the court.

Please confirm the delivery time and any charge.

Many thanks,
Joanna Reid
Reid & Partners Solicitors
""", "high", "neutral", False),
("docstore", "Your driver on Tuesday",
"""Hi,

On Tuesday your driver left six of our archive boxes on the pavement outside our front door, in the rain, without ringing the bell. By the time we found them, two were soaked through.
When our office manager phoned him, he said it "wasn't his job to wait around".

These are confidential HR files. I'd like to know what happened and what you plan to do about it.

Rachel Burns
Operations Manager
""", "normal", "angry", False),
("docstore", "Quote for storing 40 boxes",
"""Hello,

We're a small architecture practice and need to store about 40 standard archive boxes off-site. Could you send a quote for monthly storage and a one-off collection, plus the cost per retrieval?

Thanks,
Ewan
Fraser Architects
""", "normal", "neutral", False),
("docstore", "Retention periods for payroll records",
"""Hi,

We're reviewing our records policy later this year. Do you offer any guidance on how long payroll records usually need to be kept, or can you set up automatic destruction dates for boxes when they reach a retention limit?

Nothing needed soon - we're just gathering information.

Kind regards,
Natalie
""", "low", "neutral", False),
# ---- fonts ----
("fonts", "Licence deactivated - book goes to print Monday (third email)",
"""Hello,

Our licence for Harbour Serif (order HF-22910) was deactivated on Wednesday without warning. InDesign now substitutes the font in every chapter of a 320-page book that goes to the printer on Monday morning.

I've sent two emails since Wednesday and had no reply. We paid $1,450 for that licence eight months ago and have the receipt.

If the book misses Monday's slot, the print date moves by three weeks and our launch event is cancelled. I need the licence reactivated by Friday, or an explanation of why it was switched off.

Daniel Frost
Production Manager, Greyhound Press
""", "high", "angry", False),
("fonts", "Adding web use to an existing licence",
"""Hi,

We have a desktop licence for Harbour Sans (5 seats). We'd now like to use it on our website too. Can the web licence be added to our existing one, or is it a separate purchase?

Best,
Chloe
""", "normal", "neutral", False),
("fonts", "Did I use your font without the right licence?",
"""Hello,

I'm a freelance designer. Two years ago I made a logo for a small bakery using Harbour Script, which I'd bought with a personal licence. I've just realised the licence might not cover commercial logos.

The bakery now uses the logo on everything - signs, bags, their website. I'm really worried I've landed my client in legal trouble. What should I do? Can the licence be upgraded retroactively?

Thank you for any help,
Maya
""", "normal", "anxious", False),
("fonts", "licence question",
"""hi, quick licence question
""", "normal", "neutral", True),
("fonts", "Feature request: Welsh characters",
"""Hello,

Just a suggestion for a future version: Harbour Sans doesn't include ŵ and ŷ, which we'd need for Welsh-language materials. No urgency at all; we're using a workaround for now.

Diolch,
Rhys
""", "low", "neutral", False),
# ---- bagrepair ----
("bagrepair", "Nurse's visiting bag - zip broken, shifts from Monday",
"""Hello,

I'm a district nurse. My visiting bag, which holds all my clinical kit, has a broken main zip and won't close. I can't carry sharps and medicines in an open bag, and the service has no spare until next month.

I have a run of home visits starting Monday, including several housebound patients who rely on those visits for their dressings and injections. Could you replace the zip by Saturday? I can drop it in on Thursday evening.

Thanks,
Bernadette Quinn
""", "high", "neutral", False),
("bagrepair", "Six weeks for a strap?",
"""Hi,

I dropped off my satchel for a new strap on 2 May and was told two weeks. It's now mid-June.
I've called twice and been told "it's in the queue". Two weeks has become six. At this rate I could have learned to sew it myself.

When will it actually be ready?

Tom Gale
""", "normal", "angry", False),
("bagrepair", "Quote for handle replacement",
"""Hello,

The leather handles on my tote bag are cracking. Photos attached. Could you give me an idea of the cost to replace both, and how long it takes?

Thanks,
Anya
""", "normal", "neutral", False),
("bagrepair", "Mum's old handbag",
"""Hi,

My mum passed away in the spring and left me her handbag from the 1970s. The clasp is broken and the lining is falling apart.
I'd love to use it, but I'm scared of it coming back looking like a different bag - the scuffs and the worn corners are part of her.
Can you repair the clasp and lining but leave the outside as it is? And if it turns out it can't be done, could you just send it back untouched?

Thank you,
Kerry
""", "normal", "anxious", False),
("bagrepair", "Thank you!",
"""Just collected my briefcase - the new handle is perfect and you even polished the brass. My dad bought it in 1985 and it looks better than I've ever seen it. Thank you!

Sanjay
""", "low", "positive", False),
# ---- kaiseki ----
("kaiseki", "Deposit charged twice - my card is frozen",
"""Hello,

I'm a visitor from Australia and booked dinner for 4 on Saturday. Your booking site took the ¥60,000 deposit twice, and my bank has now frozen my card for suspected fraud.
It's my only credit card, I'm in Kyoto until Sunday, and I can't pay for my hotel or train tickets until the second charge is reversed.

I emailed yesterday with no reply. Please reverse the duplicate charge today and send me confirmation I can show my bank.

Grant Mitchell
Booking ref KS-7781
""", "high", "angry", False),
("kaiseki", "Tonight's 6 p.m. booking - guest's flight delayed",
"""Dear Kiyomizu,

We have a private room booked for 6 people tonight at 6 p.m. under Takeda Trading. Our guest of honour's flight from Seoul has been delayed and he won't reach Kyoto until about 8 p.m.

Could we move the booking to 8:30 p.m. tonight? If that's not possible, please let me know by 3 p.m. so I can arrange something else. This dinner is to close a partnership agreement, so it matters a great deal to us.

Kind regards,
Yuki Sato
Takeda Trading
""", "high", "neutral", False),
("kaiseki", "First time at a kaiseki restaurant - etiquette?",
"""Hello,

My husband and I have a reservation next month for our anniversary. We've never eaten kaiseki before and I'm a bit nervous about doing something wrong - shoes, sitting on the floor, which dishes to lift, that sort of thing.
My husband also has bad knees. Is there anything we should know before we come?

Thank you,
Claire
""", "normal", "anxious", False),
("kaiseki", "Pescatarian option?",
"""Hi,

Do you offer a course for pescatarians? Two of us are booked for 18 May and one doesn't eat meat.

Thanks,
Anders
""", "normal", "neutral", False),
("kaiseki", "Thank you for a wonderful evening",
"""Dear Haruka,

Thank you for Friday night. The food was extraordinary, and the way the staff explained each course made it so special for my parents. My father hasn't stopped talking about the sea bream.

With gratitude,
Olivia
""", "low", "positive", False),
# ---- tea ----
("tea", "Parcel held at customs - they need an invoice in 48 hours",
"""Hi Hana,

My order (GT-3318, about $210 of tea) is being held by US customs. They've sent me a notice saying they need a commercial invoice showing the value and contents within 48 hours, or the parcel will be returned or destroyed.

I don't have an invoice, only the order confirmation email. I'm really anxious about losing it - some of it is a gift for my mother's 70th next week.
Can you email me a proper invoice by tomorrow?

Thank you,
Megan Cole
""", "high", "anxious", False),
("tea", "Subscription price went up without notice",
"""Hello,

My monthly tea box was charged at $38 this month instead of $29. I checked my inbox and spam folder - there was no notice of a price increase.
I'm sure it's in the small print somewhere, but a 30% increase deserves an email.

Please refund the difference for this month, and tell me what the price will be from now on so I can decide whether to stay.

Rebecca
""", "normal", "angry", False),
("tea", "change",
"""Need to change my thing
""", "normal", "neutral", True),
("tea", "Corporate gifts for 30 people",
"""Hello,

We'd like to send small tea gifts to about 30 clients in December. Do you offer gift boxes with a printed card, and could you ship them to individual addresses?

Thanks,
Julia
Pemberton Consulting
""", "normal", "neutral", False),
("tea", "Question about cold brew",
"""Hi,

I've been enjoying your sencha hot all winter. When summer comes, would it work as a cold brew, and for how long would you steep it? No hurry - just curious.

Thanks,
Ben
""", "low", "neutral", False),
# ---- dolls ----
("dolls", "My grandmother's doll - she may only have days",
"""Dear Ruth,

You're restoring my grandmother's hina doll (ticket DH-0210); it was due back at the end of the month.
My grandmother moved into a hospice on Monday. The doctors say she may only have days. She keeps asking about the doll, which her mother gave her in 1938.

Is there any way it could be finished, even partly, and sent by this Friday? I'd pay whatever the extra cost is. If it can't be done, I understand, but I'd be grateful to know either way by tomorrow.

Thank you,
Emily Tanaka-Hart
""", "high", "anxious", False),
("dolls", "RE: RE: RE: deposit paid in March - still no reply",
"""Dear Doll Hospital,

I paid a $420 deposit on 4 March for the restoration of my doll (ref DH-0144). Since then I have emailed four times (copies below). I have not had a single reply, and the phone goes to voicemail.

I no longer know if my doll is with you, if work has started, or if you're still trading.
I'd like either a progress update with a completion date, or the doll and my deposit returned, within seven days. After that, I'll be filing a chargeback and a complaint with Trading Standards.

> 2 June: Could I please have an update on my doll?
> 10 May: Hello, just checking in on progress.
> 15 April: Has work started on my doll?

Patricia Lowe
""", "high", "angry", False),
("dolls", "fix",
"""can you fix this?
""", "normal", "neutral", True),
("dolls", "Estimate for a porcelain doll",
"""Hello,

I have a German bisque doll from around 1910 with a cracked hand and a missing wig. Could you give me a rough estimate for restoration? Happy to send photos.

Regards,
Margaret
""", "normal", "neutral", False),
("dolls", "Display cases",
"""Hi,

Do you sell glass display cases for dolls about 30 cm tall, or could you recommend a maker? I'm planning a new shelf for my collection over the next few months, so there's no rush.

Many thanks,
Ingrid
""", "low", "neutral", False),
]
