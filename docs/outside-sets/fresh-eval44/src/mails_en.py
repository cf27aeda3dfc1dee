# English incoming mails, written on their own (not translations of the Japanese set).
from mails_ja_1 import M, H, N, L, ANG, ANX, NEU, POS

MAILS = [
    # ================= homecenter (Hartwell Hardware) =================
    M("homecenter", H, ANX, False, "Gas smell from the regulator I bought on Saturday", """Hi,

The propane regulator I bought at your Kettering store on Saturday (receipt attached) is hissing where it screws onto the bottle, and the shed smells strongly of gas. I've turned the bottle off and left the shed door open.

My son's birthday barbecue is tomorrow afternoon and I don't want to go anywhere near it if the part is faulty. Is there a recall on these? Is it even safe to put it in the car to bring it back?

Thanks,
Gareth Price
07700 914 228
"""),
    M("homecenter", H, ANG, False, "RE: RE: Batten delivery - third email today", """Third email today, plus two calls to the depot.

Our order of 40 lengths of treated roofing batten (trade account HW-22817) was due on site at 7:30 this morning. The old roof at 14 Alder Close is stripped, the house is open to the sky and the forecast has rain from 3pm. Every time we ring we're told "it's on the van".

Which van? Where? I've got three roofers stood about and a family who are going to have water coming through their bedroom ceiling tonight if this doesn't turn up.

Kev Marsh
Marsh Roofing

-----Original Message-----
From: Kev Marsh
Sent: 09:12
Subject: RE: Batten delivery

Still nothing. Please call me.
"""),
    M("homecenter", N, NEU, False, "Paint colour matching", """Hello,

Do you still do colour matching in store? I have a small chip of the old paint from our front door (it's a sort of heritage green) and I'd like about a litre mixed up in exterior gloss. How long does it take, and do I need to bring a bigger sample than a 2cm chip?

Many thanks,
Eileen
"""),
    M("homecenter", N, NEU, True, "cutter", """is it back yet?
"""),
    M("homecenter", L, NEU, False, "Suggestion: more FSC timber", """Hi there, just a suggestion rather than a complaint - it would be great to see more FSC-certified timber in the Leeds Road store, especially in the smaller planed sizes. I end up ordering online for that. No need to reply, just passing it on.

Cheers,
Rob
"""),

    # ================= survey (OpinionLoop) =================
    M("survey", H, ANX, False, "Did you send me this? I think I've given my bank details to a scam", """Hi,

This morning I got an email that looked like it was from you, saying my cash-out had failed and I needed to "re-verify" my bank details at opinionl00p-rewards.com. I did it before I noticed the spelling of the address. It asked for my sort code, account number and the card number as well.

Was that you? If it wasn't, what do I do now - has my OpinionLoop account been hacked too? I've got my rent going out of that account on Friday and I'm panicking a bit.

Jade Whitmore
"""),
    M("survey", H, ANG, False, "£60 cash-out - 5 weeks and 3 emails later", """To whoever reads these,

I cashed out £60 on 2 September. It's now 7 October. I emailed on the 16th, the 23rd and the 30th of September and have had nothing back apart from the auto-reply saying you'll respond "within 3 working days".

The points have gone from my balance, the money hasn't arrived in my account, and nobody will tell me where it is. That's my money, not a prize.

I'm giving this one more week before I go to my bank and to Trustpilot.

Member ID 4471-2290
Marcus Hale
"""),
    M("survey", N, NEU, False, "Changing my email address", """Hi, I'm moving from a Hotmail address to Gmail. If I change my login email in settings, will my points and survey history carry over, or do I need to do something else?
Thanks, Priya
"""),
    M("survey", N, ANG, False, "Screened out after 15 minutes. Again.", """Love spending fifteen minutes on a survey about car insurance only to be told on the very last page that I'm "not eligible" and get 5 points for my trouble. That's the fourth time this week.

If you can't work out that I don't own a car from question 2, I'm not sure what the other 40 questions were for.

Either fix the screening or I'm deleting the app.
"""),
    M("survey", L, POS, False, "The park redesign survey", """Just wanted to say I really enjoyed the survey last week about the redesign of the riverside park - it felt like my answers might actually matter for once!

Is there any chance the results will be shared with panel members when it's finished? No rush at all, just curious.

Best,
Helen
"""),

    # ================= jam (Bramble & Jar) =================
    M("jam", H, ANX, False, "Wedding favours - 150 jars not here and the wedding is Saturday", """Hi Helen,

I'm so sorry to bother you, but I'm getting really worried. Our 150 mini jars of strawberry and elderflower jam (order #BJ-3127) were meant to be our wedding favours for this Saturday.

Tracking says "delivered - left with neighbour" on Tuesday, but none of our neighbours have it and the photo on the tracking shows a door that isn't ours.

We're driving up to the venue on Friday morning. Is there anything at all you can do before then? I'd happily pay for another batch if it comes to that.

Lucy and Tom
"""),
    M("jam", H, NEU, False, "Small piece of glass in a jar of raspberry jam", """Hello,

I'm writing to let you know that we found a small piece of glass, about the size of a fingernail, in a jar of your raspberry jam this morning (best before 14/08/2025, batch R-0611). It was near the top, so we spotted it before anyone ate any. Nobody has been hurt.

We have two more jars from the same order. I thought you would want to check that batch quickly, before anyone else opens one. I've kept the jar and the piece of glass if you need them.

Regards,
Alan Fairbairn
"""),
    M("jam", N, NEU, False, "Low-sugar jams for my dad", """Hi, my dad's recently been diagnosed with type 2 diabetes and misses his morning marmalade. Do you make any low-sugar or no-added-sugar versions, and if so what's used to sweeten them? He's not keen on anything with an aftertaste.
Thanks, Sophie
"""),
    M("jam", N, POS, False, "Best blackcurrant jam I've ever had", """I picked up a jar of your blackcurrant at the Ludlow food festival and it's honestly the best jam I've ever tasted - my kids fight over it.

Do you post to Ireland? My sister lives in Cork and I'd love to send her a box for her birthday in December.

Thanks so much,
Maeve
"""),
    M("jam", L, NEU, False, "Damson season", """Could you let me know roughly when your damson jam usually comes out? I'm not in any hurry - just planning Christmas hampers for next year and trying to get the timing right.
"""),

    # ================= yose (The Lantern Room, comedy & storytelling club) =================
    M("yose", H, NEU, False, "Private room for tonight - no confirmation", """Hi,

I booked the upstairs room for a hen party tonight (14 guests, arriving 7pm, then the 8pm storytelling show) and paid the £200 deposit on 12 September - the payment has gone out of my account.

I never got a booking confirmation, and when I rang this morning the person who answered couldn't find us in the diary.

The bride's sister has travelled down from Newcastle for this. Can someone confirm we have the room tonight and what time we can get in to decorate?

Thanks,
Chloe Barnes
07812 330 947
"""),
    M("yose", N, ANG, False, "Heckler ruined Friday's show", """We came to Friday's 9pm show and a group of lads on the front table heckled every single act from start to finish. One of them was shouting over the headliner's entire closing story.

Two of your staff watched it happen and did nothing. When I mentioned it at the bar I was told "it's a comedy club, mate".

I've paid £22 a ticket to hear the performers, not a stag do. I won't be back unless I hear how you deal with this.

Rachel
"""),
    M("yose", N, ANX, False, "Seating question (anxiety)", """Hi, I'd love to come to one of your storytelling nights but I get quite bad panic attacks in crowds. Are seats allocated, and would it be possible to sit near an exit so I can step out quietly if I need to? I'm worried about being picked on by a performer too - does that happen at your shows?
Sorry if that's an odd question.
Ben
"""),
    M("yose", N, NEU, True, "tickets?", """tickets?
"""),
    M("yose", L, POS, False, "Loved the open-mic storytelling night", """What a brilliant night on Wednesday - the story about the lighthouse keeper's dog had the whole room in bits.

I've been writing short spoken-word pieces for a couple of years. Do you ever take new performers for the open-mic slots? No rush on a reply, I know you're busy.

All the best,
Femi
"""),

    # ================= posting (DoorDrop North) =================
    M("posting", H, ANG, False, "Election leaflets - 40% still not delivered", """Lena,

I've just looked at the GPS report for our candidate's leaflets in Headingley ward. Of the 9,000 you were booked to deliver by Monday, roughly 3,600 haven't gone out. Whole streets north of the park show no walker at all.

Polling day is Thursday. A leaflet that lands on Friday is a leaflet we paid for and threw in the bin.

I need to know by 5pm today whether you can finish the ward by Wednesday evening, and if not, I need the undelivered bundles back so our volunteers can do it.

Simon Clarke
Agent, Headingley Independents
"""),
    M("posting", N, NEU, False, "Quote for 15,000 leaflets, March", """Hello,

We're a dental practice in Horsforth and would like a quote for distributing 15,000 A5 leaflets to households within about 2 miles of the practice, some time in March.

Could you also tell me how far in advance you'd need the leaflets?

Kind regards,
Angela Moss
Practice Manager, Horsforth Dental
"""),
    M("posting", N, ANX, False, "Resident threatening to report us", """Hi,

A man rang our shop this morning really angry because one of our leaflets was put through his door, which apparently has a "no junk mail" sticker. He said he's going to report us to Trading Standards.

Could we actually get into trouble for this? I'm a small business and I've never dealt with anything like this before. What should I say if he calls again?

Thanks,
Dina (Dina's Kitchen)
"""),
    M("posting", N, NEU, False, "Adding a second leaflet to the November drop", """Hi Lena, for our November drop (LS6, 8,000 homes), could we add a second leaflet - a small A6 voucher - to go through with the main one? Does that change the price, and do they need to be supplied folded together?
Thanks, Mark
"""),
    M("posting", L, NEU, False, "Spring campaign next year", """Hi,

We're starting to think about a spring campaign next year (April/May) for our garden centre. Which areas would you suggest for a business like ours, and do you offer any discount for booking two drops?

There's no deadline on this - we'll only finalise the budget in January.

Best,
Nick
Greenacre Garden Centre
"""),

    # ================= housebuilder (Oakridge Homes) =================
    M("housebuilder", H, ANX, False, "Crack in bedroom ceiling getting wider", """Hi Jo,

Sorry to email late. A crack appeared across our son's bedroom ceiling yesterday morning, about a metre long. Tonight it's noticeably wider - I can fit a coin in it at one end - and the bedroom door has started sticking.

We've moved him into our room for tonight. Is this something that can wait, or could the ceiling come down? We moved in five weeks ago (Plot 27, Brook Meadow).

Photos attached.

Thanks,
Daniel Okoro
07934 551 210
"""),
    M("housebuilder", H, ANG, False, "Completion date - fourth time of asking", """Dear Mr Hale,

This is the fourth time I have asked for a firm completion date for Plot 12, following my emails of 2, 9 and 18 October, none of which has had a reply beyond "we'll come back to you".

Our mortgage offer expires on 30 November. Our solicitor tells us that if we don't complete before then, we lose the fixed rate and must re-apply at today's rates, which would cost us around £240 a month.

I would like a written answer by Friday setting out the completion date and what Oakridge will do if it slips past the 30th.

Yours sincerely,
Sarah Carter
"""),
    M("housebuilder", N, NEU, False, "Kitchen handles", """Hi, is it too late to change the kitchen handles from the brushed steel to the black bar handles we saw in the show home? Happy to pay any difference. Plot 8, Elm Park.
Thanks, Amir
"""),
    M("housebuilder", N, ANG, False, "Lorries and mud on Station Road", """Your lorries have been arriving at 6:30 every morning for three weeks, reversing with the alarm going the whole time, and the road outside our house is now a layer of mud. My car is filthy every single day.

I understand building work is noisy but the council notice says deliveries from 8am. Is anyone from Oakridge actually managing this site?

A neighbour who didn't ask for any of this,
Graham Lyle, 41 Station Road
"""),
    M("housebuilder", L, NEU, False, "Garden room - future quote", """Hello, we're thinking about adding a garden room at the bottom of the garden in a year or two. Is that something Oakridge does for existing customers, and could you give us a rough idea of cost at some point? Nothing is decided yet, so whenever suits.
Kind regards,
Maria and Paul Lindqvist
"""),

    # ================= rentguarantee (Keystone Rent Guarantor) =================
    M("rentguarantee", H, ANX, False, "Landlord says rent not paid - notice to leave by Friday", """Hello,

My landlord has just handed me a notice saying I owe £1,150 for September and must pay by Friday or he'll start eviction proceedings. But your letter of 5 September says Keystone paid him the full amount on the 4th, after my direct debit bounced.

I don't understand what's happening. I have two children and nowhere else to go. Can you please contact him or send me proof that you paid so I can show him?

Tenancy: Flat 3, 22 Moor View, Bradford
Agreement number KRG-55102
Ayesha Malik
"""),
    M("rentguarantee", N, ANG, False, "£25 late fee - seriously?", """I've been charged a £25 late fee because my payment arrived on the 2nd instead of the 1st. The 1st was a bank holiday Monday. I set the payment up on the Friday before.

Two years of paying on time and this is what I get. I'd like the fee removed, please, and an explanation of how it's fair to charge people for bank holidays.

J. Thompson
"""),
    M("rentguarantee", N, NEU, False, "Ending my guarantor agreement", """Hi, I'm moving out of my flat at the end of January and into a place where I won't need a guarantor. Do I need to cancel the agreement with you, or does it end automatically when the tenancy does? And will I get any of the fee back?
Thanks, Chris
"""),
    M("rentguarantee", N, NEU, True, "application?", """application?
"""),
    M("rentguarantee", L, NEU, False, "Information for landlords", """Good afternoon,

I'm a landlord with four properties in Sheffield and I'm thinking of suggesting your service to future tenants who don't have a UK guarantor. Could you send me some information on how it works from the landlord's side?

My next tenancy starts in the summer, so there's plenty of time.

Regards,
Peter Wainwright
"""),

    # ================= playground (SafePlay Inspections) =================
    M("playground", H, ANX, False, "See-saw handle came off - park still open", """Hello,

I'm the clerk to Little Hadley Parish Council. This afternoon a parent reported that the handle on the see-saw at the Green Lane playground came off in her daughter's hand while it was moving. The girl has a bruised chin but is otherwise fine.

We've tied tape around the see-saw but the rest of the playground is open, and it's half-term from tomorrow so it will be busy. I'm not sure whether we should close the whole playground or whether the other equipment could have the same problem.

Could one of your inspectors look at it tomorrow morning? I can meet them there.

Sandra Lowe
Parish Clerk
01632 960 441
"""),
    M("playground", H, NEU, False, "Inspection certificate needed before Thursday", """Hi,

We have an Ofsted inspection on Thursday and have just realised that we can't find our copy of the annual playground inspection certificate you issued in March. The inspector will ask to see it.

Could you email a copy by Wednesday lunchtime? Our setting is Little Acorns Nursery, 3 Mill Road.

Many thanks,
Kerry Dunn
Nursery Manager
"""),
    M("playground", N, NEU, False, "Annual inspections for three sites", """Dear SafePlay,

Our housing association has three small play areas (Beech Court, Holly Grove and Ash Walk) with about five pieces of equipment each. Could you quote for annual inspections of all three, and for quarterly operational checks as an alternative?

Regards,
Mohammed Rashid
Estates Officer, Vale Homes
"""),
    M("playground", N, NEU, True, "inspection", """When are you coming?
"""),
    M("playground", L, POS, False, "Thank you - and a brochure request", """Thank you for the very clear report on the Wharf Street playground. It made a real difference: we used it to support our lottery grant bid and we've just heard we were successful!

When you have a moment, could you post us a brochure for replacement equipment? We won't be ordering until the autumn.

Kind regards,
Jenny Holt
Friends of Wharf Street Park
"""),

    # ================= musicdist (Sonora Distro) =================
    M("musicdist", H, ANG, False, "Album still not on Spotify - launch gig is tomorrow", """Hi,

I've now emailed three times (22nd, 25th and yesterday) about my album "Glass Harbour", which was meant to go live last Friday. It's on Apple Music and Deezer but still not on Spotify, and nobody has replied.

Our album launch gig is tomorrow night. 300 tickets sold, posters everywhere with a Spotify QR code that leads nowhere. We've paid for a playlist campaign starting on Friday.

Please can someone actually look at this and tell me what's wrong today.

Ellie Marsden (The Quiet Harbour)
Release ID SD-771093
"""),
    M("musicdist", N, ANX, False, "Copyright claim on my own song on YouTube", """Hi,

I just got a copyright claim on YouTube for my own song, "Paper Lanterns", which I released through you last month. The claim is from a company I've never heard of.

Does this mean I'll lose the money from that video, or that my channel could get a strike? I wrote and recorded every part of this track myself and I don't really know how any of this works. I'm quite worried.

Thanks,
Noah
"""),
    M("musicdist", N, NEU, False, "Adding a featured artist", """Hello, how do I add a featured artist to a single that's already been submitted but isn't live yet? The release date is 14 March. Do I need to resubmit the whole thing?
Cheers, Dev
"""),
    M("musicdist", N, NEU, False, "First statement and tax form", """Hi,

I've just received my first royalty statement. There's a note saying I need to submit a tax form before I can withdraw. I'm UK-based - which form do I need, and where in the dashboard do I find it?

Thanks,
Isla
"""),
    M("musicdist", L, NEU, False, "Vinyl?", """Do you have any plans to offer vinyl pressing alongside digital distribution? Just curious for the future - I'm not planning a vinyl release until 2026 at the earliest.
"""),

    # ================= novelty (BrandBox Promo) =================
    M("novelty", H, NEU, False, "Lanyards arrived without clips - conference on Tuesday", """Hi Marcus,

The 450 printed lanyards (order BB-20931) arrived this morning, but none of them have the safety clips attached - just the bare ribbon with a loop at the end. The badge holders won't attach without them.

Our conference opens at 8am on Tuesday and delegates collect their badges on arrival. Is it possible to get the correct lanyards, or the clips, to us by Monday afternoon? The venue is the Hilton Deansgate, Manchester.

Thanks,
Rebecca Cole
Events Coordinator, NWHA
"""),
    M("novelty", N, NEU, False, "Mug colour doesn't match proof", """Hello,

The 200 mugs we received last week are a noticeably lighter blue than on the proof we approved (Pantone 2945). Side by side with our business cards, the difference is obvious.

Could you check whether the right colour was used? We're not in a hurry for them, but we would like them to match our branding.

Thanks,
Olivia, Finch & Hart Accountants
"""),
    M("novelty", N, NEU, False, "Quote - 500 branded pens", """Hi, could I get a quote for 500 pens with a one-colour logo, blue ink? Something reasonably nice rather than the cheapest option. We'd need them by the end of next month.
Thanks, Aaron
"""),
    M("novelty", N, ANX, False, "Did I miss a typo on the proof?", """Hi,

This is my first time ordering anything like this for work. I approved the proof for our tote bags yesterday, but looking at it again tonight I think "Annual" might be spelled with one n. I can't tell if it's the font or an actual typo, and I'm worried I've just approved 300 bags with a mistake on them.

Is it too late to check, and if it is wrong, is there anything I can do?

Sorry,
Hannah
"""),
    M("novelty", L, NEU, False, "Catalogue for next year's budget", """Hello, could you send us your 2025 catalogue when it's available? We set our marketing budget in the spring, so there's no rush at all.
Regards,
Claire Webb, Northern Lights Theatre
"""),

    # ================= concrete (Northfield Ready-Mix) =================
    M("concrete", H, ANX, False, "Washout into the river drain - Environment Agency on site", """Dave,

Your driver on the 10:40 load washed his chute out into the surface drain at our Riverside Lane site. That drain runs straight into the beck and the water downstream has gone grey.

An officer from the Environment Agency is on site now. He says we could both be looking at a pollution fine and wants to see your washout procedure and the driver's delivery ticket before he leaves at 4pm.

I honestly don't know what we're supposed to say to him. Can you get someone to call me?

Steve Nowak
Site Manager, Kingsway Build
07845 300 112
"""),
    M("concrete", N, NEU, False, "Order for Tuesday 12th", """Morning,

Can we book 18m3 of C28/35 for Tuesday 12th, first load on site at 7:30, then every 30 minutes. Pump is booked separately. Site is the same as last week (Unit 4, Calder Park).

Thanks,
Jason
"""),
    M("concrete", N, ANG, False, "Standing time charge on invoice 22871", """I've just opened invoice 22871 and you've charged us £150 standing time for the 14th.

Your truck was only standing because it turned up 50 minutes late and our pump had moved on to the other pour. So we're being billed for waiting on your own delay?

Take it off, please. If this is how it's going to be, we'll be getting prices from Hanson for the next phase.

Mick
"""),
    M("concrete", N, NEU, True, "thurs", """can u do 6m3 thurs
"""),
    M("concrete", L, POS, False, "Thanks to your driver", """Just a quick note to say thanks to Pete, who delivered to our back garden on Saturday. The access was awful and he was patient and careful the whole time, and he even helped my husband barrow the last bit. No need to reply - just wanted it passed on.

Julie Shaw
"""),

    # ================= iot (Nestly Home) =================
    M("iot", H, ANG, False, "Someone else is controlling my heating", """I've had three login alerts in the last hour from a device in Bucharest. Whoever it is has turned my heating up to 28 degrees, renamed my rooms and deleted my "away" routine.

I've changed my password twice and they're STILL in - the activity log shows them switching lights on as I type this. They can see exactly when my house is empty.

How is this possible with two-factor turned on? I want the account locked today and an explanation of how this happened.

Oliver Grant
"""),
    M("iot", H, ANX, False, "Dad's motion sensor offline for 18 hours", """Hi,

My father (79, early dementia) lives alone and we use your motion sensors so we know he's up and about. The hallway and kitchen sensors have both shown "offline" since about 4pm yesterday, and we've had no activity alerts at all.

He isn't answering the phone this morning, which isn't unusual for him, but I'm two hours away and trying to work out whether this is a fault or whether something has happened to him. Can you see anything from your end - is it the sensors, the hub, or his internet?

Account email: karen.bell@btinternet.com
Karen Bell
"""),
    M("iot", N, NEU, True, "help", """it stopped working again
"""),
    M("iot", N, ANG, False, "Third hub this year", """This is the third hub that's died on me since January. Every time, I'm told to "turn it off and on again", then to do a factory reset, then I wait two weeks for a replacement.

I'm not paying £7.99 a month for the privilege of being your beta tester. If this one goes too, I'm switching everything to another brand and I'll want a refund for the year.
"""),
    M("iot", L, NEU, False, "Matter support", """Hello, are there any plans to add Matter support to the hub? I'm not in a hurry, just deciding which ecosystem to buy into over the next year.
Thanks, Sam
"""),
]
