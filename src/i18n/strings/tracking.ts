/**
 * Progress tracking and SCORM: the save status and what the participant is told about where their
 * work is. Dutch first; English has exactly the same keys.
 */
export const nl = {
  // Progress tracking and SCORM (issue 4)
  'tracking.retrying':
    'Uw voortgang is nog niet opgeslagen bij de leeromgeving. We proberen het opnieuw; in deze browser is alles bewaard.',
  'tracking.failed':
    'Uw voortgang kon nu niet worden opgeslagen bij de leeromgeving. Hij is bewaard in deze browser en wordt bij de volgende keer alsnog opgeslagen.',
  'tracking.saved':
    'Uw voortgang is naar de leeromgeving gestuurd. Deze browser bewaart een kopie tot de leeromgeving hem de volgende keer teruggeeft.',
  'tracking.trimmed':
    'Niet al uw antwoorden passen in de opslag van de leeromgeving. Alles blijft in deze browser bewaard, maar op een andere computer ziet u sommige antwoorden niet terug. Ga op deze computer verder.',
  'tracking.restored':
    'De leeromgeving had niet al uw werk van de vorige keer. Wat ontbrak, is uit deze browser teruggezet en opnieuw naar de leeromgeving gestuurd.',
  'tracking.unreachable':
    'Geen verbinding met de leeromgeving. Uw voortgang wordt alleen in deze browser bewaard en telt niet mee in de leeromgeving.',
  'tracking.standalone': 'Uw voortgang wordt in deze browser bewaard.',
  'tracking.review': 'U bekijkt uw eerdere werk. Wat u nu verandert, wordt niet opgeslagen.',
  'tracking.exit': 'Opslaan en afsluiten',
  'tracking.closed':
    'Uw voortgang is naar de leeromgeving gestuurd. Deze browser bewaart een kopie tot de leeromgeving hem de volgende keer teruggeeft. U kunt dit venster nu sluiten.',
  'tracking.frame': 'Cursus: {title}',
  'tracking.noScript': 'Deze cursus heeft JavaScript nodig om uw voortgang bij te houden. Open de cursus:',
  // Trustworthy progress (issue 16)
  'tracking.held':
    'Werk uit deze browser is teruggezet, maar de leeromgeving had het nooit ontvangen. Het telt pas mee voor uw resultaat als u de oefeningen opnieuw afrondt.',
  'tracking.elsewhere':
    'Een deel van uw werk paste niet in de leeromgeving. Het staat alleen in de browser waarin u het schreef; daar ziet u het terug.',
  'lms.title': 'LMS-voorbeeld',
  'lms.intro':
    'Speel een SCORM-pakket af zoals een leeromgeving het doet, en zie wat die vastlegt voordat u het pakket uploadt. De gegevens blijven in deze browser.',
  'lms.package': 'Pakket',
  'lms.launch': 'Starten',
  'lms.close': 'Opslaan en afsluiten',
  'lms.reset': 'Gegevens wissen',
  'lms.review': 'Openen in inzagemodus (review)',
  'lms.noPackages': 'Er zijn nog geen pakketten. Maak ze met npm run package.',
  'lms.running': 'Pakket {name} loopt.',
  'lms.closed': 'Pakket {name} is afgesloten; de gegevens zijn bewaard.',
  'lms.cleared': 'De gegevens van {name} zijn gewist.',
  'lms.frame': 'Cursus in het LMS-voorbeeld',
  'lms.recorded': 'Wat de leeromgeving vastlegt',
  'lms.completion': 'Status',
  'lms.success': 'Geslaagd',
  'lms.score': 'Score',
  'lms.location': 'Plek (location)',
  'lms.exit': 'Afsluiting (exit)',
  'lms.sessionTime': 'Sessieduur',
  'lms.suspend': 'suspend_data',
  'lms.suspendSize': '{length} van {limit} tekens',
  'lms.objectives': 'Doelen per bijeenkomst (objectives)',
  'lms.interactions': 'Antwoorden (interactions)',
  'lms.id': 'Id',
  'lms.status': 'Status',
  'lms.progress': 'Voortgang',
  'lms.type': 'Soort',
  'lms.response': 'Antwoord',
  'lms.result': 'Resultaat',
  'lms.none': 'Nog niets vastgelegd.',
  'lms.catalogueLink': 'Voor organisaties: bekijk wat uw leeromgeving van de SCORM-pakketten vastlegt',
  'lms.launchPages': 'Startpagina’s zoals een leeromgeving ze opent',
} as const;

export const en: Record<keyof typeof nl, string> = {
  // Progress tracking and SCORM (issue 4)
  'tracking.retrying':
    'Your progress has not been saved in the learning environment yet. We are trying again; everything is kept in this browser.',
  'tracking.failed':
    'Your progress could not be saved in the learning environment just now. It is kept in this browser and will be saved next time.',
  'tracking.saved':
    'Your progress has been sent to the learning environment. This browser keeps a copy until the learning environment gives it back next time.',
  'tracking.trimmed':
    'Not all your answers fit in the learning environment’s storage. Everything stays in this browser, but on another computer you will not see some answers. Continue on this computer.',
  'tracking.restored':
    'The learning environment did not have all your work from last time. What was missing has been put back from this browser and sent again.',
  'tracking.unreachable':
    'No connection with the learning environment. Your progress is kept in this browser only and does not count in the learning environment.',
  'tracking.standalone': 'Your progress is kept in this browser.',
  'tracking.review': 'You are looking at your earlier work. Changes you make now are not saved.',
  'tracking.exit': 'Save and close',
  'tracking.closed':
    'Your progress has been sent to the learning environment. This browser keeps a copy until the learning environment gives it back next time. You can close this window now.',
  'tracking.frame': 'Course: {title}',
  'tracking.noScript': 'This course needs JavaScript to keep track of your progress. Open the course:',
  // Trustworthy progress (issue 16)
  'tracking.held':
    'Work from this browser has been put back, but the learning environment never received it. It counts for your result only once you finish the exercises again.',
  'tracking.elsewhere':
    'Part of your work did not fit in the learning environment. It is kept only in the browser you wrote it in; you will see it there.',
  'lms.title': 'LMS preview',
  'lms.intro':
    'Play a SCORM package the way a learning environment does, and see what it records before you upload the package. The data stays in this browser.',
  'lms.package': 'Package',
  'lms.launch': 'Launch',
  'lms.close': 'Save and exit',
  'lms.reset': 'Clear data',
  'lms.review': 'Open in review mode',
  'lms.noPackages': 'There are no packages yet. Make them with npm run package.',
  'lms.running': 'Package {name} is running.',
  'lms.closed': 'Package {name} was closed; its data is kept.',
  'lms.cleared': 'The data of {name} was cleared.',
  'lms.frame': 'Course in the LMS preview',
  'lms.recorded': 'What the learning environment records',
  'lms.completion': 'Status',
  'lms.success': 'Passed',
  'lms.score': 'Score',
  'lms.location': 'Location',
  'lms.exit': 'Exit',
  'lms.sessionTime': 'Session time',
  'lms.suspend': 'suspend_data',
  'lms.suspendSize': '{length} of {limit} characters',
  'lms.objectives': 'Objectives per bijeenkomst',
  'lms.interactions': 'Answers (interactions)',
  'lms.id': 'Id',
  'lms.status': 'Status',
  'lms.progress': 'Progress',
  'lms.type': 'Type',
  'lms.response': 'Response',
  'lms.result': 'Result',
  'lms.none': 'Nothing recorded yet.',
  'lms.catalogueLink': 'For organisations: see what your learning environment records from the SCORM packages',
  'lms.launchPages': 'Launch pages as a learning environment opens them',
};
