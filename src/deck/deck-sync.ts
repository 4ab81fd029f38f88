/**
 * Keeps the windows of one deck (presenter view, audience screen) in step over a BroadcastChannel.
 * Windows exchange whole states, never key presses: a state is complete, so a missed or repeated
 * message cannot put the windows out of step. A window that opens late says hello and gets the
 * current state from a window that has one.
 */
import { isDeckState, type DeckState } from '../lib/deck/deck-state';

type DeckMessage = { kind: 'hello' } | { kind: 'state'; state: DeckState };

export class DeckSync {
  private readonly channel: BroadcastChannel | undefined;

  /**
   * @param name one channel per bijeenkomst, so two decks open side by side do not mix
   * @param onState called with a state another window published
   * @param current the state to answer a hello with, or undefined while this window has none worth sharing
   */
  constructor(
    name: string,
    private readonly onState: (state: DeckState) => void,
    private readonly current: () => DeckState | undefined,
  ) {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`leerlijn-deck:${name}`) : undefined;
    this.channel?.addEventListener('message', this.receive);
  }

  private readonly receive = (event: MessageEvent<unknown>): void => {
    const message = event.data as Partial<DeckMessage> | null;
    if (message?.kind === 'hello') {
      const state = this.current();
      if (state) this.publish(state);
    } else if (message?.kind === 'state' && isDeckState(message.state)) {
      this.onState(message.state);
    }
  };

  /** Ask the other windows for the current state. */
  hello(): void {
    this.channel?.postMessage({ kind: 'hello' } satisfies DeckMessage);
  }

  publish(state: DeckState): void {
    this.channel?.postMessage({ kind: 'state', state } satisfies DeckMessage);
  }

  close(): void {
    this.channel?.removeEventListener('message', this.receive);
    this.channel?.close();
  }
}
