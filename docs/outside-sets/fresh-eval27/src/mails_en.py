# English incoming mails, written independently. tuple: (urgency, emotion, terse, subject, body)
M = {
"heater": [
("high","anxious",False,"CO alarm going off near the boiler",
"""Hi,

Our carbon monoxide alarm in the utility room (right next to the boiler you fitted in March) has been chirping on and off since about 11 last night. I changed the battery and it's still doing it. My wife is 7 months pregnant and we have a toddler.
Should we turn the boiler off? Should we even be in the house? I'm not sure who to call first.

Daniel Mercer
07812 440 913
"""),
("high","angry",False,"Third email - still no heating",
"""This is my third email since Sunday.

My mother is 81 and has had no heating or hot water for four days. Your engineer was booked for Tuesday and didn't turn up. He was rebooked for Wednesday and didn't turn up again. Nobody has called to explain.
It's forecast to go below freezing tonight. I'd like to know, today, when someone is actually coming.

Sarah Whitcombe
(for Mrs J. Whitcombe, 22 Alder Road)
"""),
("normal","neutral",False,"Quote to move boiler into the loft",
"""Hello,

We're having the kitchen redone in spring and would like to move the boiler from the kitchen wall up into the loft. It's a Worcester combi, about 6 years old.
Could you give us a rough quote and tell us whether this needs any extra work on the flue?

Thanks,
Imran
"""),
("normal","neutral",True,"boiler",
"""making a noise again
"""),
("low","neutral",False,"Annual service question",
"""Hi there,
no rush on this at all, but do you do annual service plans? Our boiler's fine, I'd just like to get something set up for next spring when the warranty runs out.
Cheers, Beth
"""),
],
"babyrent": [
("high","anxious",False,"Car seat not at the hotel - we fly home tomorrow",
"""Hello,

We rented an infant car seat to be delivered to the Harbour View Hotel today for our drive to the airport. The front desk says nothing has arrived and it's now 6pm. Our taxi is booked for 5:30am tomorrow and the driver won't take the baby without a seat.
Can you tell me where it is? I really don't know what we'll do otherwise.

Order LL-20418
Ana Costa
"""),
("high","neutral",False,"Collection date for the cot",
"""Hi Gemma,

Your confirmation email says the cot will be collected on Saturday, but we're flying back to Singapore on Friday morning and the flat will be empty and locked from Thursday night.
Could the driver come on Thursday instead, any time after 2pm? Otherwise let me know what we should do with it.

Thanks,
Wei Lin
"""),
("normal","angry",False,"State of the pushchair we received",
"""The pushchair arrived this morning with what looks like dried yoghurt all over the seat and a wheel that squeaks every turn. Your website promises "professionally cleaned and checked". I'd love to know which part of that happened.
We've cleaned it ourselves because we need it this week, but I'd expect some money back.
Nadia
"""),
("normal","positive",False,"Extending our hire",
"""Hi! The cot has been brilliant - our little one sleeps better in it than at home, honestly.
We'd like to keep it for another two weeks if possible. How do I extend, and what does it cost?
Thanks so much,
Rachel
"""),
("low","neutral",False,"Delivery to Cornwall?",
"""Hello, just planning ahead - we're thinking of a holiday in Cornwall next summer. Do you deliver that far? No need to reply quickly, we haven't booked anything yet.
Tom
"""),
],
"generator": [
("high","angry",False,"Generator won't start - reception at 6pm",
"""Your driver dropped a 10 kVA unit at Pennington Barn at 10 this morning for a wedding reception tonight. It won't start. We've followed the sheet taped to the lid step by step.
I've rung your number five times since noon and it goes straight to voicemail. Guests arrive at 6 and the caterers need power for the ovens from 4.
Somebody needs to call me back now.

Lucy Brennan (venue manager)
07700 552 118
"""),
("high","anxious",False,"Power out, basement flooding",
"""Hi, we've had no power since the storm last night and the basement is taking on water because the sump pump isn't running. It's about 10cm deep and rising slowly. The power company says maybe 48 hours.
Do you have something that can run a 1 hp sump pump, and could anyone get it out to us today? We're at 4 Millbrook Lane. Sorry if this isn't the right way to ask, I'm just trying everyone.
Greg
"""),
("normal","neutral",False,"Quote: film shoot in October",
"""Hello,

We're shooting a short film on location in the Peak District from 14 to 18 October and need a silent generator for lighting (roughly 6 kW load, mostly LED panels). Could you quote for five days including delivery and collection?

Best,
Jo Adeyemi
Production coordinator
"""),
("normal","neutral",True,"genny",
"""need one for next weekend how much
"""),
("low","neutral",False,"Feedback on the noise",
"""Hi, we used one of your 6 kVA units for the village fete last month and it was fine, but a few stallholders near it found it quite loud. Not a complaint as such, just something to mention in case you have quieter ones for next year. No reply needed.
Margaret (fete committee)
"""),
],
"battery": [
("high","angry",False,"£25 charge for a bank I returned - second time asking",
"""I returned my power bank at the Kings Cross station on 3 March. The app showed "Returned". Yesterday I was charged a £25 replacement fee.
I wrote to you on the 5th and again on the 9th with screenshots. Both times I got an automated reply and nothing else. It's money out of my account for something I didn't do.
Please refund it this week or I'll dispute the charge with my bank.

Account: hollie.m
"""),
("high","anxious",False,"Power bank started smoking",
"""About 20 minutes ago the power bank I rented started smoking in my coat pocket on the train. I threw it on the floor and someone poured water on it. It's now at the station office at Leeds. My hand is a bit red where I grabbed it.
What should I do? Am I going to be charged for it? Does someone need to come and collect it? I'm quite shaken.
Priya
"""),
("normal","anxious",False,"Lost the battery - how much?",
"""Hi, I think I left my rented power bank on a bus yesterday. I'm a student and I'm a bit worried about what this will cost me. Is there a fee, and is there any way to report it lost so it doesn't keep charging me?
Thanks, Kofi
"""),
("normal","neutral",False,"Receipt for expenses",
"""Hello, I used a power bank during a work trip last week and need a VAT receipt for my expense claim. I can't see an option for it in the app. Can you email me one for the rental on 12 May?
Regards, David Shaw
"""),
("low","positive",False,"Great service + a suggestion",
"""Just wanted to say your stations saved me at a festival last weekend. Brilliant idea.
One suggestion: the stadium on match days would be a great spot for a couple more. Anyway, keep it up!
Chloe
"""),
],
"petfood": [
("high","anxious",False,"Cat vomiting since new batch",
"""Hello,

Our cat Mochi (9) has been sick five times since yesterday afternoon. The only thing that changed is the new bag from this month's box (batch 24-117). She's hiding under the bed and hasn't eaten today.
I'm taking her to the vet at 4pm. Has anyone else reported problems with this batch, and can you send me the full ingredient list so the vet can see it?

Helen Fraser
"""),
("high","angry",False,"Charged three times this month",
"""Hi,
I've been charged £38.50 three times this month for one box. That's £115 gone and my rent goes out on Friday. I emailed about it on Monday and Wednesday and haven't had a single reply.
I want the two extra charges refunded before Friday. If I can't get anyone to answer I'll cancel and go through my bank.
Jamie
"""),
("normal","neutral",True,"address",
"""Can you change my address please
"""),
("normal","angry",False,"Box left in the rain",
"""Lovely to come home and find this month's box sitting in a puddle by the gate. The outer bag was soaked through, and so was half the kibble.
I know it's the courier, but it's your name on the box. What are you going to do about it?
Martin
"""),
("low","neutral",False,"Rabbit food?",
"""Hi, do you have any plans to do rabbit food? I've got two house rabbits and I'd love a subscription like the one I have for the dog. Not urgent, just curious.
Anna
"""),
],
"sharoushi": [
("high","anxious",False,"Letter from the labour inspectorate",
"""Hi Rachel,

We've had a letter from the labour inspectorate asking for our working-time records for all warehouse staff for the last 12 months, plus our overtime policy. The deadline for our response is Monday 10am.
I honestly don't know if our records are complete - some of it is on paper timesheets. I'm worried this could turn into a fine. Can we talk tomorrow?

Kind regards,
Sunil Mehta
Operations Director, Mehta Logistics Ltd
"""),
("high","neutral",False,"New starter not on this month's payroll",
"""Hi Rachel,

Our new warehouse supervisor, Joanne Kelly, started on the 3rd, but I've just noticed she isn't on the payroll preview you sent. Payroll runs tomorrow at noon and staff are paid on Friday.
Her contract and bank details are attached. Can she be added before the run?

Thanks,
Mark
Finance, Brookside Bakery
"""),
("normal","neutral",False,"Remote working policy",
"""Dear Rachel,

Several of our staff have asked to work from home two days a week. Could you help us draft a remote working policy? We'd like something in place by the summer.

Best regards,
Claire Donovan
"""),
("normal","angry",False,"Your invoice for March",
"""Rachel,

Your March invoice is £1,840. The quote we agreed was £900 for the contract review. There's nothing in the invoice explaining the difference beyond "additional advice".
We've been clients for six years and I'd appreciate a proper explanation before we pay anything.

Sunil Mehta
"""),
("low","neutral",False,"Training ideas for next year",
"""Hi Rachel, not urgent at all - we're starting to think about next year's training budget. Do you run sessions for line managers on handling absence? Happy to chat in the new year.
Claire
"""),
],
"sewmach": [
("high","angry",False,"Costume machine - repair promised for Tuesday",
"""Alan,

You told me our Janome would be ready on Tuesday. It's now Thursday. I phoned yesterday and the day before and left messages both times.
We're a community theatre group and the dress rehearsal is on Saturday; we still have six costumes to finish. Every day without the machine puts the show at risk.
Please tell me today whether it's fixed, and if not, whether you can lend us one.

Fiona Gallagher
Stagelight Players
"""),
("normal","neutral",False,"Service price for a Singer 201",
"""Hello,
I've inherited a 1950s Singer 201 that runs but sounds rough. How much would a full service cost, and how long does it usually take?
Regards, Peter Lowe
"""),
("normal","neutral",True,"bobbin",
"""problem again
"""),
("normal","anxious",False,"Clicking noise - coursework due",
"""Hi, my daughter is doing GCSE textiles and her machine (bought from you last year) has started making a clicking noise every few stitches. Her coursework is due in five weeks and I'm scared it'll break completely halfway through.
Is this something serious? Should we bring it in now?
Thanks, Lorraine
"""),
("low","positive",False,"Thanks for the class!",
"""Just wanted to say I loved the beginners' class on Saturday - I've already made two cushion covers! Will you be running anything more advanced later in the year? No hurry, I'll keep an eye on your site too.
Sophie
"""),
],
"mushroom": [
("high","anxious",False,"Dog ate part of the grow kit",
"""Hi,

I came home to find our spaniel had pulled the oyster mushroom kit off the windowsill and eaten some of the mushrooms and a chunk of the block itself. He seems OK at the moment but he's drooling a lot.
Is anything in the block toxic to dogs? I need to know what to tell the out-of-hours vet. Please reply as soon as you see this.

Kate
"""),
("normal","angry",False,"Second dried-out kit",
"""This is the second kit in a row that has arrived completely dried out - the block is cracked and pulling away from the bag. I followed your instructions to the letter last time and got nothing.
I'm not paying for a third one. What are you going to do?
R. Singh
"""),
("normal","neutral",False,"Kits for a school club",
"""Hello,
I run an after-school science club (about 15 children, aged 8-11). We'd like to grow mushrooms next term. Do you offer a discount for 15 kits, and would they be OK in a classroom that's cold at weekends?
Many thanks,
Mr Evans
"""),
("normal","neutral",False,"White fluff on the block",
"""Hi, there's white fluffy stuff spreading over the surface of my lion's mane block. Is that mould or is it meant to happen? Photo attached.
Cheers, Dan
"""),
("low","neutral",False,"Idea for a new kit",
"""Hello! Any chance you'll do a shiitake log kit at some point? I'd buy one for my garden. Not in any hurry - just putting it out there.
Lou
"""),
],
"subtitle": [
("high","angry",False,"Speaker names wrong - festival screening Saturday",
"""Liam,

The captions delivered for "Salt Lines" have two of the interviewees' names wrong throughout, and one of them is the director's mother. I flagged this on Monday and again on Wednesday and haven't had a reply.
The film screens at the Bristol festival on Saturday at 2pm and the festival needs the final DCP subtitle file by Friday noon.
I need the corrected file, or at least a date, by the end of today.

Ellie Marsh
Producer
"""),
("normal","neutral",False,"Quote for podcast transcripts",
"""Hi,
We produce a weekly 45-minute podcast and want to publish transcripts for accessibility. What would you charge per episode, and could you handle a back catalogue of about 60 episodes?
Best,
Nikhil
"""),
("normal","anxious",False,"Confidentiality question before we commission",
"""Hello,

We're considering using you for captions on internal training videos. Some of the content covers unreleased products, and our CEO is quite nervous about it leaking.
Could you explain how files are stored, who can see them, and whether you'd sign our NDA? I'd like to be able to reassure him before we go ahead.

Regards,
Hannah Ellis
"""),
("normal","neutral",True,"Re: the files",
"""did you get them?
"""),
("low","positive",False,"Thank you",
"""Hi Liam,
Just a note to say the captions on our charity videos have made a real difference - we've had messages from deaf supporters saying it's the first time they could follow our appeal. Thank you. Nothing needed back.
Grace
"""),
],
"rickshaw": [
("high","anxious",False,"Left my passport in the rickshaw",
"""Hello,

I took your 3pm tour from the east gate today (puller's name was Sho, I think). I've just got back to my hotel and realised my passport must have fallen out of my bag in the rickshaw.
I fly back to Toronto tomorrow at 11am from Kansai. Is there any way someone could check the rickshaw tonight? I'm at the Hotel Granvia, room 812.

Thank you so much,
Megan Liu
"""),
("normal","angry",False,"Disappointing tour",
"""We booked the 60-minute tour and were back at the start after 40. Our puller seemed in a hurry the whole time and barely spoke. When I asked him to stop for a photo at the bamboo path he said there was "no time".
For ¥18,000 I expected a lot better than that. I'd like to hear what you have to say.
Mark Sullivan
"""),
("normal","neutral",False,"Booking for six in April",
"""Hi, we're a group of six visiting Kyoto on 8 April and would love a morning tour. Is 9am available, and can we all go together (three rickshaws)?
Thanks,
Olivia
"""),
("normal","positive",False,"Planning a proposal!",
"""Hi there! I'm planning to propose to my girlfriend during our trip in May and I'd love to do it on one of your rickshaw rides. Could the puller stop somewhere quiet and maybe take a few photos? We're thinking of the 20th. So excited!
Jake
"""),
("low","neutral",False,"Winter tours?",
"""Do you run tours in January when it snows? We might visit next winter but haven't planned anything yet.
Thanks, Sam
"""),
],
"shoyu": [
("high","neutral",False,"Shipment held at customs - menu launch Friday",
"""Hello Yuki,

Our order (HB-3391, 24 bottles of the barrel-aged soy sauce) has been held at customs in Melbourne since Monday. The broker says they need a manufacturer's declaration of ingredients before they'll release it.
Our new menu launches on Friday and three of the dishes depend on it. Could you send the declaration today? I've attached the broker's form.

Regards,
Tom Harland
Head Chef, Kōji Kitchen
"""),
("normal","angry",False,"Leaking bottle",
"""Well, the soy sauce arrived. Most of it arrived inside the box rather than inside the bottle, and it has soaked into the cookbook I ordered with it.
I'd like to know how you intend to put this right.
Caroline
"""),
("normal","anxious",False,"Is it safe during pregnancy?",
"""Hi, I'm pregnant and I just noticed your soy sauce lists alcohol on the label. I've been using it almost every day for the past month. Is the amount something I should be worried about? I feel a bit silly asking but I can't find a clear answer anywhere.
Thank you,
Mia
"""),
("normal","neutral",True,"Order",
"""hi is it coming
"""),
("low","neutral",False,"MSG in the miso?",
"""Just curious - does your white miso contain any added MSG? No rush on this.
Thanks,
Paul
"""),
],
"shed": [
("high","anxious",False,"Shed roof coming off - storm tonight",
"""Hi,

Half the roof felt and one of the roof panels on the shed you installed in June has lifted in today's wind, and it's flapping against the neighbours' greenhouse. The Met Office says gusts up to 70 mph tonight.
I'm worried the panel will go through their glass or hit someone. Is there anything you can do this afternoon, or tell me how to secure it safely?

Neil Watts
07923 118 402
"""),
("normal","angry",False,"Three weeks late and counting",
"""Your delivery window was "the week of 3 March". It is now 24 March. I've had two texts saying "rescheduled" and not one person who can tell me why.
I'm not in a rush for the shed itself, but I'd like to know whether you're actually going to deliver it at all.
Helen
"""),
("normal","neutral",False,"Quote for a 10x8",
"""Hello,
Could you quote for a 10x8 pent shed, supplied and fitted, on a new slab base? Access is down the side of the house, about 90cm wide.
Thanks, Rob Kemp
"""),
("normal","positive",False,"Adding shelves",
"""Hi Owen, the lads did a great job on the shed last week - really tidy. We're so pleased with it that we'd like to add some shelving along the back wall. Could you quote for that?
Cheers,
Deb
"""),
("low","neutral",False,"Planning for next year",
"""We're thinking of a garden office next year, maybe 3m x 2.5m. Do you do insulated buildings? Just gathering ideas for now, no need to hurry.
Chris
"""),
],
}
