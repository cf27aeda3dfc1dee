ITEMS = [
# ---- high ----
("bus_tour","Pick-up tomorrow - no details yet",
"""Hello,

My parents (both in their late seventies) are booked on tomorrow's Nikko day trip, departing 7:30 am, booking EB-11901.
We still haven't received the meeting point details. They don't know Shinjuku station well and I'd like to walk them through the route this evening.

Thanks,
Karen Walsh""","H","X",0),
("vending","Water leaking from the drinks machine",
"""Hi,

The drinks machine on our 3rd floor (unit 402117) is leaking water. There's a puddle spreading towards the wall socket the machine is plugged into, and an extension lead is lying on the floor next to it.
I've asked staff to keep away. Should we unplug it or leave it for your technician? I'm at my desk until 6.

Laura Harper
Facilities, Minato Building""","H","N",0),
("sauna","Card taken from my locker",
"""To whom it may concern,

I used your facility yesterday between 8 and 10 pm (men's locker 112). When I got home, one of my credit cards was missing from my wallet, and this morning my bank told me it had been used three times overnight, about ¥80,000 in total.
The card is cancelled. I am filing a police report today and would like to know how locker keys are handled and whether there is CCTV covering the locker room.
Please call me today on 080-xxxx-xxxx.

Daniel Moreau""","H","A",0),
("bakery_sub","Allergic reaction after today's loaf",
"""Hi,

My four-year-old daughter has a walnut allergy. She ate some of today's seasonal campagne, which lists no walnuts, and within half an hour her mouth swelled and she came out in a rash. Looking at the cut loaf I can see what look like bits of walnut.
We are on our way to the paediatrician now. Can you tell me the exact ingredients and whether walnuts are handled on the same line, so I can tell the doctor?

Sophie Kinoshita""","H","X",0),
("seed","Charged three times",
"""Hello,

I placed one order on 29 November (MD-220931) but my card statement shows three charges of ¥16,280 on that day, ¥48,840 in total. I only received one confirmation email.
My statement closes on 5 December, after which all three will be debited. Please reverse the duplicates and let me know when it's done.

Mark Fujiwara""","H","A",0),
("gojokai","My father passed away this morning",
"""Dear Sir or Madam,

My father, Shoji Ono, died in hospital early this morning. I believe he was a member of your association, but I can't find his membership card.
The hospital has asked us to arrange transport by this evening. His date of birth is 2 April 1940 and his address was 3-12-5 Natsumi, Funabashi.
Could you check whether he is registered and what we should do next?

Ken Ono
090-xxxx-xxxx""","H","X",0),
("fishing","Left my medication on the boat",
"""Hi,

I was on this morning's horse mackerel trip. I think I left a navy pouch on the bench next to the live well. It has my insulin pens in it and I need tonight's dose.
I'm about 90 minutes away by car and can drive back, but could someone check whether it's there first?

Andrew Noguchi, 080-xxxx-xxxx""","H","X",0),
("bowling","Company party booked for the wrong date",
"""Dear team,

We booked 8 lanes for 40 people with drinks for our company event tomorrow, Friday 4 December, from 7 pm. The confirmation we received today says 4 January.
Our CEO is attending and the prizes are bought. Could you confirm whether tomorrow's slot is actually held for us?

Regards,
Emily Fujii
Himawari Trading""","H","X",0),
("balloon","Someone else's details in my confirmation",
"""Hello,

I just received the confirmation for my flight on 13 December, but the passenger section shows another person's name, phone number, date of birth and weight instead of mine.
I'm concerned my details may have been sent to someone else as well. Can you tell me what happened?

Megan Komatsu""","H","X",0),
("balloon","Your crew left our gate open",
"""Hello,

I farm the field north of the Iwamurada road where one of your balloons landed this morning. Your retrieval crew drove in through the cattle gate and it has been left open.
Six of my heifers are now out on the road and I'm trying to round them up on my own. Traffic picks up from about 4 pm when the school buses come through.
I need someone from your company here to help, and I'd like to talk about how landings on my land are handled from now on.

Ray Ishikawa""","H","A",0),
("fishing","Charter not back yet",
"""Hi,

My husband is on your private charter today (the Tanaka group, 4 people). He told me you'd be back in port by 1 pm. It's now 4 pm, I haven't heard from him, and his phone goes straight to voicemail.
The wind picked up a lot here after lunch. Do you know where the boat is? Has the skipper been in touch with the office?

Lisa Tanaka, 090-xxxx-xxxx""","H","X",0),
("tatami","Smell of gas after today's work",
"""Hi Mr Mori,

Your team worked in our tatami room this morning. This evening there's a smell like gas in the kitchen next door. They moved our gas heater during the work, so maybe the hose came loose.
I've closed the main valve and opened the windows. What should I do now? Your phone isn't answering.

James Sakai""","H","X",0),
("sauna","My father hasn't come home",
"""Hello,

My father (72, Takeshi Otsuka) left home at about noon today saying he was going to your spa. It's now past 6 pm and he hasn't returned; his phone seems to be switched off.
He takes blood pressure medication and sometimes gets dizzy in the sauna. Could someone check whether he is still inside, perhaps asleep in the rest area or unwell?
He's wearing a grey jacket and carrying a white backpack.

Miwa Otsuka, 090-xxxx-xxxx""","H","X",0),
("bus_tour","Nobody at the meeting point",
"""Standing at bay 26 Shinjuku west exit. The 8:00 coach isn't here, no staff either, about five other people from the tour waiting. Phone line just rings out. Booking EB-12044. Please call back.""","H","A",0),
("karate","Instructor hitting my son",
"""Dear Head Instructor,

My son (9) attends the junior class. Both he and another child have told me that at last Saturday's session an instructor slapped him on the head several times.
He is now afraid to go back. I would like you to look into this and give me an explanation before this Saturday's class (5 December).
Depending on what I hear, we will withdraw him and take further advice.

Rachel Endo""","H","A",0),
("gojokai","A phone call in your name",
"""Dear Sakura Mutual Aid,

I'm a member (S-08830). This morning a man claiming to be from your association called and said I was owed a refund that I needed to process at an ATM. He knew my name and how much I had paid in.
I didn't do anything, but he said he'll call again this evening. Is this really you? If not, how did he get my details?

Patricia Morishita""","H","X",0),
("vending","All machines dead at the festival",
"""Hi,

The six machines you installed for the Minato Park winter festival have all lost power since about 11. The screens are blank. We expect around 3,000 visitors and there's no other drinks stall. We can't tell if it's our generator or the machines.
The event runs until 4 pm.

Yuki Yamashita (organising committee), 090-xxxx-xxxx""","H","N",0),
("balloon","Flying while pregnant?",
"""Hi,

My husband and I are booked on tomorrow morning's flight (6 December). I found out yesterday that I'm seven weeks pregnant. I feel fine, but is it safe to fly, and do you have any rules about it?
If I can't go, we need to decide tonight whether he flies alone or we change the date.

Megan""","H","X",0),
# ---- normal ----
("bowling","points","My app points are missing again. This is the second time.","N","A",1),
("vending","still waiting",
"""So when is it actually going to be installed? This is the third time I've asked.

> We are currently arranging the installation date and will contact you once it is confirmed.""","N","A",0),
("embroidery","Quote for hoodies",
"""Hi there,

Our amateur basketball team would like 12 hoodies with the team name on the chest (about 8 letters) and player names on the back. Can you supply the hoodies too, or do we bring our own?
A rough price would be great. End of January is fine for delivery.

Cheers,
Tom""","N","N",0),
("embroidery","Stitching came loose",
"""I had my daughter's name embroidered on her PE kit last month. After three washes, in a net, on a normal cycle, one letter has come undone. Not great for something less than a month old. Can you fix it?""","N","A",0),
("embroidery","colour","want to change colour","N","N",1),
("sauna","Rude staff member",
"""This afternoon around 3 pm I asked a young man at reception for an extra towel. He sighed, said nothing, and more or less tossed it at me.
I come every week and I'm honestly not sure what I did to deserve that. I'd like to know how your staff are trained.""","N","A",0),
("sauna","Coupon expiry",
"""My coupon book runs out at the end of December with six visits left. Work means I probably can't come before then. Is there any chance of an extension? It cost me nearly ¥10,000 and I hate to waste it.""","N","X",0),
("sauna","Corporate membership",
"""Dear Totonoi,

I'm in HR at Greenfield Ltd. We're considering your corporate membership as an employee benefit from April. Could you send details of pricing, member limits and contract terms?

Best regards,
Naomi Nakano""","N","N",0),
("sauna","closed","closed AGAIN?? why","N","A",1),
("bus_tour","Lunch was not as advertised",
"""I was on the 21 November autumn leaves tour. The brochure promised a wagyu sukiyaki set; we were served a pork hotpot with no explanation. The guide just said 'supply reasons'. My mother was really looking forward to the sukiyaki. Is there any partial refund?""","N","A",0),
("bus_tour","Wheelchair access",
"""I'd like to join the February plum blossom tour with my father, who uses a wheelchair. He can manage a few steps with help. Can the wheelchair go in the luggage hold, and are the paths in the plum grove accessible?""","N","X",0),
("bus_tour","cancel","I want to cancel","N","N",1),
("gojokai","Quote again",
"""As I've said before, I never asked for the higher-grade altar. Please stop adding it to the quote and send me a corrected one that matches what I actually asked for.""","N","A",0),
("gojokai","Should Mum cancel?",
"""My mother moved into a care home this spring, and if anything happens we'd like a small family funeral near the home. Your halls are a long way from there. I'm not sure whether she should cancel or whether she can use other halls. She pays from her pension and I don't want it wasted.""","N","X",0),
("bakery_sub","Change delivery day",
"""Hi, my shifts change next month so I'd like deliveries on Saturday instead of Thursday. I couldn't find how to do it in my account. Could you tell me how?""","N","N",0),
("bakery_sub","Cancelled but still charged",
"""I cancelled at the end of last month (I have the confirmation email), yet another box arrived this month and I was charged. I've eaten the bread, admittedly, but I expect a refund.""","N","A",0),
("bakery_sub","box","didn't get this week's","N","A",1),
("tatami","Do I need new mats?",
"""Our 8-mat room in a 30-year-old house has soft spots that sink when you walk on them. I can't tell whether re-covering would do or whether we need new mats. Could someone come and look? A weekend would suit us best.""","N","N",0),
("karate","Trial class",
"""My son is six and I'd like him to try karate. Can he join a trial class any time? He's not very sporty and I'm a bit worried he won't keep up.""","N","X",0),
("karate","Fees after leaving",
"""We withdrew at the end of November (form handed to the instructor at the last class), but this month's fee was still taken. Could you refund it please?""","N","A",0),
("seed","Strawberry plant delivery",
"""I've ordered ten 'Yotsuboshi' strawberry plants; delivery says 'mid-December'. Is there an exact date yet? I need to prepare the bed.""","N","N",0),
("seed","Poor germination",
"""I sowed 20 of your snap pea seeds in October following the packet instructions, and a month later only three have come up. Another brand sown at the same time last year almost all germinated. I can't help wondering whether the seed was old.""","N","A",0),
("seed","Seedlings damaged",
"""The lavender plants arrived today. Two of the six have blackened, wilted leaves (photos attached). Are they OK to plant, or can you replace them?""","N","N",0),
("balloon","No cancellation message",
"""On 5 December I turned up at the meeting point at 5 am with my two kids and nobody was there. Your website later said the flight was cancelled, but I never got a text. We waited over an hour in the dark. Please explain how your notification system is supposed to work.""","N","A",0),
("balloon","Private flight for our anniversary",
"""We'd love to book a private flight for just the two of us next May for our 10th wedding anniversary. Is that possible, and what would it cost?""","N","P",0),
("hanko","Third proof still wrong",
"""This is the third proof and the balance of 藤 still looks off. What I asked for last time (a smaller grass radical) doesn't seem to have been applied. Is anyone actually reading my comments?""","N","A",0),
("hanko","this","can I use this?","N","N",1),
("fishing","Total beginner",
"""I've hardly ever fished. Would the horse mackerel trip be OK for a beginner, and can I rent all the gear? Two of us, hoping for a weekend in January.""","N","N",0),
("fishing","seasick",
"""Going on a shared boat next month with colleagues. I got badly seasick on a ferry years ago and I'm already dreading it. Anything I can do besides pills? I guess you can't just turn back for one person...""","N","X",0),
("fishing","sat","2 spaces this sat?","N","N",1),
# ---- low ----
("bowling","Thank you for the company event",
"""Dear Mr Kobayashi,

Thank you so much for last week's company bowling night. Your staff kept everything running smoothly, and one of them patiently coached our first-timers. Everyone had a great time, and we'd love to come back next year.

Emily Fujii""","L","P",0),
("vending","Thanks for the late repair",
"""Thanks for sending someone so late last night to fix the machine. Everyone could use it as normal this morning. Please pass on our thanks.""","L","P",0),
("embroidery","They arrived!",
"""The kits arrived today and the kids went wild finding their own names. Colours are spot on. We'll be back for next year's new players. Thank you!""","L","P",0),
("sauna","Best visit ever",
"""First visit last weekend. The mountain view from the outdoor rest area was stunning, the plunge pool was just right, and the staff doing the löyly were full of energy. I'll be back!""","L","P",0),
("sauna","Small suggestion",
"""Regular here. It would be nice to have a few newer volumes of the manga in the rest area. No rush at all, just an idea.""","L","N",0),
("bus_tour","Thank you to our guide",
"""Our guide on the Nikko trip, Ms Tanaka, helped my mother, who walks with a stick, on and off the coach at every stop. Mum says she'd book any tour Ms Tanaka leads. Please pass on our thanks.""","L","P",0),
("gojokai","Address change no longer needed",
"""The address change I asked about is no longer needed; our move has been postponed. Sorry for the trouble.""","L","N",0),
("bakery_sub","A year of Fridays",
"""We've been subscribers for a year now. Friday bread day is the highlight of the week, and my daughter counts down to cinnamon roll week. Thanks, and keep it up!""","L","P",0),
("tatami","Payment sent",
"""I've transferred the invoiced amount today. FYI.

James Sakai""","L","N",0),
("karate","Absence next Tuesday",
"""Sota won't be at Tuesday's class next week because of a school event.""","L","N",0),
("balloon","Unforgettable",
"""Our family of four flew with you last Sunday. Seeing Mt Asama at sunrise from the air was unforgettable, and the kids haven't stopped talking about it. Lovely photos too. Thank you!""","L","P",0),
("fishing","Great morning",
"""Thanks for the morning trip! The captain showed me how to rig from scratch and I caught over 30 as a first-timer. Horse mackerel fry for dinner. I'll be back.""","L","P",0),
]
