# Hand-written en incoming mails: same tuple shape as mails_ja1.py
M = [
# ---------------- piano ----------------
("piano", "h", "anx", 0, "Piano for Sunday's recital", """Hello,

I run a small piano studio from home. During a lesson today the middle C key stuck down and won't come back up.
Our end-of-year recital is this Sunday at 1 p.m., on this piano, with 18 students and their families coming. There's no other venue I can move to at this point.
Is there any chance someone could look at it on Saturday? I can be home all day.

Thank you,
Rachel Young
(555) 201-3344
"""),
("piano", "n", "neu", 0, "Tuning quote", """Hi, I'd like to get my upright tuned. It's a Kawai from the 1990s and hasn't been tuned in about three years. Weekday afternoons work best. How much would it be?

Mark
"""),
("piano", "n", "ang", 0, "Invoice doesn't match what I was told", """Hello,

I was quoted $140 on the phone for the tuning, but the invoice says $185. Nobody mentioned any extra work while the technician was here.
I'd appreciate an itemised breakdown before I pay this.

Regards,
Diane Ortiz
"""),
("piano", "l", "pos", 0, "Thank you!", """Just wanted to say thanks to Daniel for the tuning yesterday. The piano sounds lovely again and my son hasn't stopped playing it.
See you next year!
"""),
("piano", "n", "neu", 1, "question", """hi is it possible to do the thing we talked about on the phone"""),
# ---------------- solar ----------------
("solar", "h", "anx", 0, "Burning smell from the inverter", """Hi,

This morning there was a burning smell coming from the inverter in our garage and the status light is blinking red.
I switched the system off at the isolator like the manual says, but I don't know if that's enough. We also store lawnmower fuel in there.
What should I do? Should someone come out?

Chris Okafor
"""),
("solar", "h", "ang", 0, "Duplicate charge of $4,350", """Dear Brightside Solar,

A direct debit of $4,350 from your company went out of my account today. I paid the battery invoice in full by bank transfer two weeks ago and I have the confirmation.
My mortgage payment comes out of that account on the 25th and there isn't enough left to cover it now.
Please confirm today whether this will be refunded before the 24th.

Megan Holt
"""),
("solar", "n", "neu", 0, "Export readings don't match", """Hello, quick question. My utility statement shows 412 kWh exported for November but the monitoring app says 438 kWh. Is a gap like that normal?

Thanks,
Raj
"""),
("solar", "n", "ang", 0, "Third time asking about the annual inspection", """This is the third time I've emailed about booking the annual inspection. Each time I was told someone would call me back. Nobody has.
Your own paperwork says the warranty requires the inspection. Can someone actually get in touch?

Paul Simmons
"""),
("solar", "l", "neu", 0, "Brochure", """We might add panels when we renovate in late 2027. Could you mail a brochure to 14 Elm Row, Bristol?
"""),
# ---------------- lock ----------------
("lock", "h", "anx", 0, "Dad locked in, door won't open", """Hi, your phone line is busy so I'm emailing.
My father is 84 and lives alone. He just called to say his front door won't unlock from the inside and he can't manage the back steps with his walker. He hasn't been able to get his heart medication from the pharmacy this morning.
I'm an hour away. His address is 22 Willow Lane. Can someone get there?

Lisa Grant
07700 900123
"""),
("lock", "h", "neu", 0, "Broken key in shop shutter", """Morning,

Key snapped off in the padlock on our shop shutter. We can't get in, and we've got a 40-person private booking at 5 pm with all the food prep inside.
Please let me know what time you can make it.

Gino, Café Roma
"""),
("lock", "n", "neu", 0, "Smart lock for a rental", """Can you fit a smart lock in a rented flat without drilling? My landlord says it's fine as long as it can be removed when I leave. Which models do you suggest, and what does fitting cost?
"""),
("lock", "n", "anx", 0, "Lost my keys", """I think I lost my keys on the train yesterday. There's nothing on the keyring with my address, but I'm a bit uneasy about it. Do you think I should have the lock changed? How much would that cost?

Ben
"""),
("lock", "l", "pos", 0, "Thanks for last night", """Thanks so much for coming out so late last night. Your locksmith was quick and kind, and I slept much better knowing the door was sorted. I'll recommend you to my neighbours.

Anna
"""),
# ---------------- aqua ----------------
("aqua", "h", "anx", 0, "Heater stuck on", """Hi,

The heater I bought from you last week seems to be stuck on. The tank is at 34°C even though it's set to 26°C. I've unplugged it, but the discus are gasping at the surface.
I've had these fish for years. Should I do a water change now or let it cool slowly?

Jade
"""),
("aqua", "n", "neu", 0, "Plant in stock?", """Do you have Bucephalandra 'Brownie Ghost' coming in? If so please hold two for me.
"""),
("aqua", "n", "anx", 0, "Shrimp keep dying", """I set up a new tank a week ago and added the 10 cherry shrimp I bought from you. One has died every day since and there are four left. I'm using tap water with dechlorinator.
I have no idea what I'm doing wrong and I'm worried I'll lose the rest.
"""),
("aqua", "l", "pos", 0, "It worked", """Hi Tom, you helped me with the white spot issue a couple of weeks ago. I raised the temperature like you said and the spots are gone. The fish look great. Thanks again!
"""),
# ---------------- bike ----------------
("bike", "h", "ang", 0, "Brakes failed after your repair", """Hi,

You replaced my front and rear brakes yesterday. This morning, going downhill with my daughter in the child seat, the front brake barely worked. I managed to stop with my feet, but it was terrifying.
I've left the bike at home. I need it for the nursery run tomorrow morning.
How did this happen, and when can you fix it?

Sarah Inglis
"""),
("bike", "h", "neu", 0, "Derailleur hanger before Sunday's race", """Hey Alex,

I bent the rear derailleur hanger in training today and can't shift. I'm racing the hill climb on Sunday and the entry and hotel are already paid.
Can you check if you have a hanger for a 2022 Trek Emonda SL5 and fit it by Saturday afternoon?

Cheers,
Jon
"""),
("bike", "n", "neu", 0, "tyre change", """how much for a new rear tyre and tube on a 26 inch city bike? I can drop it in saturday morning
"""),
("bike", "n", "ang", 0, "Re: Your repair", """I was told my bike would be ready on Wednesday. I went in today and was told nobody had even started on it. A phone call would have saved me the trip.
When will it actually be done?

> We expect your bike to be ready Wednesday evening.
"""),
("bike", "l", "neu", 0, "Winter gloves", """Do you still have the winter gloves in size L? I'll pop in when I'm next in town.
"""),
# ---------------- roof ----------------
("roof", "h", "anx", 0, "Water coming through the ceiling near the fuse box", """Hello,

Since this morning's rain, water has been dripping through our upstairs ceiling, right next to the fuse box. The wallpaper around it is getting dark.
I'm catching it in a bucket and I don't know whether I should switch the power off. The rain is supposed to get heavier tonight.
Could someone come today?

Priya Patel
"""),
("roof", "h", "neu", 0, "Loose tiles over the pavement", """After the storm a few tiles at the edge of our roof have slipped and are hanging over the gutter. The house is right on the bus route with people walking underneath. There's another storm forecast for this weekend. Can you get someone out before then?

Mr. Stone, 8 Hill Road
"""),
("roof", "n", "anx", 0, "Is a full re-roof really needed?", """Your quote for a full re-roof came to about $28,000. I'm retired and that is a lot of money for me.
We don't have a leak. A door-to-door salesman told us the roof was dangerous and it worried me, which is why I called you.
Is a full re-roof really necessary now, or could a partial repair do?

Margaret Hill
"""),
("roof", "n", "ang", 0, "Debris left in our garden", """The job finished yesterday, but there are still nails and bits of metal all over the lawn. Our dog goes out there. Were you planning to clean up?
"""),
("roof", "l", "pos", 0, "Thank you", """We had the heaviest rain of the year last week and not a single drip. Thank you to the whole crew, they were polite and tidy throughout.
"""),
# ---------------- yoga ----------------
("yoga", "h", "ang", 0, "Eight charges on my card", """Hello,

My bank notified me of eight charges of $121 from your studio today, $968 in total. I only signed up for one monthly membership.
My card is almost at its limit now and I have to pay for a hotel for a work trip this weekend.
Please tell me today whether these charges will be reversed.

Ryan Cho
"""),
("yoga", "n", "neu", 0, "Beginner classes", """I've never done yoga and I'm quite stiff. Do you have a class that would suit me? Weekday evenings or Saturday mornings are best.
"""),
("yoga", "n", "anx", 0, "Pregnant, can I keep coming?", """I'm 16 weeks pregnant. I've been coming twice a week and my doctor says to keep it gentle. Is it safe for me to continue, or should I switch to a prenatal class if you have one? I don't want to do anything that could hurt the baby.
"""),
("yoga", "n", "neu", 1, "classes", """how do i see how many classes i have left"""),
# ---------------- tailor ----------------
("tailor", "h", "anx", 0, "Wedding suit for Saturday", """Dear Mr. Grant,

My wedding is this Saturday and I was due to collect my suit on Thursday. Your shop called this afternoon to say it won't be ready until next week.
The photos are planned around this suit and I have nothing else to wear. Is there any way I could have it by Friday evening? I'll do whatever helps.

Tom Hughes
"""),
("tailor", "n", "neu", 0, "Made-to-measure shirts", """I'd like two made-to-measure shirts. Could you tell me the price range and how long they take?
"""),
("tailor", "n", "ang", 0, "Alteration price", """I was quoted $30 to let out the waist of my trousers. When I collected them I was charged $50, with no explanation. Could you explain the difference?
"""),
("tailor", "n", "neu", 0, "Fwd: staff suits", """Forwarding this from our director, see below.

---------- Forwarded message ---------
Can you ask Grant & Sons if they'd do suits for the 12 new starters in April? Budget around $600 each.
----------

Would it be possible to do the measuring for all twelve at our office? A rough quote would be great.

Helen Price, Office Manager
"""),
("tailor", "l", "pos", 0, "Love the suit", """The suit fits perfectly and I've had compliments at work all week. I'll be back in spring for a lighter one.
"""),
# ---------------- aircon ----------------
("aircon", "h", "anx", 0, "Heating not working at my mother's", """Hello,

My mother is 88 and lives alone. Since yesterday her air conditioner only blows cold air on heat mode, and it's her only heating. It's going below freezing tonight.
She's using an electric blanket for now, but she has a heart condition and the cold is hard on her.
Can someone look at it, and how soon?

David Kim (her son)
Address: 3 Birch Court, Flat 2
"""),
("aircon", "h", "ang", 0, "Water leak destroyed our office PC", """Your technician cleaned our office unit yesterday. This morning water was pouring out of it onto the PC underneath, which now won't start. All our accounts are on that machine and we can't run month-end payroll.
Did anyone check the drain hose? I expect someone here today and an answer on compensation.

Tony Mak, Director
Mak & Co.
"""),
("aircon", "n", "ang", 0, "No-show this morning", """Our appointment was at 10. It's now 11:30, nobody has arrived and your phone goes to voicemail. I took the morning off work for this.
I have to go out this afternoon so forget today. I'll wait to hear from you.
"""),
("aircon", "n", "neu", 1, "Quote", """Quote please."""),
("aircon", "l", "neu", 0, "Booking for spring", """We'd like another clean in May, before summer. When do you start taking bookings?
"""),
# ---------------- watch ----------------
("watch", "n", "ang", 0, "Three months for a six-week service", """I dropped my watch off for a service in September and was told six weeks. It's now been three months, and I've never once been contacted unless I chased you. Please give me an actual date.
"""),
("watch", "n", "anx", 0, "Condensation under the glass", """There's a small bit of condensation on the inside of the crystal of the watch you put a new battery in last month. I wore it in the pool yesterday. Will the movement rust? What should I do?
"""),
("watch", "n", "neu", 0, "Strap replacement", """I'd like a new leather strap, 20 mm lug width, dark brown. If you have one in stock can you fit it while I wait?
"""),
("watch", "l", "pos", 0, "Grandfather's pocket watch", """Thank you for getting my grandfather's pocket watch running again. My grandmother cried when she saw it. We'll treasure it.
"""),
# ---------------- shoe ----------------
("shoe", "h", "ang", 0, "Heel came off, I fell", """To Sole Revival,

You repaired the heel on my pumps last week. Today the heel came off while I was walking down the station stairs and I fell. I hurt my wrist and am waiting to be seen at the hospital now.
I have worn them three times since the repair. I would like to hear today what you did to them and how you intend to deal with this.

Rebecca Lyons
"""),
("shoe", "h", "neu", 0, "Boots for opening night", """I'm wardrobe supervisor for the Riverside Players. The lead's boots lost a sole in today's run-through and we open on Friday. There are no spares.
Could you repair them by Thursday afternoon? I can bring them in first thing tomorrow.

Claire
"""),
("shoe", "n", "neu", 0, "Resole price", """How much is a half resole on leather business shoes, and how long does it take?
"""),
("shoe", "n", "neu", 1, "repair?", """can u fix these"""),
("shoe", "l", "neu", 0, "Shoe care class", """Are you running the shoe-polishing class again at some point?
"""),
# ---------------- pottery ----------------
("pottery", "h", "anx", 0, "My son may have licked glaze", """Hi,

We came to the parent-and-child session today. Since getting home my 6-year-old has told me he "licked the blue water", and he has blue glaze on his hands.
He seems fine right now, but I want to call poison control and they will ask what's in it. Could you send me the name of the glaze and what's in it?

Amy Walsh
(555) 334-7788
"""),
("pottery", "h", "ang", 0, "Exhibition pieces not fired", """Dear Clayworks,

I left my pieces with you in November to be fired for the town exhibition. Drop-off is Monday morning, December 8.
When I called today I learned they haven't been fired yet, and that the kiln had broken down, which no one told me.
I need a clear answer today on whether they will be ready in time.

Leah Morgan
"""),
("pottery", "n", "ang", 0, "Broken mug", """When I picked up my work, the mug was cracked. I was told "sometimes things crack in the kiln", but nobody mentioned that beforehand. It was the first piece I'd ever made and I was really looking forward to it. Can I remake it?
"""),
("pottery", "n", "neu", 0, "Paying by direct debit", """Is it possible to pay the monthly fee by direct debit instead of cash?
"""),
("pottery", "n", "neu", 0, "Wheel session for two", """We'd like to book the wheel taster for two people on a Saturday in December. Which dates are free?
"""),
("aqua", "n", "neu", 1, "Re: Your order AQ-3381", """Can I change it?

> Your order ships Thursday with a heat pack and arrives Friday morning.
> Items: 20 neon tetras, 10 cherry shrimp, 1 heater (100W)
"""),
("yoga", "l", "pos", 0, "Breathing workshop", """Loved Saturday's breathing workshop! Any chance of a follow-up session in the spring? No rush at all, just putting my name down if you do.

Maria
"""),
("watch", "l", "neu", 0, "Gift vouchers", """Do you sell gift vouchers for a watch service? Thinking of my brothers birthday in March.

Kind regards
Phil

Sent from my iPhone
"""),
]
