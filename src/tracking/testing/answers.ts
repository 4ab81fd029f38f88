/**
 * What a participant who writes a lot types into a whole course, for the capacity tests of
 * suspend_data: real Dutch in a participant's own words, every answer different (invented words
 * or one repeated sentence compress far better than what people really type).
 */

/** Long reflections, one per written field of a Reflectie: 300 to 360 characters, four or five sentences. */
export const LONG_ANSWERS = [
  'Mevrouw Jansen wil vooral thuis blijven wonen en zelf bepalen wanneer ze opstaat en eet. Ze kan nog veel: ze kookt af en toe, belt haar zus elke dag en doet de was. Haar dochter woont in Zwolle en komt in het weekend. Mijn eerste zin zou zijn: wat gaat er op een gewone dag goed? Ik merk dat ik meteen aan een alarmknop en maaltijden denk.',
  'Dinsdag heb ik voor meneer Bos het formulier van de gemeente ingevuld. Hij zat ernaast en knikte alleen. Ik deed het omdat de volgende cliënt al wachtte en ik bang was dat het anders weer blijft liggen. Achteraf had ik kunnen vragen welk deel hij zelf kan invullen, of wie hem daarbij kan helpen. Zijn kleinzoon is handig met de computer.',
  'Het grootste verschil zie ik bij financiën: alleen redt hij het niet, maar met zijn broer erbij gaat het goed. Bij huisvesting is er geen verschil, want hij regelt alles zelf met de woningbouw. Bij sociaal netwerk scoorde ik hem laag, maar misschien zie ik de mensen van de moskee over het hoofd. Ik wil hem volgende week zelf laten scoren.',
  'Zijn buurman kan helpen met boodschappen op zaterdag, zijn dochter met de post en de bank. De vrijwilliger van de ouderenbond zou kunnen langskomen voor een praatje. Wat meneer De Vries zelf wil weet ik eigenlijk niet. Ik zou vragen: als u morgen wakker wordt en het gaat iets beter, wat merkt u dan als eerste? De ring met vrienden is leeg.',
  'Mijn cliënt is een vrouw van 58 met beginnende MS die sinds kort alleen woont. Ze wil graag blijven werken bij de bibliotheek, twee ochtenden per week. Ze kan veel zelf, maar raakt snel moe en zegt dan afspraken af. Haar ex-man helpt nog met de tuin, haar vriendin rijdt haar naar het ziekenhuis. Een vrijwilliger kan misschien mee naar de markt.',
  'Bij een jonge vader heb ik de regie echt bij hem gelaten. Hij wilde zelf de schuldhulp bellen en ik heb alleen het nummer opgezocht. Bij een oudere mevrouw heb ik het toch weer overgenomen, omdat haar dochter erg aandrong. Ik zie nu meer kansen dan eerst, vooral bij mensen met een netwerk dat ik nog niet kende.',
  'Het meest bruikbaar vond ik de schaalvraag, die gebruik ik nu bijna in elk gesprek. Ik heb geleerd dat niet alles direct opgelost hoeft te worden. Wat hielp waren de rollenspellen met de acteur, al vond ik het spannend. Beter kan het tijdschema, want de laatste bijeenkomst was erg vol.',
  'In onze wijk werken we met een stuk of tien vrijwilligers van de voedselbank en het buurthuis. Het aanspreekpunt is Marieke, maar zij werkt maar twee dagen. Goed geregeld is de verzekering, en iedereen heeft een VOG. Niet goed geregeld is wie een vrijwilliger belt als het misgaat.',
  'Deze week heb ik de eerste stap gezet: ik heb met het buurthuis gebeld en een afspraak gemaakt voor donderdag. Dat ging makkelijker dan gedacht, de coördinator was blij met het idee. Ik liep er tegenaan dat mijn teamleider eerst wil weten wat het kost. Een cliënt vroeg meteen of de vrijwilliger ook kan helpen met de computer.',
  'Mijn plan is een maatjesproject voor mensen die na een ziekenhuisopname alleen thuis zijn. Ik zit nu bij stap drie, vinden en verbinden. De afgelopen weken sprak ik met twee vrijwilligers en de wijkverpleging. Goed ging de samenwerking met de kerk, die had meteen drie namen. Lastig was de privacy: wat mag ik over een cliënt vertellen?',
  'Ik kreeg vooral vragen over de kosten en over wie de vrijwilligers begeleidt. De vraag van Sandra bleef hangen: wat doe je als een vrijwilliger te veel op zich neemt? De tip om een vast belmoment per maand te plannen ga ik gebruiken. Het idee van een contract laat ik liggen, dat past niet bij ons.',
  'Ik heb geleerd dat vrijwilligers geen gratis personeel zijn maar een eigen rol hebben. Lastig blijft de grens tussen wat een vrijwilliger mag doen en wat een professional moet doen. Mijn rol wordt meer die van verbinder. De grootste verandering in mijn plan: ik begin kleiner, met vijf koppels in plaats van twintig.',
  'Het vijfstappenplan vond ik het bruikbaarst, omdat ik nu weet waar ik ben en wat nog komt. Geleerd heb ik vooral van de verhalen van anderen in de groep. Wat hielp was de tijd tussen de bijeenkomsten om echt iets te proberen. Beter zou zijn als er een voorbeeldplan was geweest om mee te beginnen.',
  'Bij de casus dacht ik eerst dat hij niets meer kon. Toen ik beter las, zag ik dat hij nog elke dag naar de bakker loopt en de krant leest. Zijn zoon belt, maar komt zelden. Ik zou beginnen met te vragen hoe hij zijn dagen invult. De neiging om over te nemen voel ik bij de medicijnen, want daar maak ik me echt zorgen over.',
  'Wat mij opviel: zodra ik stil was, kwam mevrouw De Wit zelf met een idee. Ze wil haar oude buurvrouw vragen of die weer eens langskomt. Vroeger dronken ze elke week koffie. Ik had dat zelf nooit bedacht, omdat ik al bezig was met het regelen van een maaltijdservice.',
  'Ik merk dat ik snel denk dat een cliënt het niet kan. Bij meneer Pinas zag ik dat hij zijn medicijnen prima zelf bijhoudt met een lijstje op de koelkast. Zijn dochter controleert het op zondag. Dat werkt al jaren, dus waarom zou ik er iets aan veranderen?',
  'Voor mij was het gesprek met de wijkverpleegkundige belangrijk. We spraken af dat we eerst samen met de cliënt kijken wat hij zelf wil, en pas daarna wie wat doet. Zo voorkomen we dat we langs elkaar heen werken en dat de cliënt drie keer hetzelfde verhaal moet vertellen.',
  'Het was lastig om niet meteen een oplossing te geven. Mevrouw Amrani vroeg om huishoudelijke hulp, maar toen we doorpraatten bleek ze vooral eenzaam. Nu gaat ze op vrijdag naar de inloop in het wijkcentrum, en haar nicht helpt één keer per week met schoonmaken.',
  'In mijn team praten we vaak over cliënten en te weinig met ze. Ik wil voortaan in elk overleg vragen: wat zegt de cliënt er zelf van? Dat klinkt simpel, maar ik denk dat het veel verandert. Mijn collega Ruud wil het ook proberen bij zijn huisbezoeken.',
  'Ik heb de netwerkcirkel samen met meneer Visser ingevuld. Hij was verrast hoeveel mensen hij kent: de buren, iemand van de kerk, zijn oud-collega en de man van de fietsenwinkel. Hij wil nu zelf zijn oud-collega bellen om samen naar de voetbal te gaan.',
  'Soms voel ik me schuldig als ik iets niet overneem. Dan denk ik dat ik mijn werk niet goed doe. In deze bijeenkomst leerde ik dat ruimte geven ook werk is. Het kost zelfs meer tijd in het begin, maar de cliënt houdt het langer vol en voelt zich serieus genomen.',
  'Mijn volgende stap is een gesprek met de dochter van mevrouw Kok. Zij doet nu bijna alles en is moe. Ik wil samen bekijken wat haar moeder zelf kan en wie er nog meer kan helpen. Misschien de buurvrouw voor de boodschappen en een vrijwilliger voor de wandeling.',
  'Wat ik meeneem is de vraag wat er nodig is voor één stap verder. Die vraag maakt het kleiner en haalbaarder. Een cliënt die op een drie staat, hoeft niet naar een tien. Als hij naar een vier gaat, is dat al winst, en dat mag je ook zo benoemen in het gesprek.',
  'Bij ons in de gemeente zijn veel vrijwilligers, maar ik wist niet goed hoe ik ze kon vinden. Nu heb ik het nummer van de vrijwilligerscentrale en een naam van iemand die matches maakt. Volgende maand wil ik een cliënt voorstellen die graag samen wil koken.',
  'De cliënt die ik in gedachten had, woont op de derde verdieping zonder lift. Hij zegt zelf dat hij liever verhuist dan dat er elke dag iemand komt. Dat had ik niet verwacht. We gaan nu samen kijken naar een woning in de buurt, zodat hij zijn vrienden van het café houdt.',
  'Tijdens het rollenspel merkte ik hoe vaak ik de zin afmaak voor de ander. Mijn collega wees me erop. Thuis heb ik het geprobeerd met mijn eigen moeder: wachten, niets zeggen, en dan kwam ze met een heel ander antwoord dan ik dacht. Dat was een echte eyeopener voor mij.',
  'Voor onze organisatie betekent dit dat we het intakeformulier willen aanpassen. Nu begint het met wat iemand niet meer kan. Wij willen beginnen met wat iemand wel kan en wie er om hem heen staan. Ik heb dit voorstel op de agenda van het teamoverleg van volgende week gezet.',
  'Ik vond het moeilijk om te horen dat mijn goede bedoelingen soms averechts werken. Maar het klopt wel. Als ik alles regel, wordt de cliënt afhankelijk en komt hij minder buiten. Ik ga de komende maand bij drie cliënten bewust een taak teruggeven en kijken wat er gebeurt.',
  'Met de zelfredzaamheidscan zag ik pas hoe groot het verschil is tussen alleen en samen. Op het gebied van vervoer scoort mevrouw Hoek een twee, maar met haar buurman erbij een vier. Dat gesprek gaf haar moed: ze vraagt hem nu zelf of hij haar naar de huisarts wil brengen.',
] as const;

/** Shorter fields (steps of a plan, answers under a scale): 80 to 140 characters, one or two sentences. */
export const SHORT_ANSWERS = [
  'Mevrouw Yilmaz gaat over drie maanden weer zelf naar de markt, samen met haar buurvrouw.',
  'Zij wil dit zelf, ze zei het in het laatste gesprek: ik wil weer onder de mensen zijn.',
  'Volgende week bel ik de buurvrouw en vraag ik of zij op woensdag mee kan lopen.',
  'Haar zoon kan de eerste keer meegaan. Het buurtteam weet de weg naar de markt.',
  'Als ze drie keer achter elkaar afzegt, bespreek ik samen met haar wat er lastig is.',
  'Ik heb een half uur extra per bezoek nodig en overleg met de wijkverpleging.',
  'Anders dan vorige maand: hij belt nu zelf de huisarts als hij zich zorgen maakt.',
  'Een punt hoger zou zijn dat hij ook zelf de afspraak bij de fysiotherapeut maakt.',
  'Ik gaf mezelf een zes omdat ik het plan goed vind, maar de tijd is nog een probleem.',
  'Een zeven wordt het als mijn teamleider ja zegt en er een vaste collega meedoet.',
  'Verkennen: ik praat met drie cliënten over wat zij van een vrijwilliger zouden willen.',
  'Afbakenen: de vrijwilliger doet boodschappen en gezelschap, geen persoonlijke zorg.',
  'Vinden en verbinden: via de vrijwilligerscentrale en het mededelingenbord van de kerk.',
  'Samenwerken: elke maand een kop koffie met alle vrijwilligers en een vast telefoonnummer.',
  'Evalueren: na drie maanden vraag ik cliënten en vrijwilligers wat er beter kan.',
  'Mijn eerste stap is maandag een mail aan de coördinator van het buurthuis.',
  'Wat anders is: ik vraag eerst wat hij zelf al geprobeerd heeft voordat ik iets voorstel.',
  'Hoger komt hij als hij ook in het weekend iemand heeft om mee te praten.',
  'Het signaal dat het niet lukt: de post stapelt zich op en ze neemt de telefoon niet op.',
  'Nodig: een folder in eenvoudige taal en het telefoonnummer van het steunpunt mantelzorg.',
  'Ik zie het als gelukt als zij de vrijwilliger zelf belt om een afspraak te verzetten.',
  'Na de zomer plannen we een gesprek met cliënt, dochter en vrijwilliger om terug te kijken.',
] as const;

/** People a participant puts in a network circle. */
export const NETWORK_NAMES = [
  'dochter Petra',
  'buurvrouw Ans',
  'zoon Mark (Utrecht)',
  'huisarts dr. Koster',
  'wijkverpleging',
  'koor De Lofstem',
  'buurman Kees',
  'kleindochter Sanne',
  'thuiszorg',
  'oud-collega Wim',
  'kapper op vrijdag',
  'fysiotherapeut',
  'biljartclub',
  'maatje van de ouderenbond',
] as const;
