/**
 * Keeps the windows of one deck (presenter view, audience screen) in step over a BroadcastChannel.
 * Windows exchange whole states, never key presses: a state is complete, so a missed or repeated
 * message cannot put the windows out of step. A window that opens says hello with its seniority;
 * every window open before it answers with the current state, which the newcomer adopts. So it does
 * not matter which window opens first or which one is reloaded.
 */
import { isDeckState, type DeckState } from '../lib/deck/deck-state';
import { isOlder, isSeniority, newSeniority, type Seniority } from '../lib/deck/window-seniority';

type DeckMessage = { kind: 'hello'; from: Seniority } | { kind: 'state'; state: DeckState };

export class DeckSync {
  private readonly channel: BroadcastChannel | undefined;
  private readonly seniority = newSeniority(Date.now());

  /**
   * @param name one channel per bijeenkomst, so two decks open side by side do not mix
   * @param onState called with a state another window published
   * @param current this window's state, to answer a younger window's hello with
   */
  constructor(
    name: string,
    private readonly onState: (state: DeckState) => void,
    private readonly current: () => DeckState,
  ) {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`leerlijn-deck:${name}`) : undefined;
    this.channel?.addEventListener('message', this.receive);
  }

  private readonly receive = (event: MessageEvent<unknown>): void => {
    const message = event.data as Partial<DeckMessage> | null;
    if (message?.kind === 'hello') {
      if (isSeniority(message.from) && isOlder(this.seniority, message.from)) this.publish(this.current());
    } else if (message?.kind === 'state' && isDeckState(message.state)) {
      this.onState(message.state);
    }
  };

  /** Ask the windows that were open before this one for the current state. */
  hello(): void {
    this.channel?.postMessage({ kind: 'hello', from: this.seniority } satisfies DeckMessage);
  }

  publish(state: DeckState): void {
    this.channel?.postMessage({ kind: 'state', state } satisfies DeckMessage);
  }

  close(): void {
    this.channel?.removeEventListener('message', this.receive);
    this.channel?.close();
  }
}
