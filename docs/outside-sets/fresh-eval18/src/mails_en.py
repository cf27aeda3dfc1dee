# English triage mails, written independently (not translations)
L = [
# ---- horse ----
("horse", "Bramble has a swollen leg", """Hi Jo,

I just popped in to see Bramble before work and her near hind is hot and swollen from the fetlock up, and she won't put weight on it. There's a small cut above the hoof.
The yard is empty and I have to leave for a flight at 11. Can someone get the vet out this morning and stay with her? I'll pay whatever it costs, I just need to know she's looked after before I board.

Claire""", "H X"),
("horse", "Re: Re: lesson refund", """Jo,

This is my fourth email about the £160 for the block of lessons you cancelled in March. Each time I'm told it's "being processed".
It's now June. I'd rather not take this to small claims, but I will if I don't see the money by the end of the month.

Regards,
Paul Denton""", "N A"),
("horse", "Hat sizes for kids", """Hello, do you have riding hats small enough for a 5 year old? Her head is about 50 cm. We're thinking of booking a pony ride for her birthday next month.""", "N N"),
("horse", "Lovely afternoon", """Just wanted to say thank you for Saturday's beach ride. The horses were beautifully behaved and Jo made my very nervous husband feel completely at ease. We'll be back in the autumn!""", "L P"),
("horse", "Sat", """Any slots sat""", "N N T"),
# ---- septic ----
("septic", "Sewage backing up into the shower", """Hi,

Since last night, every time we flush the toilet, dirty water comes up through the shower drain downstairs. We have a 7-week-old baby in the house and we've stopped using the water completely.
We can't stay here like this tonight. Can you send someone today? We're at 14 Mill Lane, Harwick.

Tom and Aisha Reed
07700 900 412""", "H X"),
("septic", "Tank overflowing into the stream", """Hello,

I manage the Oak Tree campsite. The septic tank by the toilet block is overflowing and the runoff is heading straight into the stream that runs through the site. The environment agency inspector is due on Thursday, and we have 40 pitches booked for the weekend.
We need it pumped and checked before Thursday morning. What's your earliest slot?

Graham Pike
Site Manager""", "H N"),
("septic", "Invoice query", """Hi, I've been charged $295 for the tank emptying on 3 March, but the quote said $260. Could you tell me where the extra $35 comes from? Thanks, Dev""", "N N"),
("septic", "Re: your engineer", """Your engineer left our side gate open after Monday's visit and our dog got out onto the main road. Luckily a neighbour caught him. I'd like to know what you're going to do to make sure this doesn't happen again, because frankly I don't trust your team in my garden at the moment.""", "N A"),
("septic", "Thinking about a treatment plant", """We're considering replacing our old septic tank with a treatment plant at some point in the next couple of years. No rush at all — could you send some general info on costs and what's involved when you have a moment?""", "L N"),
# ---- futon ----
("futon", "Wrong size futon", """Hi there,

I ordered my futon remade into a double (135 cm), but the one that came back is single width. My mother is arriving from Seoul on Friday and it was meant for her room. Is there any way to fix this before then, or should I look for something else?

Thanks,
Jiwon""", "H X"),
("futon", "futon??", """sent my futon 6 weeks ago, you said 3 weeks. nobody answers the phone. is it even still there??""", "N A"),
("futon", "Wool vs cotton filling", """Hello! Which would you recommend for a child with a dust allergy – wool or cotton filling? We're planning to send ours in after the summer.""", "L N"),
("futon", "Shipping box question", """The box you sent is a bit small for our king-size futon. Can we fold it in three, or will that damage the filling?""", "N N"),
("futon", "Stain", """Is the stain coming out or not""", "N N T"),
# ---- oyster ----
("oyster", "Guests feeling unwell after dinner", """Hello,

We served your rock oysters raw at a dinner party last night. This morning three of our eight guests have vomiting and stomach cramps, and one of them is pregnant.
Can you tell me the batch number and harvest date for order #40331, and whether there have been any other reports? The pregnant guest's midwife is asking what exactly she ate.

Rachel Moore""", "H X"),
("oyster", "Order for restaurant tonight", """Hi Sean, it's Marco from Tidewater. Our 200 oysters for tonight's service didn't arrive this morning. We open at 6 and the oyster platter is on a set menu that 80 people have already paid for. Can your driver get here by 4? Call me on 555-0198.""", "H N"),
("oyster", "Re: Your Christmas box", """Thank you for sorting out the replacement so quickly. The new box arrived this morning, perfectly cold, and my in-laws were very impressed. Much appreciated!""", "L P"),
("oyster", "Standing order change", """Could you change my standing order from two dozen to one dozen from next week? We've got fewer people at home now.""", "N N"),
("oyster", "Still waiting", """I was told on the phone on Monday that someone would call me back about the broken shells. It's Friday. Is anyone actually going to call, or should I just dispute the charge with my bank?""", "N A"),
# ---- planet ----
("planet", "Lost child's medication", """Hi,

We were at the 2 pm show today and my son's inhaler must have fallen out of my bag under the seats in row F. He has severe asthma and that's his only spare; the pharmacy can't refill it until Monday.
Could someone check before you close tonight? I can come back to collect it any time before 8.

Laura""", "H X"),
("planet", "School trip tomorrow – coach cancelled", """Dear Starlight Dome,

Our coach company has just cancelled on us for tomorrow's 10:30 show (Greenfield Primary, 58 pupils). We're trying to find another coach but might not arrive until 11:15 at the earliest. Is there any chance of moving us to a later show tomorrow? The trip is part of the Year 5 space topic assessment, so we can't simply drop it.

Mrs P. Adeyemi""", "H N"),
("planet", "Membership renewal", """Hi, how do I renew my family membership online? The link in your reminder email goes to a page that says "not found".""", "N N"),
("planet", "Show suggestion", """Love the new Mars show. Would you ever consider a show about the history of navigation by the stars? Just a thought, nothing urgent.""", "L P"),
("planet", "Re: complaint about staff", """I complained two weeks ago about the usher who shouted at my autistic son for making noise during the show. The reply I got was a copy-and-paste apology and a voucher. That isn't good enough. I want to know what you have done about it.""", "N A"),
# ---- archery ----
("archery", "Arrow went over the backstop", """Hello,

During the open session this afternoon an arrow from lane 6 cleared the back netting and landed in the car park, about two metres from where a family was getting out of their car. Nobody was hurt.
Session is still running and the same archer is shooting. I'm a member, not staff, and I couldn't find anyone on duty. Please can someone come over or call the range now?

Imran""", "H X"),
("archery", "Tournament entry", """Hi, I entered the county shoot but I've just noticed I picked the compound category instead of recurve. Entries close at midnight tonight and I can't edit it online. Can you change it for me? Member no. 2217.""", "H N"),
("archery", "Lockers", """Do you have lockers big enough for a bow case? Thinking of joining in the spring.""", "L N"),
("archery", "membership", """how much""", "N N T"),
("archery", "Coaching sessions", """Hi Lena, I'd like to book four one-to-one coaching sessions to work on my release. Weekday evenings suit me best. What's available in October?""", "N N"),
# ---- ricemill ----
("ricemill", "Rice for our food bank", """Hello,

I coordinate the St Mary's food bank. Your delivery of 100 kg of rice, due Monday, hasn't come, and we hand out food parcels to about 60 families tomorrow at 10 am. Rice is the main thing in every parcel.
Is the delivery still coming today? If not, I need to know by 5 pm so I can try to buy elsewhere.

Ruth Okonkwo""", "H X"),
("ricemill", "Bugs in the rice again", """This is the second bag in a row with weevils in it. Last time you told me to store it in the fridge, which I did. I'm not paying for a third bag of bugs. Please refund both bags or I'll cancel my subscription.""", "N A"),
("ricemill", "Brown rice for a toddler", """Is your brown rice OK for a one-year-old? My health visitor said to be careful about arsenic in rice and now I'm worried I've been giving her the wrong thing for months.""", "N X"),
("ricemill", "Delivery day", """Can my delivery move from Tuesdays to Thursdays from next month? Thanks.""", "N N"),
("ricemill", "Next year's mochi rice", """Do you sell glutinous rice for making mochi? Asking for New Year, so there's plenty of time.""", "L N"),
# ---- snow ----
("snow", "Road not cleared – carer can't reach my mum", """Hi,

The lane up to my mother's cottage (Lower Fell Road, no. 3) still hasn't been ploughed since Saturday. Her carer couldn't get through this morning and Mum is 88, diabetic, and on her own. Her insulin runs out tomorrow night.
Can you get a plough up there today? I'm two hours away and can't get there either.

Helen""", "H X"),
("snow", "Loading bay blocked", """Morning,

Your crew cleared our car park overnight but pushed the whole pile in front of loading bay 2. We've got three refrigerated lorries arriving between 9 and 11 this morning with stock for the shops, and they can't unload.
Please send a loader to shift it before 9.

Mark, Warehouse Supervisor, Denby Foods""", "H N"),
("snow", "Contract for next winter", """Hi, we'll be moving house in October. Can the snow clearing contract move to the new address for next winter? Nothing needs doing now, just want to know if it's possible.""", "L N"),
("snow", "plough", """where is it""", "N A T"),
("snow", "Damaged fence", """Your plough clipped our fence on Tuesday. Photos attached. Who do I speak to about getting it repaired?""", "N N"),
("snow", "Re: Re: salt bins", """Third time asking. You promised to refill the salt bin at the end of our drive after the last storm. It's still empty, and the next storm is forecast for the weekend. My husband already slipped once this winter. Is anyone reading these?""", "N A"),
# ---- junk ----
("junk", "Crew took the wrong boxes", """Hi,

Your crew cleared my late father's garage this morning and I've just realised they also took the four boxes marked KEEP from the hallway — they contain his war medals and all the family photographs.
Please tell me where the van is now and stop it before anything is tipped or sorted. I'm at the house until 6.

Sarah Whitfield
555-0173""", "H X"),
("junk", "Before my lease ends", """My lease ends on Friday at noon and the landlord won't return my $2,000 deposit unless the flat is empty. I booked you for Wednesday but just got a text saying you've moved me to Monday. Monday is too late. Can you still do Wednesday or Thursday?""", "H X"),
("junk", "Quote", """Hello, could you give me a rough quote for clearing a one-bedroom flat? About 15 boxes, a sofa, a bed and a washing machine. Ground floor, street parking.""", "N N"),
("junk", "Thank you", """Your team were brilliant yesterday. They even swept the garage after clearing it. I've recommended you to my neighbours.""", "L P"),
("junk", "Price", """Why is it more than you said""", "N A T"),
# ---- tent ----
("tent", "Marquee lifting in the wind", """Ellie,

The marquee at Hatton Hall is lifting on the west side — two of the pegs have pulled out and the side is flapping badly. The wedding ceremony is meant to start inside it at 2 pm, it's 12:15 now, and there's a 100-year-old oak right next to it. The wind is forecast to pick up this afternoon.
What do we do? Can your crew get back out here?

Jess (wedding planner)
07700 900 118""", "H X"),
("tent", "Hire for 14 September", """Hi, do you have a 6 x 9 m marquee free on Saturday 14 September? It's for a 60th birthday in the garden. What would the price be including set-up?""", "N N"),
("tent", "Deposit not returned", """We returned the gazebo on 3 May in perfect condition and were told the deposit would be back within five working days. It's now 6 June. I've emailed twice and called once. I'm starting to think it isn't coming back at all.""", "N A"),
("tent", "Ideas for next year", """We're planning a craft fair for next summer and wondered whether you hire market stalls as well as tents. No hurry — we haven't even fixed a date yet.""", "L N"),
# ---- coding ----
("coding", "Other children's details in the parent portal", """Hello,

When I logged into the parent portal tonight, I could see other families' names, addresses and phone numbers, and their children's photos. I assume other parents can see ours.
Please take the portal offline until it is fixed, and tell me whether this has been reported to the data protection regulator. I'll be checking again first thing tomorrow.

Mark Lewis""", "H A"),
("coding", "Son came home upset", """Hi Tom,

Leo came home from club yesterday very quiet, and at bedtime he said some older boys laughed at his game and called him a baby. He's now saying he doesn't want to come back.
He loved coding until now. Could we talk about what happened and how to help him feel okay about returning?

Emma""", "N X"),
("coding", "Missed lesson", """Leo will miss next Wednesday because of a dentist appointment. Can he do a catch-up on Saturday?""", "N N"),
("coding", "Summer camp", """Will you run a summer coding camp this year? Just planning ahead, no rush.""", "L N"),
("coding", "laptop", """it wont turn on""", "N N T"),
# ---- grave ----
("grave", "Headstone fallen", """Dear Evergreen,

The cemetery office rang to say my parents' headstone has fallen forward onto the path after the storm, and they've had to tape the area off because it's blocking access to other graves. They've asked me to arrange for it to be lifted by the end of the week, otherwise they'll move it themselves at my cost.
I live in Canada. Can you organise this with a mason and let me know what it will cost?

David Holt""", "H X"),
("grave", "Photos from last visit", """The photos you sent for June show a different grave – different name on the stone. I've been paying every month for two years. How do I know you've ever actually been to my mother's grave?""", "N A"),
("grave", "Flowers for her birthday", """Could you put white roses on Mum's grave on her birthday, 14 October, instead of the usual seasonal flowers? Thank you so much – the photos always mean a lot to me.""", "N P"),
("grave", "Changing my plan", """I'd like to move from monthly visits to quarterly from next year. Nothing needs to change before then. How do I do that?""", "L N"),
("grave", "Payment failed", """I got an email saying my payment failed. My card is fine. Can you try again?""", "N N"),
]
