# English reply drafts, grouped per domain. labels [] = clean. Written independently of ja.

def d(subject, text, *labels):
    return {"subject": subject, "text": text, "labels": list(labels)}

DRAFTS = {
    "yearbook": [
        # apology lacking cause
        d("Missing page in your Year 11 yearbooks",
          "Dear Ms Okafor,\n\n"
          "I'm very sorry that page 37 — the drama club spread — was left out of the Year 11 yearbooks delivered on Tuesday.\n"
          "We've reprinted all 96 copies with the page in place, and they will be delivered to the school office on Friday 20 June before 10 am. Our driver will collect the faulty copies at the same time.\n"
          "From now on, every finished book goes through a page-count check against the approved proof before it is boxed.\n\n"
          "Kind regards,\nLeon Marsh\nBrightpage Yearbooks\n", "apology_incomplete"),
        # clean: request with reason and date
        d("Please approve your cover proof by 14 March",
          "Hi Mr Adeyemi,\n\n"
          "Your cover proof is attached. Could you approve it, or send any changes, by Friday 14 March? The bindery needs the final file on the 17th to deliver before graduation on 4 April.\n\n"
          "Two things worth checking: the spelling of the school motto on the spine, and the year on the back cover (we've put 2025).\n\n"
          "Thanks,\nLeon\nBrightpage Yearbooks\n"),
    ],
    "yakatabune": [
        # placeholder date
        d("Your dinner cruise booking is confirmed",
          "Dear Mr Lindqvist,\n\n"
          "Thank you for booking our evening cruise for your team. Here are your details:\n\n"
          "Date: DD/MM\nBoarding: 18:15 at Asakusa pier (exit A4, 3 minutes' walk)\nDeparture: 18:30, return 21:00\nGuests: 18, tempura course with drinks\nTotal: ¥198,000, payable on board\n\n"
          "If anyone in your group has a food allergy, please tell us two days before so the kitchen can prepare a separate tray.\n\n"
          "Best regards,\nSakura Maru Cruises\n", "placeholder_left"),
        # clean apology, full
        d("Apology for the cold tempura on Saturday's cruise",
          "Dear Ms Duarte,\n\n"
          "I'm sorry that the tempura served on your cruise last Saturday arrived cold and soggy. It spoiled the centrepiece of the meal, and you were right to tell us.\n\n"
          "What went wrong: our second fryer failed shortly after departure, so the crew cooked for 40 guests on a single fryer and plated in batches that sat too long.\n"
          "We have refunded ¥44,000, the full food portion of your booking, to the card you paid with; it should appear within five working days.\n"
          "The fryer has been replaced, and we now carry a spare burner and test both fryers at the pier before every sailing.\n\n"
          "With apologies,\nKenji Ota\nOperations Manager, Sakura Maru Cruises\n"),
    ],
    "musicbox": [
        # purpose buried
        d("A note from the workshop",
          "Dear Priya,\n\n"
          "Spring is always our busiest season — weddings, graduations and new babies keep the workbench full.\n"
          "This year we've started using a walnut case alongside our usual cherry, and customers seem to love the darker grain.\n"
          "We've also extended our comb range to 50 notes for longer melodies.\n\n"
          "On your order: the melody you picked needs 36 notes, so it won't fit the 18-note movement you chose. Could you let us know whether to upgrade to the 30-note movement (+£40) or shorten the tune?\n\n"
          "Warmly,\nHattie\nTinkle & Comb\n", "purpose_not_upfront"),
    ],
    "baseball": [
        # dismissive
        d("Re: glove stiffness",
          "Hi Marcus,\n\n"
          "Thanks for your email. All new gloves are stiff; that's just leather. We don't accept returns on gloves that have been used, and there's not much more to say on the subject.\n\n"
          "Regards,\nDugout Supply\n", "dismissive"),
        # clean: repair quote with clear ask
        d("Repair quote for your catcher's mitt — reply by Wednesday to keep your slot",
          "Hi Jess,\n\n"
          "We've had a look at the mitt. The palm padding is compressed and two laces at the web have split. Here's the quote:\n\n"
          "- Re-pad the palm: $38\n- Relace web and heel: $30\n- Conditioning: included\n\n"
          "Total $68. If you reply by Wednesday evening, we can have it back to you on Saturday morning, in time for your tournament. After Wednesday the next slot is the following Tuesday.\n\n"
          "Cheers,\nRay\nDugout Supply\n"),
    ],
    "beetles": [
        # clean: arrival guidance
        d("Your stag beetle larvae: what to do when they arrive",
          "Hello Ahmed,\n\n"
          "Your three larvae go out on Monday and should reach you Tuesday before noon. A few things will help them settle:\n\n"
          "1. Please open the box within an hour or two of delivery, since the insulated packing only keeps them cool for about a day.\n"
          "2. Each larva should stay in its own pot, because they will bite each other if housed together.\n"
          "3. They do best somewhere between 18 and 24°C; much warmer than that and they lose weight.\n\n"
          "If any larva looks shrivelled or isn't moving after 24 hours, I'll replace it free of charge as soon as I've seen a photo.\n\n"
          "Best,\nNadia\nBeetle Barn\n"),
        # apology lacking prevention
        d("Sorry about the mixed-up order",
          "Hi Chloe,\n\n"
          "I'm really sorry — you ordered a pair of Dynastes hercules and we sent you two males.\n"
          "That happened because the two containers were labelled by hand and one label had been written incorrectly at the breeding shelf.\n"
          "A female from the same bloodline went out to you this morning by next-day delivery, and you're welcome to keep the second male at no charge.\n\n"
          "Nadia\nBeetle Barn\n", "apology_incomplete"),
    ],
    "succulents": [
        # placeholder {name}
        d("Your plants are on their way",
          "Hi {first_name},\n\n"
          "Good news: your order of 6 echeverias and the terracotta trio has been packed and handed to the courier today. It should arrive within two working days.\n\n"
          "When they arrive, give them a few days in bright, indirect light before moving them into full sun, as they've been in the dark for a while.\n\n"
          "Happy growing,\nThe Prickly Patch team\n", "placeholder_left"),
        # clean: unknown with follow-up
        d("Re: Will the Aloe polyphylla survive outdoors in Leeds?",
          "Hi Graham,\n\n"
          "Good question, and I don't want to guess. We've only grown Aloe polyphylla under glass, so I don't have first-hand data on how it copes with a wet northern winter.\n\n"
          "I've asked the grower we source it from, who keeps plants outdoors in Cumbria, and I'll write back with their answer by next Friday, 22 November. If it turns out not to be hardy enough, I'll suggest a couple of alternatives that are.\n\n"
          "Best,\nMaya\nThe Prickly Patch\n"),
    ],
    "dogwear": [
        # clean apology, full
        d("Apology: the raincoat zip that broke on the first walk",
          "Dear Ms Fairbanks,\n\n"
          "I'm sorry the zip on Pepper's raincoat came apart on its first outing. You paid for something made to last, and it didn't.\n\n"
          "We traced it to a batch of zips from a new supplier that failed our pull test less often than they should have — we only tested one per box instead of each zip.\n"
          "A replacement coat with a heavy-duty zip was posted this morning by first class, and we've refunded your original postage of £4.95.\n"
          "We've gone back to our previous supplier, and every zip is now pull-tested before it's sewn in.\n\n"
          "Sorry again,\nOwen\nWagtail Tailoring\n"),
        # purpose buried
        d("Hello from Wagtail Tailoring",
          "Hi Daniel,\n\n"
          "Thanks so much for choosing us for Bruno's jumper! Every piece we make is cut by hand in our studio in Frome from British wool.\n"
          "We started Wagtail six years ago after struggling to find anything that fitted our own lurcher, and we've now dressed over 3,000 dogs.\n"
          "Our winter colours are mustard, forest and heather, and we'll be adding a matching snood next month.\n\n"
          "One thing we still need from you: Bruno's neck, chest at the widest point, and back length from collar to base of tail. Pattern cutting starts on Monday, so measurements by Sunday will keep your order on schedule.\n\n"
          "Owen\nWagtail Tailoring\n", "purpose_not_upfront"),
    ],
    "birding": [
        # purpose buried
        d("Autumn at the marsh",
          "Hello Ruth,\n\n"
          "The first pink-footed geese arrived on the estuary last week, about ten days earlier than usual. Our guides counted over 4,000 on Saturday's dawn walk.\n"
          "We've also installed a new hide at the north end of the reserve, with step-free access and room for a wheelchair.\n"
          "Our winter programme will be published next month.\n\n"
          "About your booking for 12 October: the minibus we use is off the road that day, so the group would need to meet at the reserve car park instead of the station. Please let us know if that still works for you, or we can move you to the 19th.\n\n"
          "Best wishes,\nFen Edge Birding\n", "purpose_not_upfront"),
        # clean: cancellation and refund
        d("Saturday's owl walk is cancelled — full refund or new date",
          "Hi everyone,\n\n"
          "Saturday's evening owl walk is cancelled because the Met Office has issued a wind warning for the reserve.\n\n"
          "You can either take a full refund of £25, which we'll send within five working days, or move to the same walk next Saturday. A one-word reply of 'refund' or 'move' by Thursday is all we need to sort it.\n\n"
          "Sorry to disappoint, and thanks for understanding.\nFen Edge Birding\n"),
    ],
    "nameplate": [
        # clean: proof approval
        d("Your house sign proof — approval needed before we engrave",
          "Dear Mr and Mrs Whitcombe,\n\n"
          "Your proof for 'Orchard Cottage' in Garamond on Welsh slate is attached. Please check the spelling and the house number carefully, because once the slate is engraved it can't be corrected.\n\n"
          "If you're happy with it, a reply saying 'approved' is all we need. We'll engrave the next working day and dispatch within 7 working days.\n\n"
          "Kind regards,\nSlate & Letter\n"),
    ],
    "rollerrink": [
        # clean: booking change request with reason
        d("Can we move your party to 3 pm on 24 May?",
          "Hi Sinead,\n\n"
          "We need to ask a favour. A school group has booked the whole rink for the morning of Saturday 24 May, and to fit them in we'd like to move your daughter's party from 1 pm to 3 pm on the same day.\n\n"
          "If the new time doesn't work, you're welcome to keep your 1 pm slot — the school will take a different date. Either way, could you let us know by Monday? As a thank-you for considering it, we'll add free slushies for all the kids if you switch.\n\n"
          "Thanks,\nDev\nSpin City Roller Rink\n"),
    ],
    "noren": [
        # apology lacking what was done
        d("About the colour of your shop curtain",
          "Dear Mr Hughes,\n\n"
          "I'm sorry that the noren you received is a much lighter blue than the sample we showed you. I understand how disappointing that is for your opening.\n\n"
          "The difference comes from the dye vat: we used a fresh batch that hadn't yet reached full strength, and we didn't compare it against the sample before dyeing.\n"
          "In future, every piece will be checked against the approved swatch under daylight before it leaves the workshop.\n\n"
          "Best regards,\nAiko\nIndigo Thread Studio\n", "apology_incomplete"),
    ],
    "sportsday": [
        # clean: info with clear purpose
        d("Wet-weather plan for your sports day on 7 June",
          "Hi Priti,\n\n"
          "Here's what happens if it rains on 7 June. We'll make the call at 3 pm the day before and ring you straight away.\n\n"
          "If we move indoors, the sports hall at Westfield Leisure is held for us. Relays and the obstacle course move inside; the tug-of-war is replaced with a team quiz, because a wet field is too slippery to pull safely.\n\n"
          "Nothing changes on price. If you have any questions, you can reply to this email.\n\n"
          "Sam\nFunField Events\n"),
        # placeholder price
        d("Quote for your company sports day",
          "Hi Olivia,\n\n"
          "Thanks for getting in touch about your team sports day on 21 September. For 120 people, our Full Day package includes:\n\n"
          "- Eight events with all equipment\n- Two hosts and a first-aider\n- Medals and a trophy\n- PA system and marquee\n\n"
          "Total: £X,XXX + VAT\n\n"
          "To hold the date, we'll need a 20% deposit by 1 August.\n\n"
          "Sam\nFunField Events\n", "placeholder_left"),
    ],
}
