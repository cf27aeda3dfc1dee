# English incoming mails, written independently: (urgency, emotion, terse, subject, body)
MAILS = {
    "refurb_pc": [
        ("high", "anxious", False, "Laptop smelled of burning while charging",
         """Hi,

The refurbished HP EliteBook I bought from you three weeks ago started giving off a burning plastic smell last night while it was charging on my daughter's desk. The underside near the battery was too hot to touch, and I unplugged it straight away.
It's sitting on the tiled kitchen floor now and I'm scared to plug it back in, or even to leave it in the house while we're out at work today.
What should I do with it, and can you take it back?

Order 58871
Ruth Kaplan
"""),
        ("high", "angry", False, "6 laptops for Monday - third time asking",
         """This is the third time I've written about order #60214.

We ordered six refurbished ThinkPads for our after-school coding club, paid in full on the 2nd, and were promised delivery "within 5 working days". Tracking has said "label created" for eight days. The club restarts on Monday at 3:30 with 24 kids booked and no machines.

My emails on the 9th and the 11th got an automated reply and nothing else. I need to know today whether these laptops will arrive before Monday or whether I should get my money back and buy elsewhere.

Marcus Bell
Riverside Community Centre
"""),
        ("normal", "neutral", True, "problem",
         """Hi, the screen thing is happening again. Can you help?
"""),
        ("normal", "neutral", False, "Charger isn't the original",
         """Hi there,

My laptop arrived yesterday and works fine, but the charger is an unbranded one rather than the Lenovo charger shown in the listing photos.
It does charge the laptop, but the listing said "original accessories". Could you either send the original charger or knock something off the price?

Thanks,
Oliver
"""),
        ("low", "neutral", False, "Do you ever get X1 Carbons in?",
         """Hello,

Just wondering whether you ever get ThinkPad X1 Carbons (Gen 9 or later) in stock, and roughly what they go for.
No rush at all, I'm only planning to upgrade sometime next year, so a reply whenever suits is fine.

Cheers,
Kemi
"""),
    ],
    "brokerage": [
        ("high", "anxious", False, "Is this email from you? Account 'restricted'",
         """Hello,

I received an email an hour ago saying my account has been restricted for "unusual activity" and that I must verify my identity within 24 hours or my holdings will be frozen. It links to a page that looks exactly like your login screen.
I'm afraid I already typed my username and password into it before I thought twice. I have most of my retirement savings with you.
Please tell me what I should do right now. Is my money safe?

Account ending 4471
Margaret Doyle
"""),
        ("high", "neutral", False, "Transfer out stuck - funds needed for completion on Friday",
         """Hi,

I requested a cash transfer of £38,000 from my Northgate account to my Barclays account on Monday morning. The dashboard still says "processing".
This money is the deposit for my flat purchase, and completion is set for this Friday at 12 noon. My solicitor needs the funds in her client account by Thursday evening at the latest.
Could you tell me where the transfer is and whether it will arrive by Thursday?

Thanks,
Arjun Mehta
Client no. NG-208817
"""),
        ("normal", "neutral", False, "Corrected tax statement",
         """Hi,

I've just received a "corrected" consolidated tax statement for last year, a few weeks after the first one. What changed between the two versions, and do I need to do anything if I haven't filed my return yet?

Thanks,
Denise
"""),
        ("normal", "neutral", False, "Adding my wife as joint holder",
         """Hello,

Can an existing individual account be converted to a joint account, or do we need to open a new one and transfer the holdings across? If it's the latter, would selling and rebuying be necessary?

Regards,
Pete Lawson
"""),
        ("low", "positive", False, "Love the new app update",
         """Hi team,

Just wanted to say the new app update is brilliant. The portfolio breakdown by sector is exactly what I'd been missing.
One small idea for the future: it would be great to see dividends received per year on the same screen. No need to reply, just passing it on.

Best,
Theo
"""),
    ],
    "roadside": [
        ("high", "anxious", False, "Broken down on the B4520, phone nearly dead",
         """Hi, I'm a member (RR-119284). My car has died on the B4520 about 3 miles north of Upper Chapel, by a farm gate with a green sign.
It's dark, there are no streetlights, and I have my dog with me. Your phone line has been ringing out for 20 minutes and my phone is on 12%.
Please can someone come? I'll keep the hazards on.
Sian
"""),
        ("high", "angry", False, "Charged twice for membership - 3rd email",
         """Hello,

I'm writing for the third time because nobody has answered my last two emails (sent 3 March and 10 March).

My annual membership fee of £96 was taken from my account twice on 1 March. That's £96 of my money you're holding for no reason. I'd like it back, and I'd like someone to actually reply this time.

Membership no. RR-330615
G. Ferris
"""),
        ("normal", "neutral", False, "Grease marks on car seat",
         """Hi,

Your patrolman replaced my alternator belt on Tuesday, which I'm grateful for, but he left dark grease marks on the driver's seat and the steering wheel. They haven't come off with ordinary cleaner.
Do you have a process for this kind of thing? I've attached two photos.

Thanks,
Naomi Price
"""),
        ("normal", "neutral", True, "again",
         """hi my car again. same problem as before
"""),
        ("low", "neutral", False, "Switching to annual billing at renewal",
         """Hello,

My membership renews in March and I pay monthly at the moment. I'd like to switch to paying annually from then.
There's nothing urgent about this, it's months away, so just let me know whenever convenient whether I need to do anything or if you can note it on my account.

Thanks,
Raj Anand (RR-772019)
"""),
    ],
    "demolition": [
        ("high", "angry", False, "Your fence has fallen across our driveway",
         """Your site hoarding at 22 Cedar Lane blew over in the night and is lying right across our driveway at number 24. We can't get the car out.
My wife has dialysis at the Royal at 2 pm today and we have no other way of getting her there. Nobody is on site and the number on the hoarding goes to voicemail.
Someone needs to come and move it this morning.

Tony Reyes
07700 900 861
"""),
        ("normal", "neutral", False, "Quote for removing a detached garage",
         """Hi,

We'd like a price for demolishing a single brick garage (about 3m x 6m, asbestos-cement roof) at the end of our garden, and taking everything away.
We're hoping to start building a studio in the spring, so sometime in the next couple of months would suit. Could someone come out to look?

Thanks,
Hannah Ross
"""),
        ("normal", "anxious", False, "Asbestos survey before the warehouse job",
         """Hello,

We live opposite the old Tanner's warehouse on Mill Street, which I understand you're taking down from next month.
Has an asbestos survey been done, and will neighbours be told the results? My son has asthma and I'm honestly worried about the dust, so I'd like to know what precautions you'll be taking before work starts.

Regards,
Claire Dunn
"""),
        ("normal", "neutral", False, "Can you leave the concrete slab?",
         """Hi Marcus,

For the shed demolition next month, would it be possible to leave the concrete base in place? We're planning to put a new shed on it. Would that change the price?

Thanks,
Ben
"""),
        ("low", "positive", False, "Thanks - and a copy of the final invoice",
         """Hi Marcus,

Just a note to say thanks to you and the lads. The site was left spotless, and the neighbours commented on how considerate everyone was. I'll happily recommend you.
When you get a moment, could you send a PDF copy of the final invoice for our records? There's no hurry at all.

Best wishes,
Fiona and Greg
"""),
    ],
    "railway": [
        ("high", "anxious", False, "My father is missing - boarded wrong train",
         """Please help. My father (79, has dementia) was supposed to get off at Ashby at 14:10, and he didn't. A passer-by at Central saw him board the 13:52 towards Porthmere instead, but he didn't know which station he'd be getting off at.
He's wearing a brown coat and a flat cap and he uses a walking stick. He doesn't have a phone with him.
Can the guard or station staff along the line look out for him? I'm driving to Porthmere now.

Helen Marsh-Tate
07700 900 233
"""),
        ("high", "neutral", False, "Step-free access tomorrow - Eastgate lift",
         """Hi,

I'm a wheelchair user and I have a job interview tomorrow at 9:30 in Kingsbridge. I was planning to take the 08:12 from Eastgate, but I've just read that the Eastgate lift has been out of service all week.
Is there an accessible alternative (a taxi to another station, or a ramp at a different platform) that would get me to Kingsbridge by 9:15? I'd need to know by this evening so I can arrange it.

Thanks,
Daniel Okoro
"""),
        ("normal", "angry", False, "Your punctuality figures are a joke",
         """Five late trains out of five this week on the 07:45. Monday 12 minutes, Tuesday 20, Wednesday cancelled, Thursday 9, Friday 15.
Your website proudly says 92% of services run on time. I'd love to know which trains those are, because they're certainly not mine.
I'm paying £3,400 a year for this. At this rate I'll go back to driving.

M. Kowalski
"""),
        ("normal", "neutral", True, "lost property",
         """black bag. left it on the train
"""),
        ("low", "neutral", False, "Suggestion: more bike space",
         """Hello,

Not a complaint, just a suggestion: the Saturday morning trains to the coast are often full of cyclists and there are only two bike spaces per train. A third carriage with bike racks in summer would make a real difference.
No reply needed.

Sarah
"""),
    ],
    "vod": [
        ("high", "angry", False, "Someone has taken over my account",
         """My password was changed this morning without me doing anything, and the account email has been switched to an address I don't recognise. I can see on my bank app that there were three movie purchases overnight totalling £23.97.
Your "forgot password" link goes to the new email, so I'm completely locked out of an account I've paid for since 2019.
Lock it now and give me my account back, and refund those purchases.

Kieran Walsh
"""),
        ("normal", "neutral", False, "Downloading shows for a long flight",
         """Hi,

I'm flying to Sydney next month and want to download some series for the flight. Is there a limit on how many episodes I can download, and do downloads expire if I'm offline for a couple of days?

Thanks,
Priya
"""),
        ("normal", "anxious", False, "Email about a failed payment - is it real?",
         """Hi,

I got an email saying my last payment failed and my account will be "suspended" unless I update my card. My bank shows the payment went through fine, though.
I haven't clicked anything, but I'm worried someone has my details. Is this email really from you? What should I do?

Thanks,
Agnes
"""),
        ("normal", "angry", False, "Pulled the show halfway through the season?",
         """Really? You removed The Tidewater halfway through season 3 with no warning whatsoever. I subscribed specifically to watch it.
I'd like to know if it's coming back. If not, I don't see much reason to keep paying.
"""),
        ("low", "positive", False, "The new documentary section",
         """Hello,

Just wanted to say the new nature documentary section is fantastic. My kids and I have been working through it at weekends.
If you ever get the chance, more ocean documentaries would be amazing. Not expecting a reply, just a bit of feedback.

Cheers,
Lucy
"""),
    ],
    "distillery": [
        ("high", "anxious", False, "Wedding favours haven't arrived - wedding is Saturday",
         """Hi,

I ordered 40 personalised miniature bottles as wedding favours (order GD-3318). They were dispatched last Tuesday, but the tracking hasn't changed since it said "in transit" that afternoon.
The wedding is this Saturday and the venue needs the favours by Friday at 4 pm to set the tables. I'm getting really worried. Can you find out where they are, or send a second batch if they're lost?

Thank you,
Ellie Morgan
"""),
        ("normal", "positive", False, "Private tasting for 12 in November",
         """Hello,

My partner and I did your warehouse tour in the summer and loved every minute of it, so now I'm organising a team outing for 12 people in mid-November and wondered whether you host private tastings, either at the distillery or at an external venue. Could you send me prices and available dates?

Many thanks,
Rob Hinds
Hinds & Carter Architects
"""),
        ("normal", "angry", False, "Your ballot system",
         """I've entered every single ballot for the last two years and never won. Meanwhile the bottles turn up on auction sites the same week at three times the price.
It's hard not to conclude the ballot exists mainly for the resellers. Do you actually do anything to stop this?
"""),
        ("normal", "neutral", True, "tour",
         """tour sat?
"""),
        ("low", "neutral", False, "Peat levels question",
         """Hi,

Purely out of curiosity: what phenol level (ppm) do you use for the peated release, and is the barley peated locally? I've been trying to compare a few distilleries.
Whenever you have a minute, no rush.

Thanks,
Connor
"""),
    ],
    "gibier": [
        ("high", "neutral", False, "Friday's venison order hasn't shipped",
         """Hi,

We're a restaurant (The Copper Hare) and placed a standing order for 12 kg of venison haunch for this Friday's game night. Your site still shows the order as "awaiting dispatch", and your usual courier cut-off for Thursday delivery is 3 pm today.
We have 60 covers booked and the menu is built around it. Can you confirm it will go out today? If not, I need to know by 5 pm so I can source elsewhere.

Jake Ellison
Head Chef, The Copper Hare
"""),
        ("normal", "anxious", False, "Is raw venison safe for my dog?",
         """Hi,

My vet suggested a raw diet for my springer spaniel, and I was thinking of using your venison mince. I'm a bit nervous about parasites, though. Is your meat frozen long enough to be safe to feed raw, or should I cook it first?

Thanks,
Martha
"""),
        ("normal", "angry", False, "Box arrived half defrosted",
         """My order arrived yesterday and the ice packs were completely melted. The meat was still cold but clearly softer on the outside than frozen meat should be.
For £64 I expected better packaging than a thin polystyrene box. I've refrozen it, but I'm not happy and I'd like at least a partial refund.

A. Brennan
"""),
        ("normal", "neutral", False, "Gift vouchers?",
         """Hi, do you sell gift vouchers? I'd like to get one for my brother's birthday, ideally one he can spend online. What amounts are available?
Thanks, Jess
"""),
        ("low", "positive", False, "That stew recipe!",
         """Hello Alfie,

Made the venison and juniper stew from the card in my last box and it was the best thing I've cooked all year. Thank you!
Whenever it's convenient, could you let me know roughly when wild boar usually comes back in? No hurry, I'm just planning ahead for winter.

All the best,
Dev
"""),
    ],
    "netsuper": [
        ("high", "anxious", False, "Order not arrived - I can't go out",
         """Hello,

My delivery was due between 10 and 12 today and it's now 2:15. I'm housebound after a hip operation and live alone, and this order is all my food for the week. I also ordered my dressing supplies, which the nurse needs when she visits at 9 tomorrow morning.
The app just says "out for delivery". Could someone tell me whether it's still coming today?

Mrs J. Halloran
Account 77102
"""),
        ("high", "angry", False, "Substitution contained peanuts - my son reacted",
         """My account is flagged for a severe peanut allergy, and I've put it in the notes on every order. Today you substituted the cereal bars I ordered with a brand that contains peanuts.
My 9-year-old ate one before I saw the label. He reacted within minutes, we had to use his EpiPen, and we're in A&E now.
I want to know how this happened and who is looking into it.

Karen Doherty
"""),
        ("normal", "neutral", False, "Deliver to a different address next week",
         """Hi,

Next Tuesday's order needs to go to my mum's flat (Flat 3, 18 Bridge Road) rather than my address, as I'll be staying with her. Can I change it just for that one delivery?

Thanks,
Ahmed
"""),
        ("normal", "neutral", True, "missing items",
         """some stuff wasnt in the bags
"""),
        ("low", "neutral", False, "Stocking Oatly Barista?",
         """Hello,

Any chance you could stock Oatly Barista? I currently buy it elsewhere. Not a big deal at all, just a suggestion if you're reviewing your dairy-free range.

Thanks,
Fran
"""),
    ],
    "kids_gym": [
        ("high", "anxious", False, "Mia's wrist after Saturday class",
         """Hi,

Mia came home from Saturday's class saying she'd landed badly on a handspring. Her wrist has swollen up overnight, and the GP this morning thinks it may be a fracture. She's having an X-ray at 4 pm today.
Nobody mentioned anything at pick-up. Could someone tell me what happened and who was supervising? The hospital also asked whether there was an accident report, and our insurer wants it too.

Thanks,
Lauren Webb
"""),
        ("high", "angry", False, "Regional entry deadline is Friday - still no answer",
         """I've now asked three times (in person on the 4th, by email on the 8th and on the 12th) whether Ava's entry for the regional championships has been submitted. Entries close this Friday at 5 pm.
She has trained all year for this and the club said it would handle entries. Nobody has given me a yes or no.
Please confirm today whether she's entered.

Simon Clarke
"""),
        ("normal", "anxious", False, "Noah keeps crying before class",
         """Hi,

Noah (5) has been coming to the Tuesday class for three weeks now and cries every time we get to the door. Once he's in he seems fine, according to the coaches, but I'm worried we're pushing him into something he hates.
Is this normal? Is there anything we can do to help him settle?

Thanks,
Aisha
"""),
        ("normal", "neutral", False, "Sibling discount?",
         """Hello, my older daughter already trains on Thursdays. If her younger sister joins the preschool class, is there a sibling discount, and can it be applied from the start of next term?
Thanks, Mark
"""),
        ("low", "positive", False, "Thank you for the showcase",
         """Just a quick note to say thank you for Sunday's showcase. Watching Freya do her first routine in front of an audience was such a proud moment for us.
The coaches clearly put a huge amount of work in. See you next term!
Rachel and Tom
"""),
    ],
    "cake_order": [
        ("high", "neutral", False, "Cake for tomorrow noon - no confirmation",
         """Hi,

I ordered a two-tier chocolate cake online for my mother's 80th birthday lunch, collection tomorrow at 11:30. The payment has gone from my card (£85), but I never received a confirmation email, and the order doesn't appear when I log in.
The lunch is at 12:30 with 30 guests. Could you check you have the order and will have it ready?

Thanks,
Paul Sherwood
07700 900 517
"""),
        ("normal", "angry", False, "Smudged cake",
         """I collected my son's cake on Saturday and the writing was smudged right across the top, and one side of the icing was dented. I only noticed when I opened the box at home, so there was no time to do anything.
We ate it, and it tasted fine, but for £55 I expected it to look like the picture. Quite disappointing.
"""),
        ("normal", "neutral", False, "Quote for a tiered cake in June",
         """Hello,

Could you give me a rough quote for a three-tier wedding cake for about 100 guests on 14 June? We're thinking lemon and raspberry, fairly simple decoration. Do you deliver to venues outside town?

Thank you,
Olivia
"""),
        ("normal", "anxious", False, "Gluten-free - cross-contamination",
         """Hi,

My niece has coeliac disease and I'd love to order a gluten-free birthday cake for her party in three weeks. I'm quite anxious about cross-contamination, because even a small amount makes her really ill.
Do you bake gluten-free cakes separately? I'd rather know before ordering.

Thanks,
Beth
"""),
        ("low", "neutral", False, "Vegan options - just curious",
         """Hi! Do you make vegan celebration cakes at all? Nothing planned yet, I'm just curious for future birthdays.
Thanks, Sam
"""),
    ],
    "elearning": [
        ("high", "neutral", False, "Certificate needed for licence renewal by Friday",
         """Hello,

I completed the Infection Control module on Monday and passed the final quiz (score 88%), but no certificate has appeared in my dashboard.
I need to upload the certificate to the nursing regulator's portal by Friday at 11:59 pm as part of my revalidation. If it's late, my registration lapses and I can't work my shifts next week.
Could you issue it, or tell me what's gone wrong?

Regards,
Grace Adeyemi
Learner ID SP-55120
"""),
        ("normal", "neutral", True, "login",
         """can't get in
"""),
        ("normal", "angry", False, "Out-of-date course content",
         """The Digital Marketing course I paid £149 for still shows screenshots and features from a version of Google Analytics that was retired years ago. Half the exercises can't be done anymore.
Frankly it's not what was advertised. I'd like a refund, or at least an explanation of when it will be updated.
"""),
        ("normal", "neutral", False, "Invoice needs our VAT number",
         """Hi,

The invoice for our team plan (INV-20931) doesn't show our VAT number, which our finance team needs before they can process it. Could you reissue it with GB 123 4567 89 added?

Thanks,
Leila
Accounts, Brightwater Ltd
"""),
        ("low", "neutral", False, "Dark mode?",
         """Hello, is a dark mode for the course player on the roadmap? I study late in the evening and it would be easier on the eyes.
Just a suggestion, no hurry at all.
Thanks, Ivan
"""),
    ],
}
