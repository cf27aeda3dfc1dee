# English incoming mails. Written independently of the Japanese mails.


def M(subject, body, urgency, emotion, terse=False):
    return dict(subject=subject, body=body, urgency=urgency, emotion=emotion, terse=terse)


MAILS = {
    "net": [
        M("Torn debris netting - east elevation, Marlow Street site", """\
Hi Rob,

Our site manager found this morning that about 6 m of the debris netting on the east scaffold has torn away from the ties, probably in last night's wind. It's flapping over the pavement on Marlow Street.

The council's building control officer is booked for 8 am Thursday, and he's already warned us once about loose netting over a public footpath. If it isn't fixed by then I'm fairly sure he'll shut the site, and we've got 14 trades booked in for the rest of the week.

Can you get someone out tomorrow? I'd rather not be the one explaining this to our MD.

Thanks,
Gemma Doyle
Project Coordinator, Brightwell Construction
07700 914 552
""", "high", "anxious"),
        M("RE: RE: practice nets - wrong size (third email)", """\
Rob,

This is the third time I've written about this and I still haven't had a single reply.

The practice nets you delivered on the 2nd are 3 m high, not the 3.6 m we ordered and paid for (invoice HN-2291). At 3 m the ball clears the top and lands in the car park. Our first league fixture is this Saturday and the juniors are supposed to warm up in those nets.

I need to know by Wednesday whether the right nets are coming before Saturday, or whether I should find another supplier and ask for a refund.

Steve Parry
Hon. Secretary, Oakbridge Cricket Club

> On 4 May, Steve Parry wrote:
> Hi, the nets arrived today but they look shorter than we ordered. Can someone check?
""", "high", "angry"),
        M("Bird netting for an allotment", """\
Hello,

I've got a half-plot at our local allotments (roughly 5 m x 12 m) and the pigeons have been at my brassicas again. I'm after netting to cover three raised beds, each 1.2 m x 4 m, on hoops about 1 m high.

What mesh size would you recommend, and roughly what would it cost? I'm happy to cut it myself if that's cheaper.

Cheers,
Alan
""", "normal", "neutral"),
        M("Another one please!", """\
Hi there,

The fruit cage net you sent in April has been brilliant, first year I've actually had a raspberry crop instead of feeding the blackbirds!

Could I order a second one, same size (3 x 3 x 2 m), for the currants? Same address as before. Happy to pay by card over the phone if that's easier.

Thanks so much,
Linda Hartley
""", "normal", "positive"),
        M("Old netting - do you recycle?", """\
Hi,

We've got a couple of old golf-range nets (about 15 years old) sitting in our shed. Do you take old netting back for recycling, or know anyone who does? No rush on this at all, we're just clearing out over the winter.

Ta,
Phil (Westfield Golf Range)
""", "low", "neutral"),
    ],
    "rubber": [
        M("DS-410 seals out of tolerance - line 2 stopped", """\
Helen,

The DS-410 door seals delivered on Tuesday (delivery note 88213) are measuring 0.4 mm over on the bulb diameter, against a tolerance of +/-0.15. The doors won't close on the test rig, so we've stopped line 2 and quarantined the batch.

Line 2 restarts on Monday's 6 am shift. To restart we'll need at least 2,000 m of in-spec seal on site by then. Can you confirm by tomorrow midday whether you can supply that, and send a corrective action request form so our quality team can log it?

Regards,
Martin Okafor
Purchasing Manager, Kestrel Cabinets Ltd
""", "high", "neutral"),
        M("Invoice 55120 - tooling charged twice?", """\
Hi Helen,

Going through our May invoices I noticed that invoice 55120 includes the £3,200 tooling charge for the DS-410 again, but we paid that on invoice 54871 in March.

Could you take a look and send a credit note or a corrected invoice? I've held 55120 back from this week's payment run in the meantime.

Thanks,
Priya Nair
Accounts Payable, Kestrel Cabinets
""", "normal", "neutral"),
        M("Samples of your EPDM profiles", """\
Hello,

We're a small firm making shepherd's huts and we're looking for a new supplier of window and door seals. Could you send us samples of your standard EPDM D-profiles and P-profiles, and a price list for 50-100 m quantities?

Our address is Unit 3, Mill Lane Workshops, Hay-on-Wye, HR3 5AB.

Many thanks,
Tom Griffiths
Wye Valley Huts
""", "normal", "neutral"),
        M("Re: update", """\
Any news?
""", "normal", "neutral", True),
        M("Datasheet request for next year's design review", """\
Hi,

We're starting a design review for a new pump range next year and would like the full datasheets (including fluid resistance tables) for your FKM and HNBR compounds. Nothing hangs on this for a few months, so whenever you get a chance is fine.

Best,
Dr Ruth Ellery
Senior Design Engineer, Calder Pumps
""", "low", "neutral"),
    ],
    "mannequin": [
        M("Our mannequins haven't arrived - opening Friday", """\
Hi Leon,

We were due a delivery of six adult mannequins and two child figures yesterday for our new shop in Brighton (order FDH-3320). Nothing has turned up, and the courier says they have no record of a parcel from you.

The shop opens at 10 am on Friday. The shopfitters leave Thursday night and the windows are the first thing customers will see. I'm honestly not sure what we do if there's nothing to dress by then.

Could you tell me today where the order is and when it will get here?

Thanks,
Harriet Moss
Moss & Co Boutique
""", "high", "anxious"),
        M("Figure collapsed onto a visitor at the Spring Fair", """\
To whom it may concern,

On Saturday a male figure rented from you (FDH-3101) fell from its base on our stand at the Spring Fair and struck a visitor on the shoulder. She was seen by the venue's first aiders and went to A&E as a precaution.

The organisers have asked for a written statement from us by 5 pm tomorrow, including whether the equipment was checked before hire, and the visitor's husband has asked for our insurer's details. I need your inspection records for that figure and base, and your public liability insurer's name, before I can reply to either.

Frankly I expected a call from you the moment your driver collected the damaged base.

Tasha Green
Events Manager, Linea Fashion
""", "high", "angry"),
        M("Extending our hire by a week", """\
Hi,

We've got four torsos and two full figures on hire until 14 March (ref FDH-3288). The window's doing so well that we'd like to keep them one more week, until the 21st. Is that possible, and what would the extra week cost?

Thanks,
Sunita
Hartley's Department Store, Visual Merchandising
""", "normal", "neutral"),
        M("Stain on one of the wigs", """\
Hello,

I'm really sorry, but one of the wigs we hired has ended up with a big streak of spray paint on it. One of our students was finishing the backdrop and didn't notice the figure was right behind it.

We tried a little washing-up liquid but it's made no difference. Will we have to pay for a new one? We're a college art department with a tiny budget and I'm a bit worried about what this will cost. Should we send it back as it is?

Kind regards,
Emma Clarke
Art & Design, Northgate College
""", "normal", "anxious"),
        M("Thank you!", """\
Just wanted to say thanks, the figures looked fantastic in our end-of-year show and your driver was really patient with us when we were running late at collection.

We'll definitely be back next year.

Emma
Northgate College
""", "low", "positive"),
    ],
    "socks": [
        M("FOURTH email - double charge still not refunded", """\
Hello,

This is now my fourth email. On 2 October my card was charged twice for order HF-12931 (£32 each, £64 in total). I got one parcel.

I wrote on the 3rd, the 10th and the 17th. I got an automatic "we'll be in touch within 48 hours" each time and nothing since. Your phone line just plays music until it cuts off.

I'd like the duplicate £32 back, and I'd like someone to actually reply to me.

Karen Whitfield
""", "high", "angry"),
        M("Swap to a bigger size?", """\
Hi! I ordered the striped merino socks in size 4-7 but they're a bit snug. Could I swap them for 8-11? They're unworn and still in the band.

Order HF-13380

Thanks, Mia
""", "normal", "neutral"),
        M("Holes after ONE wash", """\
I bought a 3-pack of your "hard-wearing" walking socks for £24 and after one wash on 30 degrees there are already two holes in the toes.

That's not hard-wearing, that's barely wearable. I'd like to know what you're going to do about it.

D. Burke
""", "normal", "angry"),
        M("order", """\
wrong ones
""", "normal", "neutral", True),
        M("Kids' sizes?", """\
Hello, do you ever do multipacks in children's sizes? My two keep stealing my bamboo socks and they're swimming in them. Not urgent in any way, just curious whether it's on the cards.

Jen
""", "low", "neutral"),
    ],
    "chess": [
        M("Ollie not on the entry list for tomorrow's congress", """\
Hi Margaret,

I've just looked at the entry list for tomorrow's junior congress and Ollie Bennett isn't on it, in either the U10 or U12 section.

I paid his £12 entry through the club's online form on 18 January (I have the confirmation email, ref KRC-0447). Registration closes at 9:15 am tomorrow and play starts at 9:30.

Could you check whether his entry was passed on to the organisers, and let me know this evening what I should do?

Thanks,
Rachel Bennett
""", "high", "neutral"),
        M("Something I think you should know about", """\
Dear Margaret,

I'm not sure whether I'm overreacting, but I'd rather tell you than not.

Last night my daughter Amy (she's 11) showed me messages she's been getting on a chess app from one of the volunteer coaches. Nothing explicit, but he's been asking her to keep their games "our secret" and has asked which school she goes to. She seemed uncomfortable about it, which is why she showed me.

Amy has club again on Thursday. I don't want her there with him until I understand what's going on. Who at the club deals with safeguarding, and can they contact me before then?

Claire Osei
""", "high", "anxious"),
        M("Trial session for a 7-year-old", """\
Hello,

My son Leo is 7 and has been playing chess with his grandad for about a year. He knows all the rules and can beat me (not hard). Could he come to a trial session with your juniors? Which day would suit a beginner best?

Thanks,
Daniel Kerr
""", "normal", "neutral"),
        M("Term fees", """\
Margaret,

I've just been sent an invoice for £135 for the spring term. Last term was £117. There was no mention of an increase at any point, not in the newsletter, not at pick-up, nowhere.

Some of us have more than one child at the club. A 15% rise with no warning isn't on. Could you explain how the fee was set and why parents weren't told?

Mark Duffy
""", "normal", "angry"),
        M("Thank you from Jess", """\
Hi Margaret,

Jess came home from the county championships with her first ever medal last weekend, and she's barely taken it off since. She kept saying it was the endgame practice you did with her in the autumn that made the difference.

Thank you for all the time you give the juniors.

Best wishes,
Sarah and Jess Lowe
""", "low", "positive"),
    ],
    "idphoto": [
        M("Visa photos rejected, appointment tomorrow at 9", """\
Hello,

I used your booth at Central Station this afternoon for visa photos (35 x 45 mm, white background, for the Indian e-visa). They've just been rejected by the visa centre's checker because the background has a grey shadow behind my head.

My appointment at the visa centre is tomorrow at 9 am, and my flight is on Saturday. If I miss the appointment, the next free slot is in three weeks.

Is there a booth near the centre that does a brighter background, or a setting I should choose? I'll also need another set of prints, and I've already spent £7.50.

Priya Raman
""", "high", "anxious"),
        M("Machine took my money", """\
Your machine at the Tesco on Hill Road took £6 and then just sat on the "please wait" screen for ten minutes before going back to the start. No photos, no refund, no receipt.

The number on the sticker goes to a voicemail that's full. Not impressed. I want my £6 back.

Gary Lunt
""", "normal", "angry"),
        M("Receipt for photos", """\
Hi,

I had passport photos taken at your booth in Kingsway on 3 June for a work visa, and my employer is reimbursing me. Could you send a VAT receipt? I paid £8 by contactless at about 11:40.

Many thanks,
Olu Adeyemi
""", "normal", "neutral"),
        M("Booth broken", """\
Booth broken
""", "normal", "neutral", True),
        M("Suggestion for the Kingsway booth", """\
Hi,

I'm a wheelchair user and the Kingsway booth has a fixed stool that I can't move, so I had to take photos with the camera pointing at the top of my head. A swing-away seat, like some other booths have, would make a big difference.

No reply needed, just passing it on.

Fran
""", "low", "neutral"),
    ],
    "aed": [
        M("AED used last night - need pads/replacement before 6am opening", """\
Hi Sarah,

Last night at about 8:15 pm one of our members collapsed in the spin studio and our staff used the Lifeline AED (serial LL-40877) before the ambulance arrived. He's in hospital and stable.

Both pads were used and the device is now asking for a data download. We open at 6 am tomorrow and that's our only unit on site. What do we need to do to have a working AED here by opening time? Can your engineer swap it, or can we collect a loan unit from your depot tonight?

Thanks,
Joe Harding
Duty Manager, PulseFit Gym, Riverside
07811 230 447
""", "high", "neutral"),
        M("Red light on the school defibrillator", """\
Dear Sarah,

During our weekly check this morning the status light on our AED (in the sports hall) was red instead of green. I've opened and closed the lid and the red light is still on.

It's our sports day on Saturday, with about 400 children and parents on the field, and this is the only unit we have. I'm not sure whether it would still work if we needed it, and I'd really rather not find out on Saturday.

Could someone tell us what the red light means and whether you can replace it before then?

Mrs J. Greaves
Business Manager, St Anne's Primary School
""", "high", "anxious"),
        M("Quote for a second unit", """\
Hi,

We'd like to add a second AED at our warehouse site on Parkway, same lease terms as the one at head office. Could you send a quote? Our financial year starts in April, so it would be ideal to have it by the end of February.

Kind regards,
Nadia Bell
Facilities, Greenline Distribution
""", "normal", "neutral"),
        M("Staff training", """\
Hello,

We've had our AED for two years, but the staff who were trained when it was installed have all left. If anyone collapsed tomorrow, I honestly don't think anyone on the current team would feel confident using it, and that worries me a lot.

Do you run training sessions on site? We're a small café with six staff, and Monday afternoons are quietest.

Thanks,
Rosa Lima
The Corner Café
""", "normal", "anxious"),
        M("Renewal options for next year", """\
Hi Sarah,

Our lease comes up for renewal in March next year. When the time comes, could you send over the options, including whether we can switch to the fully automatic model? Nothing needed now; I'm just flagging it so it's on your list.

Thanks,
Joe
PulseFit Gym
""", "low", "neutral"),
    ],
    "inpatient": [
        M("Care set for my father - admitted last night", """\
Hello,

My father, Patrick Brennan (84), was admitted to St Luke's, Ward 7, last night after a fall. He has dementia and was taken in by ambulance in his pyjamas with nothing else.

I live in Newcastle, four hours away, and can't get there until Saturday. The ward sister said that your care set would give him gowns, towels and toiletries, but that someone from the family has to sign up for it. Can I do that by email today so he has clean clothes tonight? I'm happy to pay by card.

Thank you,
Declan Brennan
07922 118 305
""", "high", "anxious"),
        M("Charged after discharge", """\
Dear CareLinen,

My mother was discharged from St Luke's on 2 April. Your invoice charges her for the care set until 11 April.

The ward tells me they notified you on the day of discharge. I don't see why we should pay for nine days of gowns she wasn't wearing in a hospital she wasn't in. Please correct this.

Mrs P. Adeyemi
""", "normal", "angry"),
        M("How do I cancel?", """\
Hi, my husband is being discharged on Monday. Do I need to do anything to stop the care set, or does it stop automatically? Thanks, Jean Walsh
""", "normal", "neutral"),
        M("bill", """\
what is this
""", "normal", "angry", True),
        M("Thank you to the ward team", """\
Hello,

My mum came home last week after a month in hospital. I wanted to say thank you to your staff on Ward 4, and especially the lady who does the Tuesday and Friday rounds. She always had a chat with Mum and remembered she liked the lavender soap. It made a real difference to her.

Best wishes,
Helen Carter
""", "low", "positive"),
    ],
    "gold": [
        M("I think I've been phished - please lock my account", """\
Hello,

About an hour ago I got an email that looked like it came from you, saying my account would be suspended unless I confirmed my bank details. I clicked the link and entered my username and password before I realised the web address was wrong.

Since then I've had a "password changed" notification that I didn't do. I hold around 240 g in your vault. I'm really worried someone will sell it or change the bank account the money goes to.

Can you freeze my account until I can speak to someone? My customer number is SV-118204.

Margaret Doyle
01632 960 441
""", "high", "anxious"),
        M("Sale proceeds - £18,400 still not received", """\
Mr Cho,

On 12 May I sold 250 g from my vault holding (sale ref SVB-77310). Your terms say proceeds are paid within 3 working days. It has now been 9.

The money is part of the deposit on a house purchase that completes on Friday. My solicitor needs it in her client account by Thursday at noon. If the funds aren't there, the sale falls through and I lose my own buyer.

I have emailed twice and been told it's "with the finance team". I want a specific answer today: when will the money leave your account?

Richard Hughes
""", "high", "angry"),
        M("Storage fee question", """\
Hi,

I've just opened a vault account and I'm a bit confused by the storage fee. Is the 0.05% a month charged on what I paid for the gold or on its current value? And is it taken in money or in grams?

Thanks,
Luke
""", "normal", "neutral"),
        M("Should I be worried?", """\
Hello,

I started a monthly gold plan last year with some of my savings, mainly because I was told gold holds its value. This month it's down nearly 8% and I keep checking the price at night.

I'm 67 and this money is meant to be my safety net. I don't really understand what's happening. Is it normal for gold to drop like this? I don't want to make a silly decision in a panic.

Yours,
Brenda Hollis
""", "normal", "anxious"),
        M("1 oz coins", """\
Hi there, do you have any plans to sell 1 oz Britannia coins later this year? Just curious, I'm not in a rush to buy.

Cheers,
Tony
""", "low", "neutral"),
    ],
    "glucose": [
        M("Sensor box arrived empty, son leaves for camp tomorrow", """\
Hi,

My son Ben (12, type 1) is going on a four-night school camp tomorrow morning at 8. His replacement sensors arrived today, but when I opened the box it only had the applicator packaging inside, no sensors.

His current sensor runs out on Thursday, while he's at camp. The camp leaders rely on the phone alerts to know when he's going low at night. Without a sensor they'd have to wake him up to finger-prick every few hours.

Is there any way to get a sensor to us tonight, or to the campsite by Thursday? The address is Brockhole Outdoor Centre, Windermere.

Thank you,
Sarah Mills
""", "high", "anxious"),
        M("The new app is a step backwards", """\
I've used GlucoTrack for three years and the update that came out last week is terrible. The 24-hour graph is now three taps away instead of on the home screen, the text is tiny, and it logs me out every day.

Whoever signed this off clearly doesn't use it. Is there any way to go back to the old version?

Neil
""", "normal", "angry"),
        M("New delivery address", """\
Hello, I'm moving house on 28 June. From the July delivery onwards, please send my sensors to 14 Orchard Close, Leamington Spa, CV32 6LT. Account GT-552019. Thank you, Ayesha Khan
""", "normal", "neutral"),
        M("sensor again", """\
sensor again
""", "normal", "neutral", True),
        M("Disposing of used sensors", """\
Hi, how should I get rid of used sensors? I've been keeping them in a jar because of the needle. There's no hurry, I just want to do it properly.

Thanks,
Pete
""", "low", "neutral"),
    ],
    "lifeguard": [
        M("Two lifeguards off sick for tomorrow's early session", """\
Hi Chloe,

Both lifeguards rostered for tomorrow's 6:30 am early swim at Eastfield (Kieran and Dom) have just called in sick. Under our operating procedures we can't open the main pool with fewer than two qualified lifeguards on poolside.

We've got around 60 early swimmers booked plus the triathlon club's session at 7:30. Can you find replacements by 9 pm tonight? If not, I'll need to cancel the session and email everyone this evening.

Thanks,
Mark Fenwick
Duty Manager, Eastfield Leisure Centre
""", "high", "neutral"),
        M("Third request: lifeguard qualification records - audit on Friday", """\
Dear Ms Burns,

I wrote on 2 June and again on 9 June asking for copies of the current pool lifeguard qualifications for all staff Blue Line supplies to council pools. I have not received them or any acknowledgement.

The council's internal audit of leisure contracts takes place this Friday. If I cannot show the auditors that every lifeguard on our sites is qualified, I will have to report that the contractor has not provided evidence, and the contract will be reviewed.

Please send the records by 5 pm Thursday.

Graham Holt
Leisure Contracts Officer, Westbury Borough Council
""", "high", "angry"),
        M("Lifeguard for a pool party", """\
Hi,

We've hired the small pool at Eastfield for our son's 9th birthday on Sunday 22 June, 2-4 pm, and the centre said we need to book our own lifeguard through you. There'll be about 15 kids. How much would that be and how do I book?

Thanks,
Kate Jordan
""", "normal", "neutral"),
        M("Question about the swimming gala", """\
Hello,

My daughter is in the school swimming gala next month. She's only just got her 25 m badge and she's quite nervous in the deep end. How many lifeguards will be on poolside during the races, and will someone be watching the deep end the whole time?

Sorry if this is a silly question, I just want to reassure her (and myself).

Lucy
""", "normal", "anxious"),
        M("Thanks for a great summer", """\
Hi Chloe,

Summer season's over and I wanted to say well done to your team. Not one serious incident in ten weeks, and we've had several parents mention how friendly and alert the lifeguards were. Sam in particular was brilliant with the nervous swimmers.

See you next year,
Mark
""", "low", "positive"),
    ],
    "irrigation": [
        M("Third time asking - engineer still hasn't come", """\
Kate,

I first reported that zones 2 and 3 weren't running on 28 May. I was promised an engineer "this week". I chased on 4 June and was told Monday. Nobody came on Monday, nobody rang, and nobody has answered the two voicemails I left since.

The borders on zones 2 and 3 are wilting badly. My garden opens to the public on Saturday for the National Garden Scheme and about 200 visitors are expected.

I'd like a named engineer and a confirmed time, in writing, today.

David Ellison
""", "high", "angry"),
        M("Setting a second watering time", """\
Hi,

I'd like the lawn zone to water twice a day, at 5 am and 7 pm, but I can only work out how to set one start time on the controller. Is it possible to set two?

Thanks,
Jenny Park
""", "normal", "neutral"),
        M("Mud on the patio", """\
Hi Kate,

Just to let you know, when your engineer left on Tuesday there was quite a lot of mud and a few offcuts of pipe left on the patio near the back door. I've swept it up so no harm done, but you might want to mention it to him for next time.

Otherwise the system's working well.

Ruth Simmons
""", "normal", "neutral"),
        M("zone 3?", """\
zone 3?
""", "normal", "neutral", True),
        M("Extending the system next spring", """\
Hi Kate,

We're planning to put in a new vegetable bed at the far end of the garden next spring. Could the drip system be extended to cover it? Nothing needed until after winter; maybe we could talk about it in February.

Best,
Ruth Simmons
""", "low", "neutral"),
    ],
}
