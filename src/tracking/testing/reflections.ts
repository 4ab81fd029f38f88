/**
 * Eight different reflections as participants write them (about 300 characters each, real Dutch
 * prose, no repetition between them), for honest suspend_data size tests: invented words or one
 * repeated sentence compress far better than what people really type.
 */
export const REFLECTIONS = [
  'Bij mevrouw De Vries merkte ik dat ik te snel oplossingen aandroeg. Toen ik vroeg wat zij zelf al geprobeerd had, vertelde ze over haar buurvrouw die elke dinsdag boodschappen doet. Daar had ik nog nooit naar gevraagd. Volgende keer begin ik met haar netwerk in kaart te brengen.',
  'Het verschil tussen zorgen voor en zorgen dat werd me pas duidelijk bij het rollenspel. Ik neem vaak taken over omdat het sneller gaat, maar daarmee ontneem ik de cliënt de kans om zelf regie te houden. Ik wil vaker even wachten en de vraag teruggeven, ook als dat ongemakkelijk voelt.',
  'In het keukentafelgesprek met meneer Bakker gebruikte ik voor het eerst de schaalvraag. Hij gaf zichzelf een vier voor zijn zelfredzaamheid en kon precies vertellen wat een vijf zou zijn: zelf naar de huisarts fietsen. Dat gaf ons samen een concreet doel, kleiner dan ik had verwacht.',
  'Mantelzorgers lopen bij ons vaak vast voordat wij het doorhebben. De dochter van een cliënt vertelde pas na drie gesprekken dat ze nauwelijks slaapt. Ik ga in het eerste gesprek standaard vragen hoe het met de mensen rondom de cliënt gaat, en wie hen eigenlijk ondersteunt.',
  'Motiverende gespreksvoering vond ik eerst een trucje, maar het reflecteren werkt echt. Toen ik terugzei dat hij bang leek om zijn zelfstandigheid kwijt te raken, werd meneer rustiger en begon hij zelf over hulp bij het douchen. Ik had hem dat anders nooit horen voorstellen.',
  'Wat ik lastig blijf vinden is de grens tussen eigen kracht en verwaarlozing. Als iemand hulp weigert terwijl het huis vervuilt, wanneer grijp ik in? Ik wil dit bespreken in de intervisie en met de wijkverpleegkundige afspraken maken over wanneer we samen op huisbezoek gaan.',
  'Voor mijn eigen praktijk neem ik drie dingen mee: ik vraag eerst naar wat goed gaat, ik schrijf de doelen op in de woorden van de cliënt, en ik plan na zes weken een kort evaluatiegesprek. Mijn teamleider heeft toegezegd dat we dit als pilot in ons wijkteam mogen uitproberen.',
  'De casus van het echtpaar Yilmaz liet zien hoe verschillend familie naar zorg kijkt. De zoon wilde alles regelen, de ouders wilden juist niemand tot last zijn. Door beide kanten te laten vertellen wat ze belangrijk vonden, ontstond er ruimte voor een plan waar iedereen achter stond.',
];
