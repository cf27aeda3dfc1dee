# English incoming mails (part C).
from triage_common import M
MAILS = {
"genealogy": [
 M("high", "anxious", "Proof of relationship needed for probate by 30 April", """Dear Fiona,

I'm writing about the research you're doing on my great-aunt Edith Barnes, who died last year without a will.

The solicitor handling her estate has told me that unless I can prove my relationship to her by 30 April - ten days from now - the estate will be passed to the government as ownerless property, and getting it back after that can take years and cost more than it's worth.

I need the certificates linking my grandmother to Edith. Do you have them yet, or can you tell me what's still missing? I'm sorry to press, I'm just very worried about missing this.

Kind regards,
Sheila Barnes-Ward
"""),
 M("normal", "angry", "Six months of 'in progress'", """Fiona,

I paid £450 in March. Every time I ask for an update I get the same two lines saying the research is "in progress". It's now September.

I don't want another holding email. I want to know what has actually been done, what's been found, and when I'll get the report. If that's not possible, I want a refund.

Graham Pike
"""),
 M("normal", "neutral", "tree", "Got it. Some of the names are wrong though.\n", terse=True),
 M("normal", "positive", "Your report found me a cousin!", """Hi Fiona,

You won't believe this - using the names in your report, I found a DNA match on Ancestry with a second cousin in Ontario, and we've been emailing all week. She has photos of my great-grandmother I'd never seen!

I'd love to extend the research to the Canadian branch. Is that something you can do, and what would it cost?

Thank you so much,
Moira
"""),
 M("low", "neutral", "Talk for our local history society", """Dear Ms Marsh,

I'm the programme secretary of the Ashbourne Local History Society. Would you consider giving a talk to our members some time next year on getting started with family history research? Our programme isn't fixed yet, so any month would work.

With best wishes,
Peter Lang
"""),
],
"ropeway": [
 M("high", "anxious", "School group at the top station - line closed?", """Hello,

I'm a teacher with a group of 30 Year 7 pupils. We came up on the 1pm car and we're booked on the 5:30pm descent. Your website now says the line has closed for the rest of the day because of wind.

The staff at the top station say they don't know yet whether it will reopen. The walking path down takes about three hours, it gets dark at about 5, and several of the children only have trainers on.

How are we going to get the children down? I need to tell the parents something. My mobile is 07700 900 317.

Emma Doyle
Hillcrest Academy
"""),
 M("normal", "angry", "40-minute stop and my father", """To the manager,

On Sunday my father (82, diabetic) and I were stuck in a cabin for 40 minutes when the cable car stopped. Not one announcement in that time. By the time we got to the bottom he was shaking and needed his insulin and something to eat, which we had left in the car because the trip is meant to take 8 minutes.

He's fine now, no thanks to your staff, who at the bottom just told us "these things happen".

I want to know why the car stopped, why nobody told us anything, and what you intend to do about it.

Helen Ward
"""),
 M("normal", "neutral", "tickets", "Tickets didn't work\n", terse=True),
 M("normal", "neutral", "Bikes on the cable car?", """Hi, are mountain bikes allowed on the cable car? We'd like to ride down the forestry track. If so, is there an extra charge?

Cheers
Jamie
"""),
 M("low", "neutral", "Season pass for locals", """Hello,

Suggestion: a season pass for people who live in the valley. Plenty of us would go up every week in summer if it were cheaper than buying singles each time. Just a thought for next year.

Regards,
Ian McKinnon
"""),
],
"wine": [
 M("high", "neutral", "Wrong wine delivered for Saturday's wedding", """Hi,

We received our order CD-77120 this morning for a wedding reception we're catering on Saturday at 2pm. The delivery note and the cases say Chablis (6 cases), but the couple chose, and we invoiced them for, the Sancerre. They picked it at a tasting because it's the wine they had on their first date, so we can't swap it for something similar.

Can you get 6 cases of the Sancerre to us by Friday 4pm, and collect the Chablis at the same time? If Friday isn't possible, please let me know today so I can try other suppliers.

Thanks,
Tom Ashworth
Ashworth Catering Ltd
"""),
 M("normal", "anxious", "Bottles left out in the heat - are they ruined?", """Hi,

Your courier left my order (12 bottles, including two of the 2015 Rioja) on the doorstep at 10am yesterday, and I didn't get home until 5. It was 30 degrees and the box was in full sun.

These were meant for my parents' 40th wedding anniversary next month and cost over £300. Are they likely to be cooked? I don't know how to tell, and I don't want to serve something awful on the night.

Thanks,
Anita
"""),
 M("normal", "neutral", "order", "You sent the wrong one.\n", terse=True),
 M("normal", "angry", "Charged after cancelling the wine club", """Hello,

I cancelled my wine club membership on 2 October - I have the confirmation email in front of me - and you've still taken £89 for the November box. The box hasn't arrived and I don't want it.

This is the second time I've had to write. Please refund the £89 and confirm, in writing, that there will be no further charges.

S. Lindqvist
"""),
 M("low", "positive", "Those tasting notes!", """Hi Cellar Door team,

Just a quick note to say the tasting notes in this month's box were brilliant - the bit about the Muscadet tasting "like a sea breeze in a glass" was spot on. We've started reading them out at dinner. Keep them coming!

Rachel & Sean
"""),
],
"prosthetic": [
 M("high", "anxious", "Microprocessor knee won't charge", """Dear Sunita,

Since yesterday my knee (the C-Leg) won't charge. The charger light comes on but the battery indicator hasn't moved, and it's now down to one bar. When it runs out the knee locks stiff, as you showed me.

I'm the only carer for my wife, who has MS, and our bedroom and bathroom are upstairs. With a locked knee I can't manage the stairs or help her at night. I reckon I've about a day left of charge if I'm careful.

Is there a loan knee or a spare charger I could have before it runs out? I can get to the clinic tomorrow if someone can drive me.

Regards,
Dennis Crowther
"""),
 M("normal", "angry", "Nine weeks for a socket promised in three", """Hello,

I was told in August that my new socket would be ready in three weeks. It has now been nine. I've left four messages on the booking line and nobody has rung back once.

In the meantime I'm making do with the old socket, which is loose, and I'm going through a lot more socks than I'd like.

I'd like a date, a real one, and I'd like someone to actually call me.

Tony Reid
"""),
 M("normal", "neutral", "Can I come in?", "Can I come in?\n", terse=True),
 M("normal", "neutral", "Running blade and insurance", """Hi,

Is a running blade something my private health insurance might cover, or is it always self-funded? If you have an idea of the usual cost, that would help me decide whether to ask my insurer.

Thanks,
Kemi Adeyemi
"""),
 M("low", "positive", "I ran 5k!", """Hi Sunita,

Just had to tell you - I did my first parkrun on Saturday! 5k in 41 minutes, and the new socket didn't rub once. A year ago I couldn't walk to the end of the road.

Thank you for all the fiddly adjustments. No need to reply, I just wanted you to know.

Claire
"""),
],
"coins": [
 M("high", "anxious", "House clearance tomorrow at 10 - found what may be gold coins", """Hello,

I'm clearing my late mother's house and have accepted a house-clearance firm's offer of £1,200 for the contents. They're coming to collect everything tomorrow at 10am.

This evening, in a biscuit tin at the back of the wardrobe, I found about 30 coins that look like gold sovereigns, along with some old banknotes. I have no idea whether they're real or whether the clearance offer covers them.

Can someone tell me before 10 tomorrow whether I should take them out, or stop the clearance altogether? I'm worried I'm about to make a very expensive mistake. I can send photos tonight.

Thank you,
Andrew Kerr
07700 900 640
"""),
 M("high", "neutral", "Lot 214 described as a copy - sale closes Thursday 3pm", """Dear Helen,

I consigned lot 214 (an 1887 Jubilee sovereign) to your online sale. The catalogue describes it as "a copy, gilt base metal", but your own valuation letter of 2 May confirms it as genuine gold and estimates it at £450-£500.

The sale closes on Thursday at 3pm. With the current description the highest bid is £12. If it isn't corrected before the close, it will sell for a fraction of its value.

Could you amend the description and let me know once it's done? The valuation letter reference is NC-2291.

Regards,
William Shaw
"""),
 M("normal", "angry", "Coins came back scratched", """Hi,

I sent you four Victorian pennies for valuation and chose not to sell. They came back today with fine scratches across the faces that were not there before. It looks as though someone has tried to clean them, which is the one thing every collector knows you never do.

I'd like to know who handled them and what you're going to do about it. I have photos from before I posted them.

Rob
"""),
 M("normal", "neutral", "Foreign coins", """Hello,

Do you value foreign coins? I have a jar of mostly European coins from before the euro, plus a few from India and Egypt. Is it worth sending them, and would there be a fee?

Thanks,
Gwen
"""),
 M("low", "neutral", "Coin club for kids - just an idea", """Hello,

My son (10) has caught the coin-collecting bug. Have you ever thought of running a Saturday morning club or workshop for children? We'd definitely come. Not asking for anything now, just an idea.

Best,
Nadia
"""),
],
}
