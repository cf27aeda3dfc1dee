# English incoming mails, written on their own (not translations of the Japanese set).
# (domain, urgency, emotion, terse, subject, body)
M = [
# ================= tofu =================
("tofu", "H", "X", "", "Sesame in your tofu? Need to know before tonight", """Hello,

I'm the kitchen manager at Eastbrook Elementary. We serve your baked tofu to about 300 students at 11 a.m. tomorrow.
One of our cooks heard at the market that you've started marinating it in sesame oil. We have four children with sesame allergies, one of them severe.
Our menu and allergen sheet go to parents at 7 p.m. tonight, and I can't sign off on it until I know.
Could someone tell me exactly what's in the baked tofu now?

Thank you,
Gloria Reyes
Food Services, Eastbrook Elementary
(555) 301-8820
"""),
("tofu", "N", "N", "", "Wholesale pricing for a new cafe", """Hi there,

We're opening a small plant-based cafe on Alder Street and would love to carry your tofu.
Could you send your wholesale price list and let me know the minimum order and which days you deliver to our part of town?
We're thinking roughly 20 blocks a week to start.

Thanks!
Sunny Patel
"""),
("tofu", "N", "A", "", "Saturday market stall", """I've bought from your stall nearly every Saturday for three years, so I don't say this lightly.
This week the young man at the table rolled his eyes when I asked if the smoked tofu was vegan, and then told me to "read the sign."
There wasn't a sign. And by 9:15 you were out of everything but silken, which seems to happen every week now.
I don't expect miracles, but basic courtesy would be nice.

- R. Whitman
"""),
("tofu", "N", "N", "T", "question", """do you deliver
"""),
("tofu", "L", "P", "", "that smoked tofu!!", """Just wanted to say the hickory smoked tofu is ridiculously good. My teenage son, a committed carnivore, asked for seconds.
If you ever try a spicy version, count me in. No need to reply - just passing it on.

Cheers,
Anna
"""),
# ================= shuttle =================
("shuttle", "H", "A", "", "Third request: refund for cancelled ride BK-22817", """This is my third email about this.

You cancelled my airport ride on April 3 yourselves (the driver never showed and your dispatcher told me to take a cab). I was promised a refund of the $140 fare "within 5 days."
I wrote on April 9 and April 16. Nothing. Not even an auto-reply the second time.
If I don't hear back with a refund confirmation, I'll be disputing the charge with my bank.

Daniel Kowalski
"""),
("shuttle", "H", "X", "", "My son is flying in alone tonight - pickup 11:40 pm", """Hi,

My son Eli (16) lands tonight at 11:40 pm on Delta 1187, and you're picking him up (booking HS-6631).
This is his first time travelling alone and his phone battery is dying, he just texted me from his layover.
Can you please confirm the driver's name, and that the driver will wait inside at baggage claim rather than outside, even if the flight is late?
I'm two states away and can't be there myself.

Thank you so much,
Marisol Vega
(555) 712-4406
"""),
("shuttle", "N", "N", "T", "Booking", """Need to change my booking.
"""),
("shuttle", "N", "N", "", "Invoice for corporate account", """Hello,

I look after travel for Pellham & Co. Our February invoice lists 14 rides, but our records show 12.
Could you send a breakdown with dates and passenger names so we can reconcile it? Happy to pay the correct amount once we've matched them up.

Regards,
Terri Olsen
Accounts Payable
"""),
("shuttle", "L", "N", "", "Cruise port service?", """Hey, do you guys go out to the cruise terminal as well as the airport?
We're toying with the idea of a cruise next year but haven't booked anything, so this is really just so I know the options.
Thanks
"""),
# ================= radio =================
("radio", "H", "N", "", "Loaner radios for search team - repeater down", """Ed,

Our county SAR team's repeater link failed this morning and the tech can't get up the mountain until next week.
We have a search training exercise with 30 volunteers on Saturday at 7 a.m. in the Tall Pines area, and without the repeater our handhelds won't reach base.
Do you have 6 to 8 higher-power mobile units we could borrow or rent, and could they be programmed and ready for pickup by Friday afternoon?

Rick Alvarez
Communications Lead, Harlan County SAR
"""),
("radio", "N", "A", "", "Repaired radio came back scratched", """Hello,

My TH-D74 arrived back from your repair bench today. The audio issue is fixed, thank you for that.
However, the front of the case now has two deep scratches across the display window that were definitely not there when I shipped it. I photographed it before sending, as I always do.
I paid $160 for the repair and I'd expect it back in the condition I sent it. How do you intend to put this right?

Gail Hutchins, KD7QTR
"""),
("radio", "N", "N", "", "Programming cable question - please reply ASAP", """Hi, I bought a Baofeng UV-5R from you last month and want to program it with CHIRP.
Will the FTDI cable you sell work on a Mac with the latest macOS, or do I need a different driver?
Please reply ASAP, I'm trying to order everything in one go.

Thanks, Luis
"""),
("radio", "N", "P", "", "Thanks + second unit", """Ed,

Got the IC-705 back yesterday - works perfectly, and thanks for the note explaining what you replaced. Best repair shop experience I've had.
My brother is getting into the hobby and I'd like to buy him a starter handheld. What would you recommend for under $150, and is it in stock?

73, Frank W2FJB
"""),
("radio", "L", "N", "", "License exam sessions?", """Out of curiosity, does your shop or the club ever host amateur license exam sessions?
I'm thinking about studying for my Technician sometime next year, so there's no rush at all on this.
"""),
# ================= fishmail =================
("fishmail", "H", "X", "", "Box says cod but it looks like scallops??", """Hi,

Our order (#GG-44120) just arrived. The label on the vacuum pack says "Atlantic cod fillets" but the pieces inside look like scallops to me, round and thick.
My daughter has a shellfish allergy, and I'm cooking dinner for her and her friends in two hours.
Can you tell me what was actually packed in that order? I'd rather not guess.

Nora Lindgren
"""),
("fishmail", "H", "A", "", "Order for tomorrow's party now showing Monday", """Your chat agent promised me twice that order #GG-43888 ($412 - king crab legs and two lobster packs) would arrive by Friday at noon.
It's Thursday evening and tracking now says Monday.
Tomorrow is my father's 60th birthday dinner for 18 people and the whole menu is built around this order.
I want to know tonight whether it will arrive tomorrow, and if not, I want my money back so I can buy locally.

Steve Marchetti
"""),
("fishmail", "N", "N", "", "Change subscription to every other week", """Hello! I'm on the weekly "Chef's Catch" box. Could I switch to every other week starting in March? Same delivery day (Wednesday) is fine.
Thanks,
Priya
"""),
("fishmail", "N", "N", "T", "order", """wrong item
"""),
("fishmail", "L", "N", "", "Live uni?", """Any chance you'll start carrying live sea urchin at some point? Just curious - I'm not planning anything soon, but I'd love to try it one day.
"""),
# ================= scrap =================
("scrap", "H", "X", "", "Please don't process the welding equipment my son brought in", """Hello,

My 19-year-old son brought a trailer of metal to your yard this morning. I've just found out it included my late husband's welding rig and his tool chests - he thought it was all junk from the garage.
Those things mean a great deal to me, and I had promised the welder to my husband's old apprentice.
Please, if they haven't been crushed or sorted yet, could you set them aside? I will pay back whatever you paid him and come with a truck this afternoon.

Margaret Doyle
(555) 240-3317
"""),
("scrap", "H", "A", "", "Direct deposit for load #7712 never arrived", """Your office told me on the 3rd that payment for load #7712 ($6,800 - copper and brass from the Lakeview job) would hit our account within two business days.
It's now the 10th and nothing has come through. I've called twice and been told "accounting will call you back." Nobody has.
I have a payroll to meet on Friday for a crew of nine. I need a straight answer today on where that money is.

Dale Pruitt
Pruitt Mechanical LLC
"""),
("scrap", "N", "N", "", "aluminum can price", """whats your price on clean aluminum cans right now? i have about 6 contractor bags full. do they need to be crushed?
"""),
("scrap", "N", "A", "", "Wait times and your staff", """I came in Saturday with a pickup load of mixed steel. I waited 90 minutes in a line that didn't move, and when I finally got to the scale the guy told me I was in the wrong lane and had to go round again.
No sign, no apology, just a shrug.
I've sold to you for years but I'm seriously thinking about taking my business across town.
"""),
("scrap", "L", "N", "", "Car batteries", """Do you accept old car batteries, and do you pay anything for them?
We're planning to clear out the garage sometime this summer, so there's no hurry - just want to know what to set aside.
"""),
# ================= djhire =================
("djhire", "H", "X", "", "Who is DJing our wedding Saturday?", """Hi Jay,

I called your office this morning to confirm timings and was told that Mike, our DJ, is out sick this week.
Our wedding is this Saturday at 4 p.m., and no one has said who's coming instead or whether they have our playlist, our do-not-play list and the pronunciation of our names for the entrance.
I'm trying not to panic but we've planned this for a year.
Could you please let me know today who will be there and whether they've seen our notes?

Kendra & Luis
"""),
("djhire", "H", "A", "", "Equipment not here - event starts at 6", """Your crew was due at our venue at 1 p.m. with the sound system for our product launch. It is now 2:40. No truck, no call, and your office line goes to voicemail.
The venue's loading dock closes at 4, and 250 guests arrive at 6.
I need to know right now whether your people are coming or whether I should start calling other companies.

Rachel Kim
Events Manager, Novaline
"""),
("djhire", "N", "N", "", "Quote for a sweet sixteen in August", """Hi! I'm planning my daughter's sweet sixteen for Saturday, August 16, in our backyard, 7-11 p.m., around 60 guests.
Could you give me a quote for a DJ with lights? We'd also want a wireless mic for a short slideshow and a few speeches.
We're in Cedar Hills if that matters for travel.
Thanks, Dana
"""),
("djhire", "N", "P", "", "THANK YOU + playlist?", """Jay and team,

Our guests are STILL talking about Saturday. The dance floor never emptied, and the moment you played my grandma's favourite song was perfect.
We've left you a review on WeddingWire.
One favour: could you send us the list of songs you played? We'd love to make a playlist for our first anniversary.

Thank you so much,
Priya & Tom
"""),
("djhire", "L", "N", "", "Booking form suggestion", """Small suggestion: your online booking form doesn't have a field for venue load-in details, and I ended up putting them in the "special requests" box.
Not urgent at all, just something that might help future customers.
"""),
# ================= igo =================
("igo", "H", "X", "", "Inhaler left at the club this afternoon", """Hi Hiro,

My daughter Mei (9) left her asthma inhaler in the classroom this afternoon - it's in a small purple pouch, probably under the table near the window.
She's been wheezy since dinner, and her spare one has expired. The pharmacy can't refill it until tomorrow.
Is anyone at the club tonight who could let me in before 8? I can be there in 15 minutes.

Thank you,
Julie Tanaka
(555) 388-0192
"""),
("igo", "N", "N", "", "Adult beginners welcome?", """Hello,

I'm 52 and have never played go, but I've been watching videos and want to learn properly.
Is your Saturday beginner class open to adults, or is it mainly for children? If it's kids only, is there another option for adults?

Best,
Martin Hale
"""),
("igo", "N", "A", "", "My tournament results", """Hi,

The club ratings page now shows me as having lost all four games at the winter tournament.
I won three of them. You can check the paper score sheets, which I assume someone actually looked at.
It's a little frustrating to have to write in about this every single tournament. Could you correct it?

Ben Ashworth
"""),
("igo", "N", "N", "T", "Question", """how much
"""),
("igo", "L", "P", "", "Loved the lecture on Sunday", """Thanks for organising Sunday's lecture on opening theory - I took pages of notes and finally understand why my invasions keep dying.
If you're ever looking for a topic for another one, I'd love something on endgame counting. No rush of course, whenever suits.

Cheers, Olivia
"""),
# ================= usedclothes =================
("usedclothes", "H", "A", "", "4th message - where is my payout?", """This is the fourth time I'm writing about payout #TA-5520.

I accepted your offer of $260 on the 2nd. Your site said payment within 5 business days. It's now the 19th.
Each time I'm told it's "being processed." My rent is due on the 1st and I was counting on this money, which was what you told me I'd have.
Please tell me exactly when it will be paid, or return my items.

Chloe Bennett
"""),
("usedclothes", "N", "X", "", "Box delivered 10 days ago - no confirmation", """Hi,

Tracking shows my box (label TA-77410) was delivered to your warehouse on March 2, but I haven't had any email saying it arrived or that it's being reviewed.
It had some of my nicer pieces in it, including a wool coat of my mother's, and I'm starting to worry it went missing.
Could you check whether it's been received?

Thanks,
Hannah
"""),
("usedclothes", "N", "N", "", "Printing a shipping label", """Hello, I don't have a printer. Is there a way to get the prepaid shipping label as a QR code I can show at the post office instead?
"""),
("usedclothes", "N", "A", "", "$12 for a Max Mara coat?", """I just got your offer: $12 for a Max Mara camel coat that I wore perhaps five times and that retails for over $1,500.
I understand you need a margin, but this is insulting.
I'd like someone to actually look at it again, or send it back to me at your cost.
"""),
("usedclothes", "L", "N", "", "kids clothes?", """Hi! Do you accept children's clothing? I'll be sorting through my kids' outgrown stuff sometime over the winter, no rush on an answer.
"""),
# ================= appraisal =================
("appraisal", "H", "X", "", "House fire - need copy of our 2021 appraisal", """Dear Ms. Grant,

We had a fire at our home on Tuesday night. Everyone is safe, but the living room and most of our paintings were badly damaged.
The insurance adjuster is coming on Monday morning and needs a copy of the appraisal you prepared for us in 2021. Our own copy was in the desk in that room.
Could you email us a PDF of that report before Monday? I'm sorry to write with so little notice; we are still staying with my sister and it's been a lot.

Robert and Linda Haas
"""),
("appraisal", "H", "N", "", "Condition report needed by Friday for consignment", """Hello,

Christie's has accepted the two Chinese export bowls for their spring sale, but the consignment paperwork must be submitted by Friday at 5 p.m. and they need the condition report you said you'd include with your appraisal.
The appraisal itself arrived last week, but the condition report wasn't attached.
Could you send it by Thursday so I have time to file everything?

Thank you,
Catherine Wu
"""),
("appraisal", "N", "N", "", "Appraisal for a Chinese porcelain vase", """Hello,

I inherited a blue-and-white porcelain vase, about 14 inches tall, with a six-character mark on the base. I'd like to know whether it's worth insuring separately.
What would an appraisal cost, and can I bring it to your office or do you need to come to me?

Regards,
Tom Fiedler
"""),
("appraisal", "N", "X", "", "Am I underinsured?", """Hi,

I was going through my homeowner's policy and noticed my jewellery rider still lists the values from the appraisal you did in 2016. Gold prices have changed a lot since then.
I'm worried that if something happened, I'd only get a fraction of what things are worth now. Is it time to update the appraisal, and what would that involve?

Thanks,
Evelyn Brooks
"""),
("appraisal", "L", "N", "", "Talk for our historical society", """Dear Hollis & Grant,

Our local historical society puts together a talk series each autumn. Would one of your appraisers be interested in speaking about how antiques are valued?
We're planning for next year, so there's no urgency - I'd just like to know whether it's something you ever do.

Best wishes,
Peter Lang, Millbrook Historical Society
"""),
# ================= hats =================
("hats", "H", "X", "", "Derby hat stuck in transit", """Hi Clara,

My custom hat (order #BB-3390) was supposed to arrive Wednesday for the Kentucky Derby this Saturday.
Tracking has said "in transit - arriving late" since Tuesday with no new scans, and the carrier just tells me to wait.
I'm flying to Louisville Friday at 6 a.m., so if it isn't here by Thursday night I'll have nothing to wear with my dress.
Is there anything you can do from your end, or could you make/ship a second one overnight? I'll pay whatever it takes.

Michelle Ortiz
"""),
("hats", "N", "N", "", "Bowler hat inquiry", """Hello,

I'd like a black bowler made to measure. What's the price range and lead time, and do I need to come in for a fitting, or can I send measurements?

Thanks,
George
"""),
("hats", "N", "A", "", "Hat arrived crushed", """Good afternoon,

My panama (order #BB-3312) arrived today in a box that was far too small for it. The crown is crushed flat on one side and the brim has a crease I can't get out.
For a $340 handmade hat, I had assumed the packaging would be considered as carefully as the hat.
Please let me know how you plan to fix this.

J. Whitaker
"""),
("hats", "N", "N", "T", "sizing", """Can you do my size?
"""),
("hats", "L", "P", "", "Compliments everywhere", """Clara - I've worn the grey fedora every day this week and I've been stopped on the street three times. My wife says I'm insufferable now.
Thank you for the care you put into it. No reply needed!
Owen
"""),
# ================= boardtune =================
("boardtune", "H", "A", "", "Three weeks and still no board", """I dropped my snowboard off on January 2 for a base repair and you said five days.
It's now January 23. I've called three times: first it was "waiting on P-tex," then "the guy who does it is out," then nobody called back at all.
I leave for Whistler on the 27th and this is my only board.
I'd like it back - finished or not - by the 25th.

Tyler Brandt
"""),
("boardtune", "H", "X", "", "Bindings you mounted came loose - my son's board too?", """Hi,

You mounted bindings on two boards for us last week, mine and my 11-year-old son's.
On my first run Sunday, the front binding on mine came loose and I fell hard. I'm okay, just bruised. When I checked, two of the screws were only half in.
My son has a lesson on Saturday morning. I don't want him on that board until someone has checked it.
Can you look at both boards before Saturday?

Karen Doyle
(555) 610-2273
"""),
("boardtune", "N", "N", "", "Ski tune + boot fitting", """How much for a full ski tune, and do you also do boot fitting? My new boots are pinching on the outside of my left foot.
I'm free most evenings after 5.
"""),
("boardtune", "N", "N", "", "After-hours drop off?", """Hi, is there a drop box or some way to leave my board after closing? I work until 7 and you close at 6.
I'd like a wax and edge tune, nothing major. Thanks!
"""),
("boardtune", "L", "N", "", "Summer storage", """Do you offer summer storage for skis? If so, what does it cost and when do you start taking them?
Our season doesn't end till April, so this isn't pressing.
"""),
# ================= terrarium =================
("terrarium", "H", "N", "", "Tomorrow's team workshop - our room is double-booked", """Hi Maya,

We have your terrarium workshop booked for 25 people tomorrow at 9 a.m. at our office (booking GM-1108).
Facilities just told me the only room big enough has been double-booked for a board meeting and I can't move it.
Could we either bring the group to your studio instead, or move the session to the afternoon? I need to tell the team by 5 p.m. today.

Thanks,
Derek Lowe
People & Culture, Brightpath
"""),
("terrarium", "N", "X", "", "Hospital won't allow soil", """Hello,

I bought one of your moss terrariums last week for a friend who is in hospital for chemotherapy. When I brought it in, the nurse said no soil or live plants are allowed on the ward because of infection risk.
I feel terrible - I didn't know. Is there any way to exchange it for something that would be allowed, or get store credit?

Sarah
"""),
("terrarium", "N", "A", "", "Workshop cancellation email", """I received your email cancelling Saturday's workshop two hours before it was due to start.
I'd already arranged childcare and was halfway there.
The email just said "cancelled due to unforeseen circumstances - refund will be processed." No apology, no explanation, nothing about rescheduling.
I understand things happen. But a phone call or even a sorry would have been nice.
"""),
("terrarium", "N", "N", "T", "hi", """is it still available
"""),
("terrarium", "L", "N", "", "Refill moss?", """Just a thought - it would be handy if you sold small bags of replacement moss for the jars you make. Mine is fine for now, so nothing pressing.
"""),
]
