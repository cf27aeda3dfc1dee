ITEMS = [
("bowling","Your lane booking on 12 December has been moved to 7:30 pm",
"""Hi Mr Grant,

Thanks for getting in touch. I've moved your booking as requested:

  Date: Saturday 12 December
  Before: 6:00-8:00 pm, 2 lanes
  Now: 7:30-9:30 pm, 2 lanes

The price stays the same (¥4,400 per lane for two hours), so there is nothing extra to pay. Just give your booking number SL-20417 at the front desk when you arrive.

Best regards,
Koike
Star Lanes Kawasaki
""",""),
("vending","Refund for the drink machine on the 3rd floor (ref. V-8831)",
"""Dear Ms Harper,

Thank you for reporting that the machine in the 3rd-floor break room kept your coins without dispensing a drink.

We have refunded ¥160 to the account you gave us; it will arrive on Friday, 4 December. The coin mechanism on that machine was jamming, so our technician replaced it on 1 December, and it has worked normally since.

If it ever happens again, the six-digit number on the top right of the machine tells us exactly which unit to check, so it helps to include it in your message.

Kind regards,
Shinichi Okuda
Japan Vending Service Centre
""",""),
("sauna","Our apology for the cold plunge pool on 1 December",
"""Dear Mr Lindqvist,

I am very sorry for the poor experience you had at our spa on Tuesday evening.

The display showed 16°C, but the water had actually risen to about 22°C. We found that the temperature sensor on the chiller had failed, so the display no longer matched the real temperature.

We replaced the sensor on Wednesday morning and have confirmed the pool is holding 16°C again. From now on, staff also measure the water with a separate thermometer every two hours and log the reading, rather than relying on the display alone.

As an apology, I have posted two free entry passes to you today.

Yours sincerely,
Yamagishi, Manager
Totonoi Sauna & Spa
""",""),
("bus_tour","Lunch venue for the 20 December strawberry tour",
"""Dear Ms Ortiz,

Thank you for your question about where lunch will be on the 20 December strawberry-picking tour.

The restaurant we normally use in Tateyama is closed for renovation, and we are choosing between two alternatives. Neither has confirmed it can take our group yet, so I can't give you the name today.

We will decide by Wednesday, 9 December, and I will email you the venue and menu that same day. I have already checked that both places can prepare a shrimp-free meal for you.

Best wishes,
Miyashita
Ebisu Tours
""",""),
("seed","We sent you the wrong tomato seeds - a replacement is on its way",
"""Dear Mr Palmer,

I'm sorry: the packet labelled 'Aiko' that reached you on 25 November actually contained a different variety, 'Chika'.

While packing, we picked seeds from the wrong container on a shelf where the two varieties stood next to each other. We posted a packet of genuine 'Aiko' seeds to you today at no charge, and you don't need to return the wrong packet.

To stop this happening again, our label printer now only prints once the barcode on the container matches the barcode on the packet, and similar varieties are now stored on separate shelves.

With apologies,
Hirata
Midoriya Seeds, mail order
""",""),
("balloon","Sunday 6 December flight cancelled - refund or new date",
"""Dear Ms Becker,

I'm afraid we have to cancel your balloon flight on Sunday 6 December at 6:30 am.

The forecast for tomorrow morning is 7 m/s winds near the ground, and our safety limit for take-off is 5 m/s.

You can choose either option:
- a full refund of ¥28,000 for two people, processed to your card by Friday 4 December, or
- a new date: we have space on the mornings of Sunday 13 and Sunday 20 December.

Please reply with your choice, and I'll arrange it the same day.

Nakagawa
Sky High Saku
""",""),
("hanko","Your seal proof is ready (15 mm boxwood)",
"""Dear Mr Sugimoto,

Your seal proof is ready, and I've attached it to this email.

The four characters of your name are laid out in the Insō style, touching the border as you asked. If you are happy with it, simply reply "OK"; we start engraving the next working day and ship three working days later.

If you'd like the strokes thicker or the layout changed, we will redo the proof free of charge as many times as you need.

Nakao
Nakao-do Seals
""",""),
("fishing","Booking confirmed: horse mackerel trip, Sunday 13 December (morning)",
"""Hi Tom,

You're booked! Two adults on the Sunday 13 December morning horse-mackerel trip.

Meet: 5:30 am at our office in Kanazawa-Hakkei (the boat leaves at 6:00)
Price: ¥11,000 per person, including ice and one rig
Rod hire: ¥1,000 per person

The law requires a passenger list, so on the day we'll ask both of you for your full name and an emergency contact. The skipper decides at 7 pm the evening before whether we can sail, and we will phone you either way.

See you on the water,
Sato
Daisan Kaiyo Maru
""",""),
("karate","Re: Kumite rules for the junior high division",
"""Dear Mrs Okafor,

Thanks for asking about the January city tournament.

Whether face punches in the junior high division will be non-contact or light contact with protectors has not been announced yet by the organising committee, so I can't answer that today.

I called the committee this morning, and they will publish the rules on Thursday 10 December. I'll hand you a printed copy at Friday's class on the 11th and go through which protectors your son will need.

Best,
Nagao
Seishinkan Karate

> Will my son need a face guard for the junior high kumite?
""",""),
("gojokai","Your balance and refund if you cancel your plan",
"""Dear Mrs Ishii,

Here is the information you asked for about your plan balance and the refund if you cancel.

  Paid in so far: ¥180,000 (60 instalments)
  Cancellation fee: ¥27,000 (15% of the amount paid, per Article 12 of the terms)
  Refund on cancellation: ¥153,000

There is also the option of pausing payments, which carries no fee. If you would like to talk the two options through, let me know a time that suits you and I'll call.

Kind regards,
Takano
Sakura Mutual Aid Association
""",""),
# problems
("bowling","About the score display",
"""Dear Mr Grant,

We sincerely apologise for the inconvenience you experienced during your visit. We value your custom and hope to see you again soon.

Kind regards,
Star Lanes Kawasaki
""","A"),
("embroidery","Sorry about the thread colour",
"""Hi Dana,

I'm so sorry the club badges came out in black rather than navy. Our machinist read the wrong thread number from the job sheet.

We've now added a second check of every job sheet before stitching starts, so this won't happen again.

Thanks,
Oonishi
""","A"),
("bakery_sub","Your delivery on 28 November",
"""Dear Mr Wood,

Apologies that your loaves arrived squashed. A replacement box will be sent to you shortly.

Regards,
Komugi Biyori
""","AV"),
("sauna","Hello from Totonoi Sauna & Spa",
"""Dear Mr Lindqvist,

Thank you for being one of our regular guests this year. Winter is our busiest season, and we've been delighted to see so many familiar faces in the outdoor bath. Our team has also been busy planning new aroma sessions for the new year.

By the way, the coupon book you bought in June expires on 31 December, and the remaining four visits cannot be carried over.

Warm regards,
Totonoi Sauna & Spa
""","P"),
("tatami","Some thoughts",
"""Dear Ms Hill,

It was a pleasure visiting your home last week. Your tea room has a lovely atmosphere, and the garden view is really something special. Many of our customers are rediscovering tatami rooms these days.

Anyway, I'm afraid we won't be able to start work on the 9th as planned; could you please tell us which other dates suit you?

Mori
""","P"),
("balloon","Your booking",
"""Dear {first_name},

Thank you for booking with Sky High Saku. Your flight is confirmed for Sunday 13 December; please meet us at 5:45 am at the Sakudaira Plaza car park.

Nakagawa
""","L"),
("fishing","Booking confirmation",
"""Hi Tom,

You're booked on the morning trip on [DATE]. Meet at our office at 5:30 am; the boat leaves at 6:00.

Sato
Daisan Kaiyo Maru
""","L"),
("vending","Installation of the new machine",
"""Dear Mr Maekawa,

The new cashless drink machine for your waiting room will be installed on XX December between 2 and 3:30 pm. We will use the existing power socket.

Okuda
Japan Vending
""","L"),
("hanko","Re: Delivery date",
"""Dear Mr Sugimoto,

Thanks for your message. We're not sure yet when the titanium blanks will arrive from our supplier, so we can't give you a shipping date at the moment.

Thank you for your patience.

Nakao-do Seals
""","U"),
("gojokai","Re: Using a hall outside the network",
"""Dear Mrs Ishii,

The hall you mention is not one of our partner venues, so that is outside what we can help with. You will need to contact them directly.

Takano
Sakura Mutual Aid Association
""","D"),
]
