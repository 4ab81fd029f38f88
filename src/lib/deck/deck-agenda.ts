/** A bijeenkomst's agenda as the deck and the presenter view get it: block ids, minutes and kinds, laid end to end. */
import { agendaBlockId, type AgendaBlock } from '../../schemas/bijeenkomst';
import { planBlocks, type PlannedBlock } from './pace';

export function deckAgenda(agenda: readonly AgendaBlock[]): PlannedBlock[] {
  return planBlocks(
    agenda.map((block) => ({ id: agendaBlockId(block), title: block.title, minutes: block.minutes, kind: block.kind })),
  );
}
