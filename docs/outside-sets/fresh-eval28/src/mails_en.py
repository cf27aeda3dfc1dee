# English incoming mails, written on their own (not translations of the Japanese set).
from mails_ja_1 import M

MAILS_EN = {
"coffee": [
M("Fourth time asking: refund for cancelled subscription", """Hi,

This is the fourth time I've written about this. I cancelled my Roaster's Choice subscription on 3 May (I have the confirmation email), and you've still taken £24 on 1 June and again on 1 July.
Each time I get an automated reply saying someone will be in touch. Nobody has been.

I'd like both payments refunded and confirmation that no more will be taken. I'm not interested in another "we're looking into it".

Graham Hurst
""", "high", "angry"),
M("Order for Saturday market hasn't arrived", """Hi Tom,

Our weekly 6 kg order (invoice HS-3381) was due yesterday and still hasn't turned up. Tracking has said "out for delivery" since Thursday morning.

We run the coffee stall at Broadway Market tomorrow from 8 am and have about 200 pre-ordered cups to serve, so without beans we can't trade.
If it's easier, I can drive over and collect from the roastery before 6 pm today. Can you let me know either way?

Cheers,
Femi
Little Cup Coffee
""", "high", "neutral"),
M("gift order - did it go to the right address?", """Hello,

I ordered the tasting gift box (order 20566) for my dad's 70th birthday, which is on the 22nd.
I've just realised I might have left my own address in the delivery field instead of his - the confirmation email only shows the postcode, and I can't tell which one it is.
I'd be gutted if it turned up at mine and he got nothing on the day. Could someone check which address it's going to?

Thank you,
Ruth
""", "normal", "anxious"),
M("order", """where's my order
""", "normal", "neutral", True),
M("That Kenyan!", """Just wanted to say the Kenya Nyeri from last month was the best coffee I've had in years - my partner now refuses to drink anything else.
Any chance it'll come back next season? No rush at all, I know these things depend on the harvest.

Sam
""", "low", "positive"),
],
"dance": [
M("Grade 3 exam entry is wrong", """Dear Laura,

I've just looked at the exam entry confirmation for Saturday and Maisie is listed for Grade 2, not Grade 3, which is what she has been preparing for all term.
The exam board's website says entry changes close at 5 pm on Thursday.
I'm worried that if it isn't fixed she'll either have to do the wrong exam or miss it completely, and she'd be heartbroken. Could you check and change it with them before Thursday?

Many thanks,
Claire Benson
""", "high", "anxious"),
M("Class moved again", """Hi,

Tuesday's Junior Street class has been moved again - that's the third time this term, and once more we found out from another parent rather than from you.
I've rearranged my work around this class, and I'm now paying for sessions my son can't get to.
Frankly, I'm starting to wonder whether it's worth staying.

Mark
""", "normal", "angry"),
M("What to wear for adult beginners?", """Hello,

I've booked the adult beginners' contemporary class on Wednesday 9th. I haven't danced since school. What should I wear - do I need special shoes, or is bare feet ok?

Thanks,
Anjali
""", "normal", "neutral"),
M("Invoice for childcare vouchers", """Hi there,

Could you send me an invoice for Lily's autumn term fees (£96) addressed to me, with the studio's Ofsted registration number on it? My employer's childcare voucher scheme won't pay without it.
The scheme's deadline for this term is the end of next month.

Best,
Tom Ashworth
""", "normal", "neutral"),
M("Tap classes?", """Hi, just a thought - I'd love to see an adult tap class at some point. I'm not in any hurry, it's just something I'd sign up for if it ever happened.
""", "low", "neutral"),
],
"inspect": [
M("Asbestos note in report - we exchange tomorrow at 11", """Hello,

We're due to exchange contracts on 27 Beech Grove tomorrow at 11 am. Your report came through tonight and mentions "possible asbestos-containing material in textured ceiling coating (lounge, landing)".
We have a toddler and I've now spent two hours reading scary things online.
Does this mean the house is unsafe to live in? Should we be asking for a price reduction or a test before we sign? If we exchange we're legally committed.

Any guidance before 11 would mean a lot.

Jen and Ali Morris
""", "high", "anxious"),
M("Subsidence crack you missed - final attempt before small claims", """To whom it may concern,

Your inspection of 4 Orchard Way in March reported the structure as "in good condition". Within eight weeks of moving in, a diagonal crack has opened above the kitchen door, and a structural engineer has confirmed it is subsidence that would have been visible at the time.

I wrote on 14 May and 2 June with photos and the engineer's letter and have had no reply to either.
Unless I receive a substantive response by 30 June, I will file a claim in the small claims court for the cost of the engineer's report and the inspection fee.

Patrick Doyle
""", "high", "angry"),
M("Quote for a 3-bed semi", """Hi,

Our offer on a 1930s three-bed semi in Headingley has just been accepted. Could you give me a price for a full inspection, and let me know how soon you could fit it in? Sometime in the next two or three weeks would be ideal.

Thanks,
Ollie
""", "normal", "neutral"),
M("Tuesday", """Can you do Tuesday?

Sent from my iPhone
""", "normal", "neutral", True),
M("Annual check-ups?", """Hello,

We're not buying anything - we've lived in our house for ten years - but I wondered whether you do a sort of annual health check for homes. Nothing is wrong that we know of; it would be for next year at the earliest.

Best wishes,
Margaret
""", "low", "neutral"),
],
"costume": [
M("Wrong sizes for tonight's opening", """Hi,

We hired six Victorian costumes for our production of "A Christmas Carol", which opens TONIGHT at 7:30.
They arrived this morning and four of them are children's sizes - our cast are all adults. I ordered adult M and L, and it's right there on the order (DU-7741).
We've sold 180 tickets. I need the right sizes here by 5 pm or we are performing in our own clothes.

Please phone me on 07700 900412 - email is too slow for this.

Helen Cartwright
Harbourside Players
""", "high", "angry"),
M("Ripped costume - what happens now?", """Hello,

My son wore the knight costume to a party on Saturday and the tunic has a tear along the side seam (about 10 cm). I feel terrible about it.
We're due to send it back on Wednesday. Will we be charged for this, and if so, roughly how much? I'd rather know before I post it.

Sorry,
Becky
""", "normal", "anxious"),
M("Accessories included?", """Hi, does the Cleopatra outfit come with the headpiece and the gold arm cuffs, or are those extra? Looking to hire for the 19th.
""", "normal", "neutral"),
M("Hen party - you were brilliant!", """Hi Rosie,

The flapper dresses were a massive hit at Chloe's hen do - everyone looked fab and the bride cried! Thank you so much.
We'd like to book the same thing for her sister's party on 7 June, 9 dresses again. Could you pencil us in?

Jade x
""", "normal", "positive"),
M("Halloween stock next year", """Hello,

Will you be getting any Addams Family costumes in for Halloween next year? I'm not planning anything yet, just curious whether it's worth waiting for you or looking elsewhere later.

Kev
""", "low", "neutral"),
],
"mealkit": [
M("Nut allergy - son reacted to this week's box", """Hello,

My account has "peanut allergy" set on it and I've never had an issue before. Tonight's chicken satay kit had a peanut sauce in it, not the sunflower one listed in the app.
My 9-year-old ate two mouthfuls before we realised. His lips are tingling and slightly swollen. We've given him his antihistamine and we're watching him, with his pen ready.
If we end up in A&E, the doctors will want to know exactly what was in the sauce. Can you send the full ingredients and the supplier's allergen sheet tonight?

Sarah Collins
Box ref GP-55201
""", "high", "anxious"),
M("Mum's delivery went to the wrong address", """Hi,

My mother (account in her name, Joan Fletcher) can't get to the shops and relies on your boxes for most of her meals.
Today's delivery was marked as delivered at 11:04, but the photo shows a door that isn't hers, and she has nothing in for tonight.
I live three hours away. Can you get a replacement to her today, or tell me straight away if you can't so I can arrange something else?

David Fletcher
""", "high", "neutral"),
M("Bruised veg, week three", """Hello again.
Third week in a row the peppers arrived squashed and the spinach was slime. I've sent photos every time, you've sent a credit every time, and nothing changes.
At this point I'm basically paying for a weekly apology. Is anyone actually looking at how these boxes are packed?
""", "normal", "angry"),
M("cancel", """cancel
""", "normal", "neutral", True),
M("More veggie meals?", """Hi team, any chance of a few more vegetarian recipes in the rotation? We end up skipping the meat ones most weeks. Just a suggestion - no reply needed really.
""", "low", "neutral"),
],
"phonefix": [
M("Bank login alerts since leaving my phone with you", """Hi,

I left my Samsung with you on Monday for a charging port repair and gave your technician my PIN as asked.
Since Tuesday evening I've had three "new device login" alerts from my banking app, and one from my email account, all while the phone has been in your shop.
I've changed my passwords from my laptop but I'm really shaken. Who has had access to the phone, and has anyone opened my apps? I'm going to the bank at 10 tomorrow and they'll ask me this.

Nadia Rahman
""", "high", "anxious"),
M("Charged for not fixing it", """I was charged £25 for a "diagnostic" on my iPad when I got it back exactly as broken as when I brought it in.
Nobody mentioned a diagnostic fee when I dropped it off, and I'd like it refunded. Pretty poor, honestly.
""", "normal", "angry"),
M("Charging port price", """Hi, how much would it be to replace the charging port on an iPhone 11, and would it be done the same day?
Thanks
""", "normal", "neutral"),
M("Do you do tablets?", """Hello,

Do you also repair tablets? My daughter's Lenovo Tab has a cracked screen. If so, could you tell me roughly what it would cost and how long it takes?

Thanks,
Pete
""", "normal", "neutral"),
M("Thank you!", """Phone works like new - thanks Raj, I'll be sending my whole family your way.
""", "low", "positive"),
],
"studio": [
M("£240 charged for a block we cancelled - second request", """Hi,

On 2 March we cancelled our 10-week block booking in writing (your reply confirmed it the same day). On 1 April you charged £240 to our drummer's card anyway.
We emailed about this on 3 April and heard nothing. That £240 is his share of the rent this month.
Please refund it and confirm when it'll land.

Lewis
The Fading Lights
""", "high", "angry"),
M("Left an amp head in Room 2 last night", """Hi Jess,

We were in Room 2 until 11 last night and I've just realised our bass player left his amp head (black Ampeg, in a padded bag) under the desk.
We've got a gig at the Brudenell tonight and load in at 5. Is it there, and can someone let us in to grab it before 4?

Thanks,
Mo
07700 900781
""", "high", "neutral"),
M("Spilled drink on the desk", """Hi,

During our session on Thursday one of us knocked a can of lemonade over and a bit went on the edge of the mixing desk in Room C. We wiped it up straight away and everything seemed to still work, but I didn't mention it at the desk because we were rushing out.
I've been worrying about it since. Is the desk ok, and are we going to be charged?

Ellie
""", "normal", "anxious"),
M("tmrw", """Room free tmrw?
""", "normal", "neutral", True),
M("Wi-Fi sign", """Small thing: the Wi-Fi password on the sign in the corridor is printed so small it's hard to read in that light. Might be worth a bigger one at some point. No need to reply.
""", "low", "neutral"),
],
"surf": [
M("Our lesson was cancelled and nobody told us - third message", """Hello,

We turned up for our family lesson on Tuesday at 9 am (booking TS-2290, paid in full, £180) and the hut was closed. A note on the door said lessons were cancelled. No email, no text.
I've since sent two emails and left a voicemail. Nothing.

We're on holiday here and drive home on Friday morning. Either rebook us for Thursday or refund us - but please just answer.

Gareth Price
""", "high", "angry"),
M("My 11-year-old is a nervous swimmer", """Hi,

I've booked my son Finn onto the kids' group lesson on 12 August. He's 11 and can swim, but not confidently, and he panicked once when a wave knocked him over last summer.
I keep going back and forth about whether it's a good idea. How many children are there per instructor, and will he be kept in shallow water?

Thanks,
Louise
""", "normal", "anxious"),
M("Gift vouchers", """Hello,

Do you sell gift vouchers for lessons? I'd like to get one for my brother's birthday in October. Is there an expiry date?

Best,
Priya
""", "normal", "neutral"),
M("weekend", """Lessons this wknd?
""", "normal", "neutral", True),
M("What a day", """Just wanted to say thanks to Kai for Saturday - I actually stood up on my third wave! Attached a couple of photos my friend took if you want them for your page.
""", "low", "positive"),
],
"visa": [
M("My visa expires on Friday - was my application filed?", """Dear Ms Kaneda,

My period of stay ends this Friday, 14 March. I gave your office all my renewal documents on 10 February and was told the application would be filed that week.
I haven't received the application receipt or any message since, and my residence card has no stamp on the back.
If it wasn't filed, I will be overstaying from Saturday and I don't know what that means for my job. Could you please confirm whether it was submitted?

Kind regards,
Miguel Torres
""", "high", "anxious"),
M("Status registration for our employee's newborn", """Dear Kaneda Immigration Office,

Our engineer Mr Arjun Mehta's daughter was born in Yokohama on 20 January. As I understand it, her status of residence must be applied for within 30 days of birth, which means by Wednesday 19 February.
We sent you the birth certificate and his documents on 6 February but have had no confirmation the application is ready.
Could you let us know today whether it will be filed by Wednesday, and if anything is missing?

Yuki Sato
HR, Brightwave Systems K.K.
""", "high", "neutral"),
M("Unexpected translation charges", """Hello,

Your invoice for my spouse visa application includes ¥38,500 for "translation of supporting documents". This wasn't in the quote you gave me in October, and nobody asked me before doing it.
I'd have done the translations myself if I'd known. I don't think I should pay for work I didn't agree to.

Sophie Laurent
""", "normal", "angry"),
M("Highly Skilled Professional points", """Hi,

I'm a software engineer on an Engineer/Specialist in Humanities visa, 34, with a master's degree and an annual salary of ¥8.5 million. Would I qualify for the Highly Skilled Professional visa, and what would you charge to handle the switch?

Thanks,
Daniel Kim
""", "normal", "neutral"),
M("PR in a couple of years", """Hello,

I'm thinking about applying for permanent residency in 2027. Nothing needs doing now, but are there documents I should start keeping from this year so I'm not scrambling later? Whenever you have a moment.

Best regards,
Hannah
""", "low", "neutral"),
],
"lash": [
M("Bridal lash trial shows as cancelled", """Hi,

I'm getting married on Saturday and booked a lash trial for tomorrow at 4 pm, with the full set on Friday morning.
I just checked the app and tomorrow's trial shows as "cancelled" - I definitely didn't cancel it. Friday still shows as booked.
I'm panicking a bit - if the trial doesn't happen there's no time to fix anything before the wedding. Is my slot still there?

Becca
07700 900355
""", "high", "anxious"),
M("Lashes falling out in clumps", """Hi,

I had a full set done on the 3rd and within a week they were coming out in clumps, taking some of my natural lashes with them.
I've had extensions at three other salons and never had this. I followed the aftercare sheet to the letter.
I'm really not happy, and I'd like to know what you're going to do about it.

Tasha
""", "normal", "angry"),
M("Lash lift and contacts", """Hi, I wear contact lenses every day - is a lash lift still ok, and do I need to take them out for the appointment?
""", "normal", "neutral"),
M("Moving my appointment", """Hello,

Could I move my infill from Tuesday 2:30 pm to Wednesday, any time after 1 pm? Same therapist if possible.

Thanks,
Orla
""", "normal", "neutral"),
M("Gift cards for Christmas", """Hi! Do you sell gift cards? Christmas is ages away, I'm just planning ahead.
""", "low", "neutral"),
],
"survey": [
M("Boundary plan needed for Friday completion", """Dear Mr Pryce,

We act for the buyer of Plot 3, Mill Lane. Completion is set for this Friday, and the lender has made release of funds conditional on receiving the certified boundary plan.
Our records show your office was instructed on 2 May; we have not yet received the plan.
Please confirm today whether it can be issued by Thursday noon. If it cannot, we will need to notify the lender and the seller's solicitors straight away.

Regards,
Claire Webb
Webb & Lowe Solicitors
""", "high", "neutral"),
M("Neighbour's builder moved your pegs - concrete going in tomorrow", """Owen,

I've rung your office twice today and left messages. The builder next door has pulled up the pegs you put in last month and is digging the footings for their wall about a foot onto my side.
They're pouring concrete tomorrow at 8 am. Once it's in, it's in.
I paid you £1,450 for that survey precisely so this wouldn't happen. I need someone here, or at least a letter I can hand the builder, before they pour.

Martin Hale
""", "high", "angry"),
M("Letter from neighbour's solicitor", """Dear Sir or Madam,

I am 81 and have lived in my house since 1974. This morning I received a letter from my neighbour's solicitor saying my hedge is on their land and must be removed.
I don't understand the plan attached to it and I don't know who to ask. My son lives abroad.
I would be grateful for any advice about whether a survey would help. There is no date in the letter.

Yours faithfully,
Edith Marsh
""", "normal", "anxious"),
M("quote", """How much for a survey?
""", "normal", "neutral", True),
M("Worth doing a boundary survey before selling?", """Hi,

We might sell our house in two or three years. Is a boundary survey something we should do before listing, or only if a buyer asks? Nothing urgent on our side - just trying to plan.

Thanks,
Jo
""", "low", "neutral"),
],
"scaffold": [
M("Scaffold board hanging over the pavement by the bus stop", """Hello,

I run the bakery next to the house on Queens Parade where your scaffold is up. After last night's wind, a board on the top level has slipped and is hanging out over the pavement, right above the bus stop, and the sheeting is flapping loose.
There's nobody on site today. People are standing under it waiting for buses all morning and I'm honestly scared it's going to drop on someone.
Can someone come out this morning? I've taped off part of the pavement for now.

Sunita Patel
Queens Parade Bakery
""", "high", "anxious"),
M("Extra week on invoice NA-2210", """Dan,

Invoice NA-2210 charges us for hire through to the 28th. We told your office on the 14th that the job was done and the scaffold could come down, and your lads didn't turn up until the 21st.
I'm not paying a week's hire for your scheduling problem. Send a corrected invoice.

Steve Barker
Barker Roofing
""", "normal", "angry"),
M("Chimney scaffold next month", """Hi,

Could you quote for a chimney scaffold at 22 Albert Road (two-storey terrace, chimney on the party wall)? We'd want it for about a week from mid-next month.

Thanks,
Lisa Grant
""", "normal", "neutral"),
M("Same crew next time?", """Hi Dan,

Just a note to say your erectors on the Elm Road job were spot on - tidy, polite, and the neighbours even brought them tea.
We've got another job starting in September; any chance we can ask for the same team?

Cheers,
Rob
""", "normal", "positive"),
M("DIY tower hire", """Hello, do you hire out small mobile towers to the public? I'm thinking of painting my fascias myself at some point next year. Nothing planned yet.
""", "low", "neutral"),
],
}
