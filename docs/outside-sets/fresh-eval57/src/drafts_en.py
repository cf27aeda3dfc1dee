"""English reply drafts, per domain (written on their own, not translated)."""
from common import d

DRAFTS_EN = {
    "workshop_b": [
        d("Your order of 60 lavender gift bags: ready for collection on 4 December",
          "Hi Priya,\n\n"
          "Your 60 lavender gift bags will be ready to collect from the workshop from 10 am on Wednesday 4 December.\n\n"
          "The bags are packed in three boxes of 20, each labelled with your company name. "
          "If collection doesn't suit, we can deliver on Friday 6 December for a flat £12.\n\n"
          "The invoice (£330, no VAT as we're a registered charity) is attached and is payable within 30 days.\n\n"
          "Thanks again for supporting our members' work.\n\n"
          "Dan Whitfield\nOrders, Brookside Works\n01632 960 418"),
        d("Quote for envelope stuffing",
          "Dear [Client Name],\n\n"
          "Thank you for asking Brookside Works to quote for your spring mailing.\n\n"
          "For 5,000 A5 envelopes, each with a letter and a reply card, our price is £410. "
          "The work takes eight working days from the day the printed materials arrive here, "
          "and we'll return the filled envelopes sorted by postcode, ready for Royal Mail.\n\n"
          "If you're happy to go ahead, just reply to this email and we'll book you into the schedule.\n\n"
          "Best wishes,\nDan Whitfield\nBrookside Works",
          "ph"),
    ],
    "coldstore": [
        d("Temperature excursion in Chamber 4 on 2 March",
          "Dear Ms Okafor,\n\n"
          "I'm writing about the temperature alarm in Chamber 4, where your frozen berries are stored.\n\n"
          "We're very sorry. Between 01:30 and 03:10 on Sunday 2 March the chamber rose from -24°C to -16°C. "
          "Our engineer found that a condenser fan motor had burnt out; he replaced it on site and the chamber was back below -22°C by 04:00. "
          "The data-logger export for the whole weekend is attached.\n\n"
          "We'll be looking at our maintenance arrangements in due course.\n\n"
          "Kind regards,\nTom Brennan\nSite Manager, Northgate Cold Storage",
          "apol vague"),
        d("Booking slot needed for your 14 March delivery",
          "Hi Marco,\n\n"
          "Could you book a delivery slot for the 26 pallets of gelato arriving on 14 March? "
          "Our loading bays are fully booked on Fridays, and a reefer without a slot may have to wait several hours outside, which isn't good for the product.\n\n"
          "Slots can be booked at northgate-cold.example.com/slots until 4 pm the day before. "
          "The 6-8 am and 2-4 pm slots on the 14th are still free at the moment.\n\n"
          "Thanks,\nAisha\nInbound Team, Northgate Cold Storage"),
    ],
    "nuts": [
        d("Mould in your pack of Medjool dates - our apology and what we've done",
          "Dear Mr Hallam,\n\n"
          "Thank you for sending the photos, and I'm truly sorry that the Medjool dates you opened had mould on them. Please don't eat any from that pack.\n\n"
          "We checked the batch (L2291) and found that one pallet had been stored next to a door that was left open during the heatwave, so some packs took on moisture before they were sealed. "
          "We've withdrawn all remaining packs from that batch and refunded your £14.50 to your card this morning; a fresh 1 kg pack from a new batch is also on its way and should reach you on Thursday.\n\n"
          "From this week, every batch is moisture-tested before packing, and the store-room door now has an alarm if it's left open for more than five minutes.\n\n"
          "With apologies again,\nRuth Cole\nCustomer Care, Kernel & Co."),
        d("Hello from Kernel & Co.",
          "Hi Sophie,\n\n"
          "Autumn is our favourite time of year at Kernel & Co. The new-season walnuts have just arrived from our growers in the Dordogne, "
          "and this year's crop is the sweetest we've tasted in a while. We've also added a cranberry and pecan mix to the shop, which has been flying off the shelves.\n\n"
          "We've been busy in the warehouse too, switching all our pouches to home-compostable film.\n\n"
          "By the way, the courier returned your last monthly box to us as 'address not known'. "
          "Could you confirm your current address by Friday so we can send it back out before the weekend?\n\n"
          "Warmly,\nThe Kernel & Co. team",
          "purp"),
    ],
    "steelfab": [
        d("Delivery of level 3 steel: Tuesday 8 October, 7:00 am",
          "Hi Gareth,\n\n"
          "The level 3 steel for Riverside Court will arrive on site at 7:00 am on Tuesday 8 October on two artic trailers.\n\n"
          "Load 1: 14 columns and the east-side primary beams. Load 2: west-side primary beams, secondaries and bracing.\n"
          "Our erectors will start lifting as soon as your crane is set up; we've allowed five hours to unload both.\n\n"
          "Please keep the north gate clear from 6:45, because the trailers can't wait on Mill Lane without blocking the bus route.\n\n"
          "Cheers,\nNeil Drummond\nContracts Manager, Drummond Steel Fabrications\n07700 900 552"),
        d("Incorrect bolt holes on beams B7-B9",
          "Dear Gareth,\n\n"
          "I'm sorry that beams B7 to B9 arrived on site with bolt holes that don't line up with the column cleats.\n\n"
          "We've collected the three beams this morning. They'll be corrected in our workshop today and redelivered first thing tomorrow, "
          "so your erectors should be able to finish that bay by tomorrow afternoon.\n\n"
          "From now on, every beam with a drawing revision will be checked against the latest revision by a second person before it leaves the yard.\n\n"
          "Regards,\nNeil Drummond\nDrummond Steel Fabrications",
          "apol"),
    ],
    "career": [
        d("Your session on {session_date}",
          "Hi {first_name},\n\n"
          "Just a reminder that your next coaching session with Hannah is on {session_date} at 6:30 pm.\n\n"
          "Hannah would like to look at the two job ads you mentioned, so if you could paste the links into your client portal before the session, she can read them in advance.\n\n"
          "See you then,\nThe Waypoint Coaching team",
          "ph"),
        d("Re: Does the package include salary negotiation?",
          "Hi Jonah,\n\n"
          "Good question, and I want to give you an accurate answer rather than a guess. "
          "Salary negotiation isn't listed in the Career Change package, but some coaches have covered it within the six sessions before. "
          "I'm checking with Hannah whether she's comfortable doing that for you, and I'll come back to you by Wednesday 5pm.\n\n"
          "If it turns out not to fit, there's a single 45-minute negotiation prep session for £65 that we could add on.\n\n"
          "Best,\nMeera\nClient Success, Waypoint Coaching"),
    ],
    "beads": [
        d("Your order #44170 has shipped (one item to follow)",
          "Hi Lou,\n\n"
          "Good news: your order #44170 left us today by Royal Mail Tracked 48, tracking number TN 4419 2231 0GB.\n\n"
          "Everything is in the parcel except the 2 mm sterling crimp beads, which are due in on 12 June. "
          "We'll post them separately as soon as they arrive, at no extra postage.\n\n"
          "Happy beading!\nCass\nBeadwell Supplies"),
    ],
    "kidshoes": [
        d("News from Little Steps",
          "Hi Claire,\n\n"
          "Spring has arrived at Little Steps! Our new range of sandals is in store now, in twelve colours, and we've extended our Saturday opening hours until 6 pm.\n\n"
          "We're also excited to welcome Jess to the fitting team. Jess has ten years' experience fitting children's shoes and will be at the shop every weekday morning.\n\n"
          "One more thing: the manufacturer of the Explorer Velcro trainers has found that the toe cap can come loose on some pairs sold between January and March, which could cause a trip. "
          "Our records show you bought a pair in February. Please stop using them and bring them in for a free replacement or refund.\n\n"
          "See you soon,\nThe Little Steps team",
          "purp"),
        d("We sent the wrong colour - a new pair is on its way",
          "Dear Mrs Adeyemi,\n\n"
          "I'm very sorry that the school shoes you ordered in black arrived in navy, especially with term starting next week.\n\n"
          "The two colours share a box design, and our picker went by the box rather than scanning the barcode. "
          "The black pair (size 11.5) went out this morning by next-day delivery, and the courier will collect the navy pair when they drop the new one off, so you don't need to repack anything.\n\n"
          "We've changed our packing process so that every pair is scanned before it's boxed, which would have caught this.\n\n"
          "Kind regards,\nOwen\nLittle Steps Online"),
    ],
    "mystery": [
        d("Report 7781 - rejected",
          "Hello,\n\n"
          "Your report for the garden centre visit has been rejected.\n"
          "This is the third time this quarter. The guidelines are very clear and it really shouldn't be this difficult to follow them. "
          "Read section 4 again and resubmit.\n\n"
          "Evaluator Support\nShopperLens",
          "cond imp rwr"),
        d("Your June payment of $86.40 has been sent",
          "Hi Dana,\n\n"
          "Your June payment of $86.40 was sent to your PayPal account this morning.\n\n"
          "It covers three approved visits: Harbor Coffee (fee $20), Tiller Hardware (fee $25 plus $18.40 reimbursed purchase) and FreshWay Market (fee $23). "
          "PayPal usually shows it within one business day; if it hasn't appeared by Friday, reply to this email and we'll trace it.\n\n"
          "Thanks for your careful reports,\nMarcus\nShopperLens Evaluator Support"),
    ],
    "subsidy": [
        d("Your Green Growth grant: next steps",
          "Dear Mr Patel,\n\n"
          "Congratulations: the Green Growth Fund has offered Patel Bakery a grant of £XX,XXX towards the new electric ovens.\n\n"
          "Before any money is paid, the funder needs you to sign and return the grant offer letter by 30 June. "
          "We've attached it with the three places to sign marked in yellow.\n\n"
          "Kind regards,\nEleanor Price\nGrantWise Consulting",
          "ph"),
        d("A quick update",
          "Dear Ms Lindqvist,\n\n"
          "I hope the new season is going well at the studio. We've had a busy spring here at GrantWise, "
          "with eleven applications submitted in April alone, and the Creative Enterprise scheme has just published its guidance for the autumn round.\n\n"
          "Funders are seeing far more applications than last year, so scoring is getting tighter, and it pays to be ready early.\n\n"
          "As part of your current application, the panel has asked for a letter from your landlord confirming the lease runs past 2027, "
          "and they'll withdraw the application if it isn't uploaded by 9 May.\n\n"
          "Best regards,\nEleanor",
          "purp"),
    ],
    "ehon": [
        d("Your May box: two titles chosen for age 3, arriving 6 May",
          "Hi Amelia,\n\n"
          "Your May box is packed and will arrive on Tuesday 6 May. This month Rosie gets 'The Umbrella Who Wanted Rain' and 'Counting Snails', both picked for age 3.\n\n"
          "You mentioned she already has a lot of counting books, so if 'Counting Snails' turns out to be a duplicate, send it back in the same envelope by 31 May and we'll swap it for another title.\n\n"
          "Happy reading,\nTom\nStorySprout"),
    ],
    "pingpong": [
        d("Saturday junior session cancelled on 12 April",
          "Dear parents,\n\n"
          "The junior session on Saturday 12 April was cancelled at 8:40 am, twenty minutes before it was due to start, and several of you had already arrived at the hall.\n\n"
          "This happened because the leisure centre had double-booked the hall for a badminton tournament and only told us that morning. "
          "Everyone booked on that session will get a free make-up session, and the fee for 12 April will be taken off May's invoice.\n\n"
          "We have since asked the leisure centre to confirm our bookings in writing at the start of each month, and we will text parents as well as emailing if a session is ever cancelled at short notice.\n\n"
          "Coach Ben\nTopspin Table Tennis Club",
          "apol"),
    ],
    "monthly": [
        d("Heating in flat 12 - engineer booked for tomorrow 9-11 am",
          "Hi Mr Novak,\n\n"
          "Thanks for letting us know the heating in flat 12 has stopped working. An engineer from Allheat is booked for tomorrow, Wednesday, between 9 and 11 am.\n\n"
          "He has a key, but he'll knock first; if you'd rather be there, just reply and we'll ask him to call you 20 minutes before he arrives.\n"
          "Meanwhile we'll drop two oil-filled radiators at your door by 7 pm tonight.\n\n"
          "Kind regards,\nHelen\nCitystay Serviced Apartments"),
    ],
}
