# English reply drafts, written independently. codes as in drafts_ja.py
D = {
"heater": [
("Sorry about the cold showers this week",
"""Hi Mrs Okafor,

I'm really sorry you've been without reliable hot water since Monday, especially with two small children in the house.

Our engineer Dan came back this morning and replaced the diverter valve, and he ran the hot taps for twenty minutes to make sure the temperature held steady. We've also knocked the £85 call-out charge off your invoice.

If the water runs cold again at any point, ring me directly on 07700 914 332 and we'll be with you the same day.

Best wishes,
Priya Sandhu
Warmline Heating
""", "A"),
("Your new boiler: choose a fitting date (22 or 24 October)",
"""Dear Mr Lindqvist,

Could you let us know by this Friday whether Tuesday 22 or Thursday 24 October suits you for fitting your new combi boiler? The unit arrives at our depot on the 21st, so these are the earliest two days we can offer.

Fitting starts at 8am and takes most of the day; you'll have no hot water or heating until about 4pm. If neither date works, reply with a couple of alternatives and we'll rearrange.

Kind regards,
Tom Reyes
Warmline Heating
""", ""),
],
"babyrent": [
("The car seat we delivered on Saturday",
"""Dear Ms Hartley,

I'm so sorry that the car seat we delivered on Saturday was missing its infant insert. I know you were relying on it to bring the baby home from hospital, and that must have been a very stressful morning.

The insert had been removed for washing after the previous rental and was not put back before the seat was packed. Our driver brought a complete seat to the hospital car park within the hour, and we've refunded the first week's hire (£24) to your card.

Kind regards,
Gemma Wallace
Little Loan Baby Hire
""", "A"),
("Cot delivery confirmed for Saturday 9am-1pm",
"""Hi Jonah,

Your travel cot and high chair will be delivered to 14 Marsh Lane on Saturday 5 July between 9am and 1pm. Our driver will call about 30 minutes before arriving.

Both items have been cleaned and checked, and the cot comes with a fitted mattress and two sheets. The hire runs until Saturday 19 July; if you'd like to keep them longer, you can extend in your account up to two days before the end date.

Thanks,
Gemma
Little Loan Baby Hire
""", ""),
],
"subtitle": [
("Episode 4 subtitles",
"""Hi Marta,

The Spanish subtitles for episode 4 went out with the wrong frame rate, which is why they drifted out of sync after the first ten minutes. Our export preset had been left on 25 fps from the previous client's project, while your files are 23.976.

We've re-exported all six episodes at the correct rate and uploaded them to the shared drive this morning; I've checked episodes 4 and 5 end to end myself. From now on, the project manager confirms the frame rate against the client's spec sheet before every export, and it's recorded on the job ticket.

Best,
Liam Hurst
ClearLine Captioning
""", "A"),
("Quote for the conference videos: 12 talks, English captions",
"""Dear Dr Ansah,

Thank you for sending the list of conference talks. Here is our quote for English closed captions on all 12 recordings (total running time 9 hours 40 minutes):

- Human-checked captions, SRT and VTT: £1.90 per minute, £1,102 in total
- Delivery: 7 working days from receipt of the final video files

If you'd like to go ahead, reply to confirm and share the files through the upload link below; we'll start the same day.

Kind regards,
Liam Hurst
ClearLine Captioning
""", ""),
],
"petfood": [
("Your subscription pause is confirmed",
"""Hi {first_name},

Thanks for letting us know you're travelling. We've paused your subscription for August, so no box will be sent and you won't be charged this month.

Your next delivery will be on Thursday 4 September, with the usual 2 kg of the lamb and rice recipe.

Cheers,
The Good Bowl team
""", "P"),
("About the torn bag in your June box",
"""Hi Sanjay,

I'm sorry the bag of cat food in your June box arrived torn; that's not the state anything should reach you in.

Our courier's depot changed the way it stacks parcels last month, and the heavier boxes are being put on top of ours. We've sent a replacement 1.5 kg bag today by tracked post (you should have it Thursday), and from next week all our bags will go out in a second outer sleeve while we sort the stacking out with the courier.

Best,
Hannah
The Good Bowl
""", ""),
],
"shed": [
("Your quote for the 8x6 shed",
"""Dear [Company] team,

Thanks for your enquiry. Here's the quote for the 8x6 apex shed you asked about:

- Shed (treated timber, felt roof): £1,240
- Base preparation and assembly: £320
- Total: £1,560 including VAT

We currently have installation slots from the week of 14 April. Reply to this email to book one.

Regards,
Owen
Northfield Garden Buildings
""", "P"),
],
"sharoushi": [
("Payroll records needed for the annual return",
"""Dear Ms Cho,

To prepare your annual payroll return, we need the final timesheets and the list of leavers for the year by [date]. The return itself is due with the tax office on 19 April, so the earlier we have these, the more time we have to check them.

You can upload them to the client portal or reply to this email with the files attached.

Kind regards,
Rachel Obi
Benchmark Employment Services
""", "P"),
],
"battery": [
("News from PowerPod",
"""Hi Freya,

Spring is here and PowerPod keeps growing! We've added 40 new stations across the city this month, including all the main tram stops and both university campuses. Our app also has a new look, with a live map showing how many batteries each station has.

Students can now get 20% off with a verified university email.

One more thing: the battery you rented on 2 March still shows as not returned on our side. If you still have it, please drop it at any station before 31 March, as after that date the £25 replacement fee is charged to your card.

The PowerPod team
""", "N"),
("Refund of the £2.50 double charge",
"""Hi Ben,

We've refunded the £2.50 you were charged twice on 11 May. Our records show the second charge was caused by the station at Kings Cross re-sending your rental when its connection dropped.

You should see the refund on your card within five working days, and there's nothing you need to do.

Thanks for flagging it,
Ade
PowerPod Support
""", ""),
],
"generator": [
("Hello from Brightside Power Hire",
"""Dear Ms Novak,

We hope the festival planning is going well! Summer is always our busiest season, and this year we've expanded our fleet with six new super-silent units and a range of LED lighting towers. Many of our event customers have found the new units ideal for acoustic stages.

Regarding your booking for the 16 August food fair: the 20 kVA unit you reserved has developed a fault, and we'd like to offer you two 10 kVA units instead at the same price. Could you confirm by 1 August whether that works for your stall layout?

Kind regards,
Marcus Bell
Brightside Power Hire
""", "N"),
],
"rickshaw": [
("A few things about your tour",
"""Dear Mr and Mrs Dalton,

Thank you again for booking with Kyoto Wheels! Many of our guests say that the ride through the bamboo grove is the highlight of their trip to Japan, and autumn is a wonderful time to visit.
Our pullers are all licensed guides and speak English, so please feel free to ask them anything along the way.

By the way, because of a festival road closure, your tour on 12 November will need to start from the north gate instead of the station, and 30 minutes earlier, at 9:30am. Could you let us know by 8 November if that still works for you?

Best regards,
Aiko Mori
Kyoto Wheels
""", "N"),
("Your private tour on 3 May: confirmed",
"""Dear Ms Ferreira,

Your private two-hour rickshaw tour for four people on Saturday 3 May is confirmed. Your pullers, Kenta and Sho, will meet you at the main gate of Yasaka Shrine at 10:00am.

The total is ¥36,000, payable on the day by card or cash. If it rains, we'll contact you by 8pm the evening before to offer a new date or a full refund.

Best regards,
Aiko Mori
Kyoto Wheels
""", ""),
],
"mushroom": [
("Re: no mushrooms yet",
"""Hi Callum,

Thanks for your email. Kits sometimes take longer than expected, and there isn't really anything to be done about that from our side. Every home is different, so it's not something we can troubleshoot.

Keep misting it and something should happen eventually.

Fungi Box
""", "DV"),
],
"sewmach": [
("Repair estimate for your Bernina 1008: £96",
"""Dear Mrs Patel,

Our technician has looked at your Bernina 1008, and we'd like your go-ahead for the repair, which comes to £96.

The hook timing has slipped, which is why the machine skips stitches on thicker fabric. The price covers retiming, a full service and a new needle plate, as yours is scratched and can snag the thread.

If you're happy to proceed, just reply "yes" and we'll have it ready to collect in five working days. If you'd rather not, you can collect it at no charge.

Best wishes,
Alan Greaves
Stitch & Mend
""", ""),
("Your sewing class on Saturday has moved to 2pm",
"""Hi Rosie,

Saturday's beginners' class (14 June) has moved from 10am to 2pm because our tutor, Mei, has a hospital appointment in the morning. Everything else stays the same: the same room, the same materials, and it still finishes after three hours.

If 2pm doesn't suit you, reply and we'll either move you to the 28 June class or refund your £35 in full, whichever you prefer.

See you soon,
Alan
Stitch & Mend
""", ""),
],
"shoyu": [
("Your order has shipped: tracking number inside",
"""Dear Mr Nakamura,

Your order of two bottles of barrel-aged soy sauce and one kilo of white miso left our brewery today by international tracked post. The tracking number is RR 218 447 051 JP, and delivery to Vancouver usually takes 8 to 12 days.

Canadian customs may charge import tax on arrival; this is collected by the courier and isn't included in our price.

With thanks,
Yuki Hamada
Hamada Brewery
""", ""),
("Question about your gift message",
"""Dear Ms Ortiz,

Before we send your gift set to Hamburg, could you check the card message for us? The text you entered was cut off at 120 characters, so at the moment it ends with "wishing you both a very happy".

Please reply with the full message by Thursday and we'll still be able to ship on Friday as planned, which gets it there before the 20th.

With thanks,
Yuki Hamada
Hamada Brewery
""", ""),
],
}
