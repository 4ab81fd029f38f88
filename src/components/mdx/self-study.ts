import type { AuthorComponentName } from '../../schemas/components';
import Callout from './Callout.astro';
import Notes from './Notes.astro';
import Slide from './Slide.astro';

/** The author components as participants' self-study pages render them. */
export const selfStudyComponents = { Slide, Notes, Callout } satisfies Record<AuthorComponentName, unknown>;
