T = [
# ================= HIGH =================
("ev_charging","Charger at Bay 2",
"""Hello,

I was charging at the Minato Station site about twenty minutes ago. The handle of the connector at Bay 2 got too hot to hold and there was a smell of burning plastic. I stopped the session and moved my car, but the unit is still on and another driver was about to plug in when I left.

Regards,
Ian Moss""","H","neu",0),
("climbing_gym","Spinning bolt on the lead wall",
"""Hi there,

On the overhang route with the green tags (lead wall, third bolt from the top) the hanger spins freely when you clip it. I lowered off and told the person after me, but I'm not sure anyone from staff knows. I believe the lead comp heats are there on Saturday morning.

Cheers,
Marta""","H","neu",0),
("mountain_hut","Insulin left in the drying room",
"""Dear hut staff,

I stayed with you last night and set off at 6 this morning. I've just reached the car park and realised my insulin pen case is still in the drying room, on the shelf under the window (a small black zip case with my name, Peter Lind).

My next dose is due this evening and I have no spare with me. Is there any chance someone heading down today could bring it, or could it be sent with the supply helicopter? I'll wait at the trailhead lodge.

Peter Lind +81 80 0000 2231""","H","anx",0),
("trunk_room","Water coming through the ceiling of B-214",
"""Hi,

I'm standing in front of my unit (B-214) right now and water is dripping steadily from the ceiling panel onto my boxes. They contain my late father's paintings. I've moved what I can into the corridor, but there's nowhere dry to put the large canvases. I don't know where the water is coming from.

Lena Fischer""","H","anx",0),
("cinema","Password resets I didn't ask for",
"""Hello,

Since last night I've had five password-reset emails from you that I didn't request, and this morning there's a booking in my account for tonight (four seats, paid with my saved card) that I didn't make. I've changed my password, but I don't know whether my card is still saved on the account.

Owen""","H","anx",0),
("gift_catalogue","Favours for Saturday's wedding",
"""Hi,

Order GE-7719 (80 boxed favours for our wedding) shows as "delivered" since yesterday, but nothing has arrived at the venue or at our home. The venue says no parcel was received. The wedding is this Saturday, the 5th, and the favours go on the tables.

Could you find out where they went?

Thanks,
Amy & Jun""","H","anx",0),
("car_wash_subscription","Annual amount taken instead of monthly",
"""Hello,

You've taken 47,760 yen from my account today, which looks like a full year's fee, although I'm on the monthly plan. My rent comes out of the same account on Friday and there isn't enough left to cover it. Please reverse this.

Greg Palmer""","H","ang",0),
("hearing_aid","Returning the trial hearing aids",
"""Dear Midorigaoka shop,

I'm on the 30-day trial for the pair I bought on November 3, and I've decided to return them. If I count correctly, the return period ends tomorrow, but your shop is closed on Wednesdays. Can I send them back by post, postmarked tomorrow, and still get the refund?

Yours faithfully,
Margaret Cole""","H","anx",0),
("camera_rental","Drone registration for tomorrow's filming",
"""Hello,

We rented a drone kit (order LB-10442) for a TV shoot starting at 6 am tomorrow in Chiba. Unpacking it now, we see there's no registration number marked on the aircraft and the remote ID module isn't listed in the app. Our pilot says we can't legally fly without it. Can you confirm the registration details or arrange a registered unit before then?

Regards,
Hiro Bennett, production coordinator""","H","neu",0),
("marina","Charter boat still in your yard",
"""Hello,

Our charter company has eight guests boarding "Blue Heron" at 10 am tomorrow. The boat is still on stands in your yard with the engine cover off, although the service was promised for November 30. We haven't had any update since last week.

Can you tell me today whether she'll be in the water by tomorrow morning? Otherwise I need to cancel on the guests tonight and refund them.

Sophie Lang, Bay Charters""","H","ang",0),
("cinema","Date on our screening invoice",
"""Hello,

We booked Screen 1 for a staff screening for 200 employees on Thursday, December 3. The invoice we received today gives the date as Friday, December 4. Our invitations all say Thursday. Could you confirm which date you have in your system?

Best,
Dev Kapoor, HR""","H","anx",0),
("kimono_rental","Wrong family crest on the hakama",
"""Good evening,

The crested kimono and hakama my fiancé is wearing at our wedding on Saturday arrived today, but the crest is a different family's (a wisteria instead of our paulownia, which we selected on the order form). His parents would be quite upset. Is it possible to exchange it in time?

Kind regards,
Rina Howard""","H","neu",0),
("hearing_aid","Son's hearing aid before his exam",
"""Hi,

My son's hearing aid stopped working tonight; it won't power on even with a new battery. He has his university entrance exam tomorrow morning, including a listening section. Is there any way to get a loaner before 8 am?

Thank you,
Michael Ono""","H","anx",0),
("mountain_hut","Hut closed? We're leaving tomorrow",
"""Dear sir/madam,

I'm a teacher leading a group of 24 students. We have a booking for December 10–11, and just now I saw a notice on your website saying the hut is closed for the season from December 1. We leave by bus tomorrow morning and the parents have signed off on the itinerary.

Is our booking still valid?

Alice Mori""","H","anx",0),
("trunk_room","Can't get into the building",
"""The original documents I need to file in court tomorrow at 9:30 am are in my unit (B-118). The entrance code doesn't work tonight and nobody answers the after-hours number.""","H","anx",0),
("climbing_gym","My daughter's photo on your Instagram",
"""Hello,

Your gym's public Instagram account posted a photo of my 12-year-old daughter yesterday, with her full name in the caption and her school uniform clearly visible. We never agreed to this. Please take it down.

Claire Dunn""","H","ang",0),
("ev_charging","Card rejected, 8% battery",
"""I'm at a motorway service area and my charging card keeps failing authentication. Battery is at 8%, the next charger is out of range, it's 11 pm and I've got my wife and kids in the car. What do I do?""","H","anx",0),
("gift_catalogue","Other customers' data in your email",
"""Hello,

Your order confirmation email this morning came with a CSV attachment containing names, addresses and phone numbers of roughly 300 other customers. I don't think I should keep this. What should I do with it, and can you check whether my details were sent to others as well?

Alan Ross""","H","anx",0),
# ================= NORMAL =================
("golf_course","Company golf day in January",
"""Hello,

We're planning a company golf day on Saturday, January 23, for 24 people (6 groups). Could you tell me whether that's possible, and send a quote including use of the function room afterwards?

Best regards,
Jenny Miyake""","N","neu",0),
("golf_course","Left-handed rental clubs",
"""Do you have left-handed rental sets? My nephew is visiting in February and doesn't own clubs.""","N","neu",0),
("karaoke","Song list out of date",
"""The song list in room 6 seems to be years out of date — I couldn't find anything released after 2023. Is this being updated? We come every month and it's getting a bit tiresome.""","N","ang",0),
("karaoke","Birthday cake",
"""Hi! Could we bring our own birthday cake for a party on the 19th? Would you be able to keep it in a fridge until we need it?""","N","pos",0),
("camera_rental","Extending my rental",
"""Hi, can I extend order LB-99031 from Dec 14 to Dec 16? Please let me know the extra cost.""","N","neu",0),
("camera_rental","Damage charge",
"""I've been billed 8,800 yen for "exterior scratches" on a camera I returned last month. The scratch on the base was there when I received it; I have photos from the day it arrived. Please show me your inspection photos, because I'm not paying for damage I didn't cause.""","N","ang",0),
("car_wash_subscription","Roof box",
"""I've just fitted a roof box. Can I still use the automatic wash, or do I need to take it off each time?""","N","neu",0),
("car_wash_subscription","Coating Plus results",
"""Since upgrading to Coating Plus I've used it twice and both times the car came out covered in water spots. Honestly the basic wash was better, and I'm paying 1,500 yen more a month for this.""","N","ang",0),
("marina","Sailing lessons for adults",
"""Hello,

Do you run dinghy courses for adult beginners in the spring? I'm 52 and a reasonably strong swimmer but have never sailed. I'd love to know the dates and cost.

Thanks,
Brian""","N","pos",0),
("marina","Noise from the boatyard",
"""The boatyard has started grinding at 6:30 in the morning, including weekends. Those of us living aboard can't sleep. Is there a reason work starts so early, and could it wait until 8?""","N","ang",0),
("mountain_hut","Booking next summer",
"""Hello, my 13-year-old son and I would like to stay one night in late July next year. When do bookings open, and is there a child rate? It'll be our first time in the Northern Alps, so I'm a bit nervous about whether he'll manage the climb.""","N","anx",0),
("mountain_hut","Vegan meals",
"""Could the kitchen prepare vegan dinners for two of us in August? Happy to pay extra if needed.""","N","neu",0),
("personal_training","Changing trainer",
"""I'd like to switch to a different trainer — we just don't click. I've never done this before and I don't want to make it awkward. Is there a discreet way to handle it?""","N","anx",0),
("personal_training","Sessions cancelled by the gym",
"""This is the third time in a month that my session has been cancelled by you on the day itself. I rearrange my work schedule for these. I'd like those sessions credited back and some assurance it won't keep happening.""","N","ang",0),
("trunk_room","Renewal fee",
"""The renewal notice says the fee is one month's rent. I thought it used to be half a month. When did that change?""","N","neu",0),
("trunk_room","Storing wine",
"""Are any of your units suitable for storing about 60 bottles of wine? I'm worried about summer temperatures.""","N","anx",0),
("climbing_gym","Total beginner",
"""I'm in my 40s and have never climbed. Is it too late to start? When are the intro sessions and what should I bring?""","N","anx",0),
("climbing_gym","Family membership",
"""Is there a family membership for two adults and two kids (8 and 11)? We're thinking of joining in January.""","N","pos",0),
("ev_charging","Which plan is cheaper?",
"""I don't understand the difference between per-minute and per-kWh pricing. I fast-charge twice a week for about 30 minutes (2022 Leaf). Which plan would be cheaper?""","N","neu",0),
("hearing_aid","My father and hearing aids",
"""My father says he doesn't need hearing aids, but the TV is deafening and he can't follow family conversations. Is there a gentle way for him to try some? I'm worried he'll refuse outright.""","N","anx",0),
("cinema","Subtitles for hard-of-hearing viewers",
"""Do you ever show Japanese films with Japanese subtitles for deaf and hard-of-hearing viewers? I couldn't find any listing for it on your site.""","N","neu",0),
("gift_catalogue","Expired catalogue",
"""The gift catalogue I received expired last month. I was in hospital and couldn't order in time. Is there anything you can do? I feel bad for the person who gave it to me.""","N","anx",0),
# --- terse normal ---
("camera_rental","refund",
"""where's my refund""","N","ang",1),
("ev_charging","(no subject)",
"""doesn't work""","N","ang",1),
("karaoke","Booking",
"""Any news on the booking?""","N","neu",1),
("trunk_room","key",
"""Key won't open.""","N","anx",1),
("golf_course","Re:",
"""That's not what we agreed.""","N","ang",1),
("hearing_aid","hearing aid",
"""stopped working again
what now""","N","anx",1),
("kimono_rental","colour",
"""the colour is nothing like the photo""","N","ang",1),
("cinema","tickets",
"""My tickets won't show.""","N","anx",1),
# ================= LOW =================
("kimono_rental","Thank you!",
"""Thank you all so much for my daughter's coming-of-age day. The dresser was so kind to her, and the photos are beautiful. Her sister turns 20 in three years and we'll definitely come back.""","L","pos",0),
("golf_course","Thanks to our caddie",
"""Please pass on our thanks to Ms. Yoshida, who caddied for us last Sunday. She was wonderfully patient with my wife, who's just starting out.""","L","pos",0),
("karaoke","Suggestion",
"""Small suggestion: it would be great to order drinks from the app, since the intercom is hard to hear mid-song. No reply needed.""","L","neu",0),
("camera_rental","Shoot went fine",
"""Just wanted to say thanks for getting the replacement body to me overnight. The wedding shoot went perfectly.

Chris""","L","pos",0),
("mountain_hut","Thanks for a great stay",
"""We stayed last weekend. The curry was delicious and the sunrise spot your staff recommended was unforgettable. See you next year!""","L","pos",0),
("personal_training","Three months in",
"""Three months in, I'm down 6 kg and my blood test numbers improved. Thank you for keeping me motivated.""","L","pos",0),
("ev_charging","Survey feedback",
"""The survey link was broken, so here's my feedback: generally happy, though the charger screens are hard to read in bright sunlight. Nothing urgent.""","L","neu",0),
("marina","Lost property sorted",
"""Just to let you know, I found the sunglasses I asked about — they were in my own car all along. Sorry for the bother, and thanks for looking.""","L","pos",0),
("karaoke","Unsubscribe",
"""Please take me off the newsletter list. Keep my membership as it is.""","L","neu",0),
("trunk_room","No paper invoices",
"""I get the invoices by email, so there's no need to post paper ones. Let me know if there's a form to fill in. No rush.""","L","neu",0),
("cinema","Cheese popcorn",
"""The new cheese popcorn is amazing! Shame it's only for a limited time.""","L","pos",0),
("car_wash_subscription","campaign",
"""is that campaign still on?""","L","neu",1),
]
