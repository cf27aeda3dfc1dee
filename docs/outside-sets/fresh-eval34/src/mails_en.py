# English incoming mails, written independently of the Japanese ones.
# tuple: (subject, body, urgency, emotion, terse)
ITEMS = {
"chandlery": [
    ("MV Kestrel Bay - wrong lube oil delivered, sailing 2200 tonight",
     "Good afternoon,\n\nThe 12 drums of cylinder oil delivered to MV Kestrel Bay at 10:00 today are BN 40. We ordered BN 100 (PO 55-2291, attached).\n"
     "Our chief engineer will not run the main engine on this grade and the manufacturer backs him. We are due to sail at 22:00 tonight and the pilot is booked.\n"
     "Please confirm by 16:00 whether you can swap the drums before 20:00. If not, we need to know so we can try another supplier.\n\n"
     "Regards,\nC/E Marek Nowak\nMV Kestrel Bay, berth 14",
     "H", "neu", False),
    ("RE: RE: Duplicate invoice SSS-7712 - third request",
     "This is the third time I am writing about this.\n\n"
     "Invoice SSS-7712 (USD 8,940) was debited twice from our account on 28 October. I sent the bank statement on 30 October and again on 5 November. Both times someone replied 'we'll look into it' and nothing happened.\n"
     "Our owners close the month's accounts on Friday and I will have to report the double payment as a supplier dispute, which puts your account on hold for all our vessels.\n"
     "I'd rather not do that. Please refund the duplicate or tell me why not.\n\n"
     "> On 5 Nov, accounts@solentshipsupply wrote:\n> Thanks, we'll look into it and revert.\n\n"
     "Hannah Lowe\nAccounts Payable, Meridian Bulk Carriers",
     "H", "ang", False),
    ("Chart corrections quote",
     "Hi there,\n\nCould you quote for updating the full folio of paper charts for MV Seabright (UK waters and the Channel)? She's in Southampton from 2 to 6 Decmber.\n"
     "If it's cheaper to switch some of them to digital, I'd be interested in that too.\n\n"
     "Thanks,\nJonas\nSecond Officer, MV Seabright",
     "N", "neu", False),
    ("re: order",
     "any news?",
     "N", "neu", True),
    ("Thanks to your driver",
     "Just a quick note to say thank you to Gary, who brought our stores on Sunday morning in the pouring rain and still had a joke for everyone.\n"
     "The crew noticed. Nothing needed from you, just wanted it passed on.\n\nCook, MV Island Trader",
     "L", "pos", False),
],
"miso": [
    ("Shipment held at customs - Prior Notice missing",
     "Hello,\n\nOur order of 24 tubs of white miso (invoice KM-0932) is being held at JFK. The broker says the FDA Prior Notice number is missing from the paperwork.\n"
     "If they don't have it by Friday the shipment will be refused and sent back, and we have a tasting menu built around it opening on the 15th.\n"
     "I really don't know what else we can do from our side. Can you send the Prior Notice confirmation, or tell our broker who filed it?\n\n"
     "Dana Whitaker\nSous chef, Ember & Koji, Brooklyn",
     "H", "anx", False),
    ("Gluten in the barley miso?",
     "Hi, my partner is coeliac and I want to cook with your miso. Barley miso obviously has gluten, but what about the rice miso and the soybean (hatcho) one? Are they made in the same place?\n\nThanks, Ellie",
     "N", "neu", False),
    ("Smashed jar AGAIN",
     "Second order in a row where the glass jar arrived smashed. Miso all over the box, all over my doorstep, and this time all over the book I'd ordered from someone else that was in the same delivery.\n"
     "Honestly, put them in plastic or pack them properly. I'd like a replacement, and I'd like to know you've actually changed something.\n\nRob",
     "N", "ang", False),
    ("Wholesale price list",
     "Good morning,\n\nWe run two ramen bars in Leeds and are looking for a new miso supplier from January. Could you send your wholesale price list and minimum order for 10 kg tubs?\n\n"
     "Best,\nSam Okoro\nNoodle Yard Ltd",
     "N", "neu", False),
    ("A recipe idea, no hurry",
     "Hiya,\n\nI made a miso caramel with your white miso last weekend and it was amazing, so I thought I'd share the recipe in case you ever do a recipe page. No need to reply, and no rush at all if you want to use it.\n\nTamsin",
     "L", "neu", False),
],
"bell": [
    ("Bell frame - cracked beam, concert this Sunday",
     "Dear Sir/Madam,\n\nDuring practice last night one of our ringers noticed a crack running along the main oak beam of the bell frame, right under the tenor.\n"
     "The bell visibly moved when rung, and we have stopped ringing. We have a charity concert with the handbell choir and a full ring planned for this Sunday, with about 150 people expected in the churchyard below the tower.\n"
     "Could someone inspect before Sunday and tell us whether it's safe to ring at all, or whether we need to keep people away from the tower?\n\n"
     "Margaret Hoyle\nTower Captain, St Oswald's, Grasmere",
     "H", "anx", False),
    ("Rehanging quote",
     "Hello,\n\nOur ring of six was last rehung in 1958 and the bearings are going. The PCC would like a quote for rehanging on new ball bearings, ideally in time for the meeting on 14 January.\n\n"
     "Regards,\nRev. Paul Adeyinka",
     "N", "neu", False),
    ("Shipping an old bell to Canada",
     "Hi,\n\nMy late father left a small ship's bell (about 12 kg, 1890s) that my brother in Toronto would like to have. I'm worried about it being cracked or lost in transit, since it can't be replaced.\n"
     "Do you offer crating and insured shipping? I don't even know what it should be insured for.\n\nRegards, Alan",
     "N", "anx", False),
    ("Bell",
     "Can you do ours?",
     "N", "neu", True),
    ("The bell sounds wonderful",
     "Dear all at the foundry,\n\nWe rang the restored treble for the first time at the Remembrance service on Sunday. Several people who have lived in the village for 60 years said it hasn't sounded that clear in their lifetime.\n"
     "Thank you for your care with it. Photos attached if you'd like them for your website.\n\nJune Pettigrew, Churchwarden",
     "L", "pos", False),
],
"organ": [
    ("No wind - funeral at 11 tomorrow",
     "Good evening,\n\nThe organ at St Cuthbert's has stopped producing any wind this afternoon. The blower hums but nothing speaks.\n"
     "Tomorrow at 11:00 we have the funeral of Arthur Green, who was our organist for 43 years, and his family have asked for his favourite Bach to be played on his own instrument.\n"
     "Is there any chance someone could come first thing in the morning? I can open the church from 7.\n\nFr. Dominic Hale\n01632 960 418",
     "H", "neu", False),
    ("Swell box quote - fourth email",
     "Dear Harcourt Organ Builders,\n\nThis is my fourth email since 22 September about the quote for repairing the swell box shutters damaged in the roof leak.\n"
     "Our insurer will only accept the claim if they receive a contractor's quote by 30 November, which is eight days away. After that we pay the whole cost ourselves, roughly £12,000 by your own rough estimate.\n"
     "I have been patient. I would appreciate a quote, or at least a reply, this week.\n\nGeoffrey Marsh\nChurchwarden, Holy Trinity",
     "H", "ang", False),
    ("Tuning date",
     "Hello Daniel,\n\nCould we move the December tuning from the 4th to the 11th? We've had a wedding booked on the 5th and would rather the organ was done after the florists have been in.\n\nThanks, Lucy (St Mary's office)",
     "N", "neu", False),
    ("Dust everywhere after Tuesday's visit",
     "Hi,\n\nAfter your technician's visit on Tuesday the choir stalls, the front pews and the altar frontal were covered in a layer of grey dust. Nobody put dust sheets down, and our volunteers spent two hours cleaning before the midweek service.\n"
     "We've always been happy with your work on the organ itself, but this was not good enough. Please make sure it doesn't happen again.\n\nSarah (verger)",
     "N", "ang", False),
    ("Question about the 1887 pipework",
     "Dear Daniel,\n\nI'm writing a short history of our church for the bicentenary in 2027 and wondered whether any of the pipework in our organ is original to the 1887 Hill instrument.\n"
     "There's no rush whatsoever; whenever you next have a moment, or when you're next here.\n\nWith thanks,\nDr Ruth Ellison",
     "L", "neu", False),
],
"farrier": [
    ("Mabel lame after yesterday's shoeing",
     "Hi Tom,\n\nMabel came in from the field this morning hopping lame on the near fore, the one you reshod yesterday. There's heat in the foot and she flinches when I press near the third nail.\n"
     "The vet's coming at 2 and said the shoe needs to come off before she can check for a nail bind. Is there any way you can get here before then? I'm really worried about her.\n\nJess, Holly Farm\n07700 900 552",
     "H", "anx", False),
    ("Booking",
     "Hi Tom, can I book in the usual three for the week of 8 December? Any day except Wednesday. Thanks, Rachel",
     "N", "neu", False),
    ("First horse - what should I be doing?",
     "Hello,\n\nI've just bought my first horse (a 10-year-old cob) and the previous owner said he's due his feet done. I honestly don't know if he needs shoes or just a trim, or how often.\n"
     "I'm a bit overwhelmed and don't want to get it wrong. Could you come and have a look and tell me what he needs?\n\nThanks,\nPriya (Lower Barn livery, near Tetbury)",
     "N", "anx", False),
    ("2 hours late, again",
     "Tom,\n\nYou were booked for 8am today. You turned up at 10:10 without a call. That's the third time since the summer. I had to ask my neighbour to hold the horses because I had to leave for work.\n"
     "If 8 isn't realistic, just say so and book me later, but I can't keep losing mornings like this.\n\nAndrea",
     "N", "ang", False),
    ("Barefoot next year?",
     "Hi Tom,\n\nI'm thinking of taking Rio barefoot next spring once the ground firms up. Not asking you to do anything yet, but could we have a chat about it next time you're here?\n\nCheers, Mel",
     "L", "neu", False),
],
"greenhouse": [
    ("Cracked glass panel over the walkway",
     "Hello,\n\nOne of the roof panes in our display glasshouse (the one you replaced the gutters on in May) has cracked right across and a corner is hanging down over the main walkway.\n"
     "We have a primary school visit of 60 children booked for 9:30 tomorrow morning and they walk straight underneath it. We've taped off the path for now.\n"
     "Can anyone come today to take it out or make it safe? Otherwise we'll have to cancel the visit tonight.\n\n"
     "Lorna Fraser\nHead Gardener, Birchwood Walled Garden",
     "H", "neu", False),
    ("Irrigation controller dead - seedlings due Monday",
     "Hi Owen,\n\nThe irrigation controller in tunnel 4 died overnight and the screen's blank. We're in the middle of a heatwave and there are 18,000 lettuce plugs in there that go to the supermarket packhouse on Monday.\n"
     "We're hand watering but can't keep it up through the night as well. I'm really worried we'll lose the lot. Have you got a spare controller, or can someone come and look at it today?\n\nBen, Marsh Lane Growers",
     "H", "anx", False),
    ("Quote for extending tunnel 2",
     "Hi,\n\nWe'd like a price for adding another 20 metres to tunnel 2, same spec as the rest. Ideally done in February before planting.\n\nThanks,\nClaire, Fernhill Organics",
     "N", "neu", False),
    ("the vent thing",
     "its doing it again",
     "N", "neu", True),
    ("Feedback on the new doors",
     "Just to say the sliding doors you fitted last month are brilliant, so much easier with the barrow than the old hinged ones.\n"
     "Nothing needed, just feedback. Cheers, Claire",
     "L", "pos", False),
],
"factoring": [
    ("Advance not received - payroll Friday",
     "Hi Luke,\n\nI was told on Monday that the advance on our invoice to Carrow Builders would be with us by Wednesday. It's Thursday afternoon and nothing has arrived.\n"
     "We pay 14 staff on Friday and I've been counting on that money. I don't know whether to start phoning the bank about an overdraft tonight or wait.\n"
     "Can you tell me where it is and when it will land?\n\nSophie Grant\nGrant Electrical Ltd",
     "H", "anx", False),
    ("Your letter to our customer",
     "Luke,\n\nWe signed up for a CONFIDENTIAL facility precisely so our customers would not know we factor our invoices. This morning our biggest client, Halden Foods, phoned me to ask why they had received a letter from Cedar demanding that they pay you directly.\n"
     "They are now asking questions about our finances, and their contract comes up for renewal on Monday.\n"
     "I want a written explanation by tomorrow, and I've forwarded our agreement to our solicitor.\n\nDavid Marr\nMarr Packaging",
     "H", "ang", False),
    ("Quick q",
     "how much would it be for the Jenkins invoice?",
     "N", "neu", True),
    ("Personal guarantee clause",
     "Hello,\n\nI'm reading through the agreement before signing and clause 14 says I'd give a personal guarantee. Does that mean my house could be at risk if one of our customers doesn't pay?\n"
     "I'm a bit nervous about this and would like to understand it properly before I sign. Happy to have a call.\n\nNadia Hussain\nHussain Print & Design",
     "N", "anx", False),
    ("Portal feedback",
     "Hi, minor thing: the portal logs me out every few minutes while I'm uploading invoices, so I have to start over. Not urgent at all, just thought you should know. Cheers, Sophie",
     "L", "neu", False),
],
"stockphoto": [
    ("Someone has taken over my account",
     "My account email was changed at 3:12 this morning and I didn't do it. I only got in because the password reset link still went to my old address.\n"
     "There are 26 downloads in my history I didn't make, all on my company's credit. I have a client presentation at 9am tomorrow built on images in my lightboxes and now I can't even see them.\n"
     "Lock the account down and tell me what's happened. This is a serious breach and I expect a proper answer today.\n\n"
     "Victor Lam\nLam Creative",
     "H", "ang", False),
    ("Merchandise licence?",
     "Hi, I'd like to put image 4481200 (the fox in snow) on greeting cards, about 2,000 printed. Does the standard licence cover that or do I need the extended one?\n\nThanks,\nGrace",
     "N", "neu", False),
    ("Charged after cancelling",
     "I cancelled my monthly plan on 28 October. I have the confirmation email. On 1 November you still charged me $29.\n"
     "This is exactly why people don't trust subscription sites. Refund it please.\n\nMatt Kerr",
     "N", "ang", False),
    ("pic",
     "is this one ok for my thing?",
     "N", "neu", True),
    ("Feature idea",
     "Hello Clearframe team,\n\nIt would be great to be able to filter by 'space for text' (images with empty areas). I'd use it all the time for banners.\n"
     "Just a suggestion, no reply needed.\n\nPriyanka",
     "L", "neu", False),
],
"baggage": [
    ("Wedding dress not delivered - wedding tomorrow",
     "Hello,\n\nWe sent two suitcases from Tokyo Station to the Hotel Kanra in Kyoto this morning (booking TL-88213). One arrived. The other, the one with my wedding dress in a garment bag, did not.\n"
     "The ceremony is at 10:00 tomorrow at a shrine in Kyoto and the hair and dress team arrive at the hotel at 7:00.\n"
     "Please, please can you tell me where it is and whether it can reach me tonight? I'm trying not to panic.\n\nLaura Bennett\n+44 7700 900 871",
     "H", "anx", False),
    ("Lost suitcase, fourth email",
     "Hi,\n\nThis is my fourth email (plus two calls) about a suitcase lost on 3 November between Hakone and Narita, booking TL-87940.\n"
     "Every time I'm told it's being traced. I fly home to Melbourne on Thursday. If it's not found, I need your claim form and a written loss report before then, because my travel insurer won't process anything without it.\n\n"
     "Grant Wilson",
     "H", "ang", False),
    ("Booking for next Tuesday",
     "Hi, I'd like to send two bags from the Park Hyatt Tokyo to Kansai Airport on Tuesday 25 November. Our flight is on the 27th at 11:30. What time do you collect from the hotel?\n\nThanks, Sven",
     "N", "neu", False),
    ("Skis and snowboards",
     "Hello, do you take ski bags? We're four people going to Niseko in January with two ski bags (190 cm) and two board bags. Is there a different price for those?\n\nKind regards, Anna",
     "N", "neu", False),
    ("Thank you!",
     "We used your service for the whole two weeks of our trip and it was flawless. Every bag was waiting in our room when we arrived. Made travelling with three kids so much easier. Thank you!\n\nThe Moreno family",
     "L", "pos", False),
],
"swim": [
    ("Seizure plan - new coach today",
     "Hi,\n\nOliver (Stage 2, Tuesdays 16:00) has epilepsy and there is a seizure care plan on file from when he joined. I've just heard from another parent that his usual coach has left and someone new is taking the group from today.\n"
     "Could you make sure the new coach has read the plan and knows where his rescue medication is kept before the 16:00 lesson? If that can't happen, I'll keep him at home today.\n\n"
     "Thanks,\nClaire Donnelly (Oliver's mum)\n07700 900 233",
     "H", "anx", False),
    ("Lesson time changed without asking",
     "We've just had a text saying Amelia's lesson moves from 16:30 to 17:45 'from next week'. Nobody asked us. 17:45 is right in the middle of her sister's tea and bedtime routine, and we chose 16:30 for a reason when we signed up.\n"
     "I'd like her kept at 16:30, or at least an explanation.\n\nTom Hughes",
     "N", "ang", False),
    ("Sibling discount?",
     "Hello, my younger son will start in January as well. Is there a discount for a second child, and can they be in lessons at the same time?\n\nThanks, Aisha Rahman",
     "N", "neu", False),
    ("Wednesday",
     "Is it on?",
     "N", "neu", True),
    ("Suggestion - not urgent",
     "Hi, the hairdryers in the girls' changing room are really high up and the younger ones can't reach them. A lower one would help. No urgency, just something to think about next time you're doing maintenance.\n\nA parent",
     "L", "neu", False),
],
"matchmaking": [
    ("Threatening messages from a match",
     "Hi Eleanor,\n\nThe man you introduced me to in October (I stopped seeing him after two dates) has started sending me messages saying he knows where I work and that I'll 'regret wasting his time'.\n"
     "He sent three last night. I'm frightened to go to work tomorrow. What can you do? Should I go to the police? I've kept screenshots of everything.\n\nNina",
     "H", "anx", False),
    ("Charged £2,950 twice",
     "Eleanor,\n\nYour company took the £2,950 membership fee from my account twice on Monday. My bank account is now overdrawn, my rent of £1,100 goes out tomorrow morning and it will bounce.\n"
     "I've phoned your office twice today and got voicemail. I need one of those payments refunded today, and I'd like to know how on earth this happened.\n\nJames Okonkwo",
     "H", "ang", False),
    ("Pausing my membership",
     "Hi, I'm going to be working in Singapore from January to March. Could I pause my membership for those three months rather than cancel? Thanks, Gemma",
     "N", "neu", False),
    ("Four months, no introductions",
     "Dear Eleanor,\n\nI joined in July and have had no introductions at all in four months. I know it can take time, but I'm starting to wonder whether something is wrong with my profile or whether I'm just not what people are looking for.\n"
     "I'd really value an honest conversation about it when you have time.\n\nMichael",
     "N", "anx", False),
    ("We're engaged!",
     "Eleanor! Daniel proposed on Saturday and I said yes. I wanted you to be one of the first to know, since none of this would have happened without that slightly awkward first coffee you arranged. No need to do anything, I'll be in touch about closing my account after Christmas.\n\nLots of love, Hannah x",
     "L", "pos", False),
],
"memoir": [
    ("Gran's 100th is Saturday - books not shipped",
     "Hello Ruth,\n\nThe tracking for the 40 copies of 'A Century in Cornwall' still says 'label created', and it has said that since Monday.\n"
     "My grandmother's 100th birthday party is this Saturday at 1pm and the book is the centrepiece: everyone who is in it will be there. If they are not dispatched by Thursday they will not make it.\n"
     "Could you check with the printer today and let me know where they are?\n\nPeter Trelawny",
     "H", "neu", False),
    ("Mum's voice has been edited out",
     "Ruth,\n\nI've read the second draft. Mum said 'we were poor but we were never miserable' and the draft now reads 'despite financial hardship, the family remained content'. Nearly every page has something like this.\n"
     "We paid for her story in her words, not a polished version that could be about anyone. Please restore the original phrasing throughout.\n\nJoanne",
     "N", "ang", False),
    ("Adding an index",
     "Hi Ruth, would it be possible to add a simple index of names at the back? There are a lot of cousins and people will want to find themselves. What would it cost? Thanks, Peter",
     "N", "neu", False),
    ("Could my uncle object?",
     "Hello,\n\nChapter 6 of Dad's memoir describes a falling-out with his brother in 1979, and my uncle is still alive. I'm worried he'll be upset, or even take legal action, if it goes out as written.\n"
     "Is this something you've dealt with before? Should we change names or cut it?\n\nSimon",
     "N", "anx", False),
    ("Maybe next year",
     "Hi,\n\nMy husband and I are thinking about doing a book of his National Service letters, possibly next year. Could you send some information on costs and how the process works? No rush at all.\n\nMargaret Ellis",
     "L", "neu", False),
],
}
