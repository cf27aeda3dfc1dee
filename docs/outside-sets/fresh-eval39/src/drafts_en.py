from common import dr

DRAFTS = {
    "star": [
        dr("Your Dark Sky Walk on Friday 13 September: what to bring",
           "Hi Priya,\n\nYou're booked on Friday's Dark Sky Walk for two adults. We meet at 8:15 pm at the "
           "Kielder Forest car park (the one by the observatory sign), and the walk ends by 10:45 pm.\n\n"
           "It drops to about 6°C up there after dark, so a warm layer and a hat make the evening much more "
           "pleasant. Red torches are provided, as white light spoils everyone's night vision.\n\n"
           "If cloud cover above 80% is forecast, we'll email you by 4 pm on the day with a choice of a new date or a full refund.\n\n"
           "Clear skies,\nTom\nNorthern Skies Tours"),
        dr("About last night's walk",
           "Dear Mr Hallam,\n\nI'm very sorry that our guide didn't turn up at the meeting point last night and that you and "
           "your daughter waited in the cold for forty minutes before we called it off.\n\n"
           "What happened: our guide's car broke down on the A68, and the message he sent to the office went to an old "
           "number that no longer forwards to my phone.\n\n"
           "I've refunded the full £46 to your card this morning, and you're welcome to join any walk this season as our guests.\n\n"
           "Apologies again,\nTom Reid\nNorthern Skies Tours", "A"),
    ],
    "petmem": [
        dr("An apology about Biscuit's cremation certificate",
           "Dear Ms Okafor,\n\nI'm sorry. The certificate we gave you with Biscuit's ashes on Monday had his name spelled "
           "\"Biscit\". At a time like this, a mistake on something you'll keep is the last thing you needed.\n\n"
           "The error came from our booking form: the name was typed in by hand from the phone call and nobody read it back to you.\n\n"
           "A corrected certificate went in the post today by signed-for delivery, and you should have it by Thursday. "
           "There's no need to return the old one.\n\n"
           "From now on we read every pet's name back to the family before anything is printed, and a second member of "
           "staff checks the certificate against the booking.\n\nWith sympathy,\nJoan Pryce\nWillow Rest Pet Crematorium"),
    ],
    "bousai": [
        dr("Your 72-hour kit order",
           "Hi {first_name},\n\nThanks for ordering the 72-hour family kit. It was dispatched today by tracked courier and should "
           "reach you on Wednesday; the tracking number is in the attached receipt.\n\n"
           "The water pouches are good for five years, so we'll send you a reminder in 2029 when it's time to swap them.\n\n"
           "Best,\nReadyHome Supplies", "P"),
        dr("Quote for 40 grab bags for Ashby Primary School",
           "Dear Mrs Lennox,\n\nAs requested, here is our quote for 40 grab bags for Ashby Primary School.\n\n"
           "Each bag holds a foil blanket, a whistle, a torch, two water pouches and a first-aid pack: £18.50 per bag, "
           "£740 in total, with free delivery to the school. We can deliver within 10 working days of your order.\n\n"
           "If you'd like the school name printed on the bags, that adds £1.20 per bag and five working days; just let me know "
           "when you confirm.\n\nKind regards,\nDaniel Moss\nReadyHome Supplies"),
    ],
    "illust": [
        dr("Hello from Ink & Fern Studio!",
           "Hi Marcus,\n\nHope your summer is going well! It's been a busy few months here. We moved into a bigger studio by the "
           "canal, and two of our illustrators have just finished a picture book for a Dutch publisher, which we're really proud of.\n\n"
           "We also updated our website with a new gallery section, so have a look when you get a chance.\n\n"
           "Oh, and for your album cover: we need your choice between sketch A and sketch B by Friday, otherwise the print deadline "
           "you gave us won't work.\n\nCheers,\nElla", "N"),
        dr("Album cover: final files delivered",
           "Hi Marcus,\n\nThe final files for your album cover are ready: a 3000×3000 px PNG for streaming and a print-ready "
           "PDF with 3 mm bleed for the vinyl sleeve. Both are in the shared folder linked below, which stays open until 30 September.\n\n"
           "The invoice for the remaining £350 is attached, due within 14 days.\n\n"
           "Thanks for being such a good collaborator on this one.\n\nElla\nInk & Fern Studio"),
    ],
    "score": [
        dr("Your order of the Fauré Requiem vocal scores",
           "Dear Mr Adeyemi,\n\nThe 32 vocal scores of the Fauré Requiem for your choir left our warehouse this morning by "
           "parcel service and should arrive on Tuesday 8 October.\n\n"
           "As it's a choir order of more than 30 copies, the 10% discount has been applied, bringing the total to £249.60. "
           "The invoice is attached and payable within 30 days.\n\nBest wishes,\nRuth Cole\nCadenza Music Publishing"),
    ],
    "ramen": [
        dr("Sorry about your ramen box",
           "Hi Jordan,\n\nI'm really sorry your Tonkotsu 6-pack arrived thawed and with the broth pouches leaking. That's not "
           "what anyone wants to open after waiting a week.\n\n"
           "I've sent a replacement box today with extra dry ice; it's on the Thursday morning delivery. You don't need to send "
           "the damaged one back.\n\n"
           "We're also switching to a thicker insulated liner for all orders from next week so this doesn't happen again.\n\n"
           "Take care,\nAki\nNoodle Post", "A"),
        dr("Your subscription: next box ships 5 November",
           "Hi Sam,\n\nYour next Noodle Post box (Shio + Miso, 4 servings each) ships on Tuesday 5 November and should be with "
           "you by Thursday the 7th.\n\n"
           "You asked about skipping December: I've marked December as skipped, so the box after this one ships on 7 January. "
           "You won't be charged for December.\n\nAki\nNoodle Post"),
    ],
    "seitai": [
        dr("Appointment confirmation",
           "Dear Mr Patel,\n\nThank you for booking with [Clinic name]. Your first appointment is on Monday 4 November at 9:30 "
           "with our practitioner Keiko.\n\n"
           "Your first session lasts 60 minutes and costs £55; please allow ten minutes beforehand for the health questionnaire.\n\n"
           "Kind regards,\nReception", "P"),
    ],
    "space": [
        dr("Your booking of the Loft Room, Saturday 19 October",
           "Hi Chloe,\n\nYour booking of the Loft Room for Saturday 19 October, 10:00–16:00, is confirmed. "
           "The door code is 7291 and works from 9:45.\n\n"
           "The room seats 20 at tables or 30 standing, and the projector cable (HDMI and USB-C) is in the top drawer by the window.\n\n"
           "Because the building's alarm sets automatically at 16:30, could you be out by 16:15? If you need longer, reply by "
           "Thursday and I'll move the alarm time for you.\n\nBen\nCanalside Rooms"),
        dr("Canalside Rooms news",
           "Hi everyone,\n\nIt's been a lovely autumn at Canalside. We repainted the Garden Room in a soft green, the kettle "
           "situation has finally been solved with a proper hot-water tap, and the café downstairs has started doing lunch platters "
           "you can order to your room.\n\n"
           "We also had our first wedding reception in the Loft, which was wonderful.\n\n"
           "Separately, if you have a booking between 4 and 8 November, the lift will be out of service for repairs, so please "
           "let us know by 25 October if anyone in your group can't use the stairs and we'll move you to the ground floor.\n\nBen", "N"),
    ],
    "pos": [
        dr("Card terminal outage on Saturday",
           "Dear Mr Brennan,\n\nOn Saturday 12 October, between 12:05 and 13:20, card payments failed on your two TillPoint "
           "terminals.\n\nThe cause was an expired security certificate on our payment gateway, which our monitoring did not flag "
           "in advance.\n\n"
           "We renewed the certificate at 13:20, and all terminals have been working since. We have credited one month's "
           "subscription (£39) to your account.\n\n"
           "Certificates are now tracked in our monitoring with alerts 30 days before expiry.\n\nRegards,\nTillPoint Support", "A"),
        dr("Apology for the duplicate charge on your September invoice",
           "Dear Ms Duarte,\n\nI'm sorry: your September invoice charged you twice for the second terminal, £24 too much.\n\n"
           "This happened because the terminal was added on the same day as your plan change, and our billing system counted "
           "it under both the old and new plans.\n\n"
           "We refunded the £24 to your card today, and your October invoice shows the correct amount of £63.\n\n"
           "Our billing team has fixed the rule that caused this, and we checked every account with a plan change in September; "
           "two others were affected and have also been refunded.\n\nSorry again for the trouble,\nNadia\nTillPoint Support"),
    ],
    "tackle": [
        dr("Re: reel warranty claim",
           "Hi Gareth,\n\nI've had a look at the photos. The bail arm is bent, which only happens when the reel is dropped or "
           "forced, so this isn't something the warranty covers. Frankly, if you'd read the care leaflet in the box, you'd know "
           "not to leave the bail open while casting heavy lures.\n\n"
           "We can send it off for repair at your cost, which is £28.\n\nSteve\nHook & Tide Tackle", "C"),
    ],
    "whale": [
        dr("Your whale-watching trip on Sunday 7 July (9:00 sailing)",
           "Hi Mia,\n\nYou're booked for Sunday's 9:00 sailing for two adults and one child (aged 8). Check-in closes at 8:40 "
           "at the blue kiosk on the harbour wall.\n\n"
           "The trip lasts three hours. It's windy out on the water, so jackets are worth bringing even if the harbour feels warm.\n\n"
           "We decide whether to sail at 7:00 and text you by 7:15 if we have to cancel; you'd then get a full refund or a new date.\n\n"
           "See you Sunday,\nRob\nSound of the Sea Cruises"),
        dr("Rescheduled sailing",
           "Hi Tom,\n\nAs discussed on the phone, your trip has been moved to [DATE] at 14:00. Same boat, same seats, and "
           "there's nothing extra to pay.\n\nRob\nSound of the Sea Cruises", "P"),
    ],
    "fanclub": [
        dr("Update from the Crimson Lanterns Fan Club",
           "Hi Lanterns family!\n\nWhat a year it has been. The band just wrapped up the European leg, and the Lisbon show "
           "was, by their own account, one of the best nights they've ever had on stage. The new fan-club forum has passed "
           "5,000 posts, and the photo competition winners are on the website now.\n\n"
           "Also, a quick note: membership cards for next year will only be sent to members whose postal address is confirmed "
           "in the app by 30 November.\n\nLove,\nThe Fan Club Team", "N"),
        dr("Your membership renewal: card posted today",
           "Hi Dana,\n\nThanks for renewing. Your 2025 membership is active from today, and your new card went in the post "
           "this morning; it usually takes 3–5 working days within the UK.\n\n"
           "Until it arrives, your digital card in the app works for pre-sale codes and venue entry.\n\n"
           "The Fan Club Team"),
    ],
}
