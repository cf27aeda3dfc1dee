# English incoming customer mails, per domain (written independently).
# T(subject, body, urgency, emotion, terse)
def T(subject, body, urgency, emotion, terse=False):
    return {"subject": subject, "body": body.lstrip("\n"), "urgency": urgency,
            "emotion": emotion, "terse": terse}


TRIAGE_EN = {
    "shoji": [
        T("Panels still not back - third message", """
Hello,

You collected six shoji panels from our guesthouse in Kita-Kamakura on 2 October and said they'd be back within a week. That was three weeks ago.
I emailed on the 12th and the 18th and left a voicemail on Monday. Nothing.

I have guests checking in on Friday afternoon and the tatami room is currently open to the garden. If the panels aren't back by Thursday evening I'll have to cancel that booking and I'll be looking to you for the loss.

Rachel Moore
Hikari Guesthouse
""", "high", "angry"),
        T("Put my foot through a shoji in a rented flat", """
Hi there,

Embarrassing one. I tripped and put my foot straight through the bottom of a shoji panel in the flat I rent. The wooden lattice looks OK but there's a big hole in the paper.
My landlord is quite particular and I'm worried he'll notice if the new paper doesn't match the others exactly — the rest has gone slightly yellow with age.
Is it possible to repair one panel so it blends in, or would you have to do the whole set? I really don't want this to turn into a deposit argument.

Thanks,
Aiden
""", "normal", "anxious"),
        T("Could you do the upstairs fusuma too?", """
Hi Kenta,

Just wanted to say the shoji you re-papered for us last month look fantastic — the reinforced paper has already survived two toddlers and a cat.

We'd now like to get the four fusuma doors upstairs done. Two of them have water marks near the bottom. Could you come and have a look some time next week?

Cheers,
Hannah & Joe Whitfield
""", "normal", "positive"),
        T("doors", """
hi do you do doors
""", "normal", "neutral", True),
        T("Shoji paper for DIY?", """
Hello,

Do you sell shoji paper and glue on their own? I'm thinking about trying to re-paper a small screen myself at some point next year — nothing planned yet, just curious whether it's an option or whether you'd recommend leaving it to a pro.

Best,
Olivier
""", "low", "neutral"),
    ],
    "charcoal": [
        T("Fwd: Shipment on hold - documents required", """
Hi Haruto,

See below from our customs broker. They need a phytosanitary certificate for the last four sacks or the shipment gets destroyed after Thursday (Sydney time). We're also down to our last sack at the restaurant.
Can you send the certificate or tell me who issues it?

Ben Carter
Ember & Ash, Surry Hills

---------- Forwarded message ---------
From: Clearance Team <clearance@harbourbrokers.com.au>
Subject: Shipment on hold - documents required

Dear Customer,
Consignment HB-44172 (charcoal, 60 kg) is held pending a phytosanitary certificate. If documents are not supplied within 5 business days of notice (by Thursday 17:00 AEST) the goods will be re-exported or destroyed at the importer's cost.
""", "high", "neutral"),
        T("Paid twice - still waiting for an answer", """
Dear Yamaguchi Charcoal,

Our accounts team paid invoice YC-0391 (¥182,600) twice by bank transfer, on 28 April and again on 2 May. I wrote to you about this on 3 May and again on 10 May and have had no reply to either.

That is nearly ¥183,000 of a small restaurant's money sitting in your account. I need either a refund or written confirmation that it will be credited against the next order, and I need it this week, as our quarter closes on Friday.

Regards,
Ingrid Lindqvist
Kol & Rök, Stockholm
""", "high", "angry"),
        T("Is binchotan OK indoors?", """
Hello,

We're opening a small robata bar in Toronto and a fire inspector visited yesterday. He asked what we'll be burning and whether it's safe indoors under our extractor hood.

I told him binchotan burns clean, but honestly I'm not 100% sure what I'm talking about and I'm nervous we'll fail the final inspection. Do you have a data sheet or anything about smoke and CO levels I could show him?

Thanks so much,
Min-jun Park
""", "normal", "anxious"),
        T("more", """
need more charcoal
""", "normal", "neutral", True),
        T("Kiln visit in English?", """
Hi,

My partner and I are thinking of a trip to Wakayama, maybe next spring, and would love to see a charcoal kiln. Do you ever show visitors around, and is there anyone who speaks some English? No dates yet, so no rush at all.

Best wishes,
Sophie
""", "low", "neutral"),
    ],
    "glassblow": [
        T("Our pieces - we leave Japan on Sunday", """
Hello,

We did the glassblowing session last Tuesday (booking under Rahman, 2 people) and were told our glasses would be posted to our hotel in Kyoto.
They haven't arrived, and we check out on Saturday morning and fly home to Dhaka on Sunday. The blue glass was meant to be a present for my mother's 70th birthday, which is why we came.

Is there any way to find out where they are? I'm worried they'll arrive after we've gone.

Farhana Rahman
""", "high", "anxious"),
        T("No-show fee charged after I cancelled - second email", """
Hi,

I cancelled our session for 9 March by email on 4 March (I still have your automatic reply). You then charged my card ¥22,000 as a "no-show fee" on 9 March.
I wrote about this on 12 March and got no answer.

My card statement closes on the 20th. Please refund the charge before then, or I will dispute it with the card company.

Mark Ellison
""", "high", "angry"),
        T("Group booking for 6 in April", """
Hello,

I'd like to book a glassblowing session for six colleagues on a team day in April — ideally Friday 11 or Friday 18, any time after 1 p.m.
A couple of us are left-handed; is that a problem?
Could you also send an invoice in the company's name (Brightwell Consulting KK) rather than charge a card on the day?

Thanks,
Nadia Brooks
""", "normal", "neutral"),
        T("tomorow", """
can we come tomorow?
""", "normal", "neutral", True),
        T("Do you sell online?", """
Hi,

I saw some of your tumblers in a café in Kanazawa and loved the colour. Do you sell any pieces online, or only at the studio? I'm in no hurry — just bookmarking you for Christmas presents later in the year.

Cheers,
Liam
""", "low", "neutral"),
    ],
    "pickles": [
        T("Sesame in the assorted pickles?", """
My husband has a serious sesame allergy. He ate some of the assorted pickles from your shop about 40 minutes ago and now says his lips are tingling and his throat feels tight.
The English label doesn't mention sesame but I can't read the Japanese part.
Does anything in that set contain sesame or sesame oil? I'm about to take him to the clinic and want to tell the doctor what he ate.

Lisa Tanaka-Hughes
Order UM-90114
""", "high", "anxious"),
        T("Chilled parcel held at HK customs", """
Dear Umeya,

Our monthly chilled order (EMS EN 880 317 225 JP) has been showing "held at inward office of exchange" in Hong Kong since Monday. The cool pack in these parcels lasts about four days, so by tomorrow the umeboshi and nukazuke will be at room temperature and we will not be able to serve them.

Could you contact EMS from your side, or tell us what document customs is waiting for? We can send someone to the office tomorrow morning.

Kind regards,
Kelvin Ho
Purchasing, Shiro Izakaya (Wan Chai)
""", "high", "neutral"),
        T("Cracked lid again", """
Hi,

This is the third order in a row where the umeboshi jar has turned up with a cracked lid. Juice all over the box, all over my hall floor.
I like your pickles. I don't like paying international shipping for a mess. Are you going to do something about the packing or should I just stop ordering?

Daniel
""", "normal", "angry"),
        T("Shipping to Germany", """
Hello,

Can you ship to Germany? I know there are rules about bringing food into the EU — do your pickles count as a plant product, and is there any paperwork I need to do on my side?

Best regards,
Katrin Vogel
Freiburg
""", "normal", "neutral"),
        T("Pickled ginger recipe?", """
Hi! Random question — the pickled young ginger in my last box was amazing. Do you share the recipe, or at least the rough ratio of vinegar to sugar? Totally fine if it's a secret, and no hurry either way.

Ana
""", "low", "neutral"),
    ],
    "retrogame": [
        T("Virtual Boy repair - 6 weeks, 3 emails, no reply", """
Hi,

I posted my Virtual Boy to you on 3 September. Japan Post tracking shows it was delivered on 9 September.
Since then I've emailed on the 20th, the 1st and the 9th asking for an update or even just confirmation that you've got it. Not a single reply.

It's not a cheap console to replace. I'd like to know today where it is and what's happening, or I'll be opening a claim with Japan Post and leaving reviews to warn others.

Greg Ward

> On 1 Oct, Greg Ward wrote:
> Hi, just checking whether my Virtual Boy arrived? Tracking says delivered.
""", "high", "angry"),
        T("N64 shipped without insurance", """
Hi guys,

Silly me — I shipped my N64 to you yesterday and only afterwards realised I didn't add insurance or "fragile" stickers. It was in a shoebox with some towels.
It belonged to my dad and I'd be gutted if it got smashed on the way. Is there anything I can do now, and will you check it over carefully when it arrives?

Jamie
""", "normal", "anxious"),
        T("wont turn on", """
it wont turn on
""", "normal", "neutral", True),
        T("Game Gear works great - second one?", """
Hey Daichi,

Just a note to say the Game Gear arrived and it's better than when I bought it in 1993 — the new screen is gorgeous.
My brother has one with the same dead-capacitor problem. Can I send it in the same way, and would the price be the same?

Cheers,
Lucas
""", "normal", "positive"),
        T("Refurbished consoles?", """
Hello,

Do you ever sell refurbished consoles, or do you only repair ones people send in? Just curious for the future — I'm not looking to buy right now.

Thanks,
Priyanka
""", "low", "neutral"),
    ],
    "puppet": [
        T("Tomorrow's show - our hall flooded", """
Dear Donguri Puppet Theatre,

A pipe burst in our school hall last night and the floor is under water. Your show is booked for tomorrow at 9:00 for 120 children.
We could offer the gym instead — it's larger but has no stage and the power sockets are only along one wall.
Would that work for you? We have to tell parents by 7 p.m. tonight whether the show goes ahead, and I really don't want to disappoint the children.

Claire Dubois
Events coordinator, Harbour International School
""", "high", "anxious"),
        T("Invoice - travel costs", """
Hello,

Your invoice for last month's show includes ¥18,000 for travel. Our agreement said the fee was ¥65,000 "all inclusive" — I have your email confirming that.
I'm not happy being billed for something we explicitly agreed wasn't extra. Please reissue the invoice.

> The fee of ¥65,000 is all inclusive, including travel and set-up.

Simon Hale
Parents' Association Treasurer
""", "normal", "angry"),
        T("our kids", """
Hi, is the show ok for our kids?
""", "normal", "neutral", True),
        T("Family day at the embassy - availability?", """
Hello,

We're organising a family day at the residence of the Finnish Ambassador on Saturday 14 September and would like a short puppet show for around 40 children, aged 2 to 10. Most speak some Japanese; a few don't.
Could you let me know if you're free, your fee, and what you'd need from us (space, power, etc.)?

Best regards,
Aino Lehtinen
""", "normal", "neutral"),
        T("Shows in English?", """
Hi,

Do you ever perform in English, or with English narration? We don't have anything planned yet — I'm just gathering ideas for next year's events at our playgroup.

Thanks,
Megan
""", "low", "neutral"),
    ],
    "taxidermy": [
        T("Our dog died this morning and we fly home Thursday", """
Hello,

I'm sorry to write out of the blue. Our dog, Bruno, died early this morning. We're a Canadian family living in Osaka and we fly home for good on Thursday.
We'd like to have him preserved and brought to Canada eventually, but we have no idea whether that's possible, how long we have, or how to keep him until then — he's a 20 kg Labrador and we have nowhere cold enough.
Please could someone tell us what to do?

Marie Bouchard
080-4421-9930
""", "high", "anxious"),
        T("Sika deer cape - leaving Japan Tuesday", """
Hi,

I took a Sika buck on a licensed hunt near Shibetsu yesterday. The guide skinned the cape and it's currently in his chest freezer.
I fly back to New Zealand on Tuesday. I'd like a shoulder mount, shipped later, and I need to know what export and import paperwork you'd prepare versus what I need to do before I leave.
Can I bring the cape to you on Monday?

Regards,
Tom Reilly
""", "high", "neutral"),
        T("Crest on our cockatiel", """
Hello,

We picked up Pip's mount on Saturday. The crest has been glued on at an angle that he never, ever held it at, and there's a visible line of glue at the base.
We sent you about twenty photos of him for exactly this reason. For ¥150,000 I expected it to look like him.
What are you going to do about it?

Sarah Kwan
""", "normal", "angry"),
        T("Cleaning a fox skull", """
Hi,

I found a fox skull on a hike (already mostly bare, no fur). Do you clean and whiten skulls, and roughly what would it cost? Is there any legal issue with keeping it?

Best,
Noah
""", "normal", "neutral"),
        T("Beginner workshops?", """
Hello,

Do you ever run workshops for beginners — small birds or insects, say? I'd love to learn the basics at some point, but there's no rush; I'm just putting feelers out.

Thanks,
Eleanor
""", "low", "neutral"),
    ],
    "sword": [
        T("Need my sword back before I move to the US", """
Dear Aoyama-san,

You've had my katana since January for polishing. My company is transferring me back to Chicago and I fly out on Friday 28 June.
I understand I'll also need an export permit from the Agency for Cultural Affairs, which I'm told takes time.
Could you tell me whether the polish can be finished, or the sword returned as it is, by Wednesday 26th? I need to plan the paperwork around it.

Best regards,
Michael Grant
""", "high", "neutral"),
        T("Sword returned without its registration certificate", """
Aoyama Togishi Studio,

My wakizashi arrived back yesterday. The registration certificate was not in the box. I called your studio twice this morning and got no answer.

I'm displaying the blade at the Tokyo sword collectors' meeting on Saturday, and I'm not permitted to transport it there without the certificate. I also understand I'm not legally supposed to have it at home without the papers.

I need the certificate sent to me by tomorrow. Please confirm today that it has gone out.

Jonathan Price
""", "high", "angry"),
        T("Polishing estimate", """
Hello,

I'd like an estimate for polishing a katana, blade length 71 cm, signed (mei) on the tang. It has a few small rust spots near the habaki and the polish is generally dull. It's registered in Tokyo.
Would you need to see it in person first, or can you quote from photos?

Regards,
Arjun Mehta
""", "normal", "neutral"),
        T("Is this rust?", """
Hello,

I oiled my tanto last week and today I noticed a small dark spot on the flat of the blade, about 2 mm across. I'm not sure if it's rust or just old oil.
I don't want to make it worse by rubbing it. Should I leave it alone until someone can look? Is it going to spread? I'm honestly a bit panicked — it was my grandfather's.

Chris
""", "normal", "anxious"),
        T("Books on polishing stages", """
Hi,

Is there a book (English or Japanese) you'd recommend for understanding the stages of a traditional polish? I'd like to appreciate what I'm looking at next time I visit. No rush at all.

Best,
Ethan
""", "low", "neutral"),
    ],
    "inflatables": [
        T("Strong wind forecast for tomorrow's family day", """
Hello Poyon team,

We have the large castle booked for tomorrow's family day at the embassy compound in Azabu (about 100 children expected).
The forecast now says gusts up to 15 m/s in the afternoon. I'm worried about the castle lifting with kids inside.
Should we still go ahead, move it indoors, or cancel? I need to confirm the programme to staff by 6 p.m. today.

Anna Schmidt
Community Liaison Office
""", "high", "anxious"),
        T("Where is the bouncy castle??", """
The bouncy castle for my son's birthday party was booked for 1:30 set-up at Kinuta Park. It's now 2:40, the kids have been here since 2, and nobody has turned up.
I've called your number four times. Nobody answers.
Twenty 6-year-olds are asking where the castle is. Call me NOW on 090-7723-1184.

Sam Okoro
""", "high", "angry"),
        T("Quote for a school fair", """
Hi,

We're holding our school fair on Saturday 8 November, 10:00–15:00, on a grass field about 30 × 20 m. We expect around 300 visitors, mostly primary-age.
Could you quote for two inflatables (one for under-6s, one for older kids), including set-up and an attendant if you provide one?

Thanks,
Ruth Adeyemi
PTA, Setagaya International School
""", "normal", "neutral"),
        T("Power supply question", """
Hello,

The hall we've booked for our December party has only one socket near the stage, and it's about 25 m from where we'd put the castle. Would a long extension cable be OK, or do you bring a generator?

Best,
Kim
""", "normal", "neutral"),
        T("Thinking about next summer", """
Hi there,

We're vaguely thinking about hiring a water slide inflatable for a neighbourhood party next summer. Do you have those, and roughly what do they cost? Nothing is decided — just collecting prices.

Cheers,
Paul
""", "low", "neutral"),
    ],
    "chochin": [
        T("Lantern delivery - courier needs suite number", """
Hi Aya,

The courier (DHL 7731 0046 21) says the lantern parcel can't be delivered because the address is incomplete — it's missing our suite number.
Our grand opening is Saturday 14 June and the lanterns are the centrepiece of the façade.
Could you please update the address with them to: Suite 2B, 118 Orchard St, New York, NY 10002? They say the shipper has to make the change.

Many thanks,
Kenji Ramos
Nomi Izakaya
""", "high", "neutral"),
        T("Characters upside down", """
Hello,

The lanterns arrived today and the characters on the back of both are upside down when hung. I approved a proof that was the right way up — I've attached it.
We're not opening for another month, but I'm frankly annoyed that I have to spend my time on this after approving everything carefully.

Dana
""", "normal", "angry"),
        T("Did my payment go through?", """
Hi,

I paid ¥60,500 for two lanterns by bank transfer from Australia last Tuesday, but I haven't had any confirmation and the order page still says "awaiting payment".
It's the first time I've sent money overseas and I'm worried I entered something wrong and it's vanished. Could you check whether you've received it?

Reference: Olivia Grant / order HK-20977
""", "normal", "anxious"),
        T("Four more please!", """
Hi Aya,

The lanterns look gorgeous outside the shop — people stop to take photos every evening!
We'd like four more in the same size, two red and two white, with just our logo (no text). Could you send a quote?

Priya
""", "normal", "positive"),
        T("Latin letters?", """
Hello,

Can you paint Latin letters on lanterns, or only Japanese characters? Our town's Japan festival is next autumn and I'm collecting ideas — nothing decided yet.

Regards,
Hendrik
""", "low", "neutral"),
    ],
    "bamboo": [
        T("Cancelled class - I've asked twice for a refund", """
Hello,

On 18 May I travelled two hours to your workshop for the Sunday basket class and found a note on the door saying it was cancelled. No email, no call.
I wrote on 19 May and 26 May asking for a refund of that session (¥4,500) plus the train fare, and have heard nothing.
I'd like a reply this time, please.

Fiona Grant
""", "high", "angry"),
        T("Is the bamboo treated?", """
Hi,

I'd love to join the basket class, but I react badly to some wood treatments and varnishes (eczema flares up on my hands).
Is the bamboo you use treated with anything — insecticide, oil, lacquer? I'm nervous about spending six weeks with my hands in it if it is.

Thanks,
Marta
""", "normal", "anxious"),
        T("Loved the class - steamer baskets?", """
Hi Sayaka,

Thank you for Sunday's class — I've never been so proud of a slightly wonky basket.
Do you also make bamboo steamer baskets? I'd like to buy a two-tier one, about 24 cm across.

Cheers,
Becky
""", "normal", "positive"),
        T("Class in English?", """
Hello,

I live in Yokohama and speak basic Japanese. Would I be able to follow the basket-weaving course, or is there any English support? Also, is there a weekday evening option?

Thanks,
Rohan
""", "normal", "neutral"),
        T("Gift voucher", """
Hi,

Do you offer gift vouchers for the class? I'm thinking of one for my sister's birthday, which isn't until March next year, so there's plenty of time.

Best,
Claire
""", "low", "neutral"),
    ],
    "mahjong": [
        T("My mother's heart tablets - left at the club?", """
Hello,

My mother, Margaret Hill, was at your English class yesterday afternoon. She's just realised her medication pouch is missing and thinks she left it on the table — it has her heart tablets, which she has to take tonight.
Her pharmacy is closed until Monday. Could someone check the room and tell me if it's there? I can come and collect it any time this evening.

Jane Hill
080-3310-5562
""", "high", "anxious"),
        T("Not a beginners' table", """
Hi,

I signed up for the beginners' session on Thursday and was told I'd be with other new players. Instead I was put with three regulars who sighed every time I hesitated and one of them actually reached over and discarded a tile for me.
I left early. Not the welcome I was expecting.

Tom
""", "normal", "angry"),
        T("Can my wife join too?", """
Hello Mei,

Thank you for the English class — I've had more fun these last four Tuesdays than I have in months.
My wife would like to join as well. Is there space in the Tuesday group, and is there a discount for couples?

Best,
Robert
""", "normal", "positive"),
        T("still on?", """
Still on?
""", "normal", "neutral", True),
        T("Scoring sheet", """
Hi,

Do you sell the laminated scoring sheet you use in class? I'd like one for playing at home with friends. Whenever you get a chance.

Thanks,
Helen
""", "low", "neutral"),
    ],
}
