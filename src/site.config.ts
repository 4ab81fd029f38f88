import { siteSchema, type SiteConfigInput } from './schemas/site';

/**
 * The organisation's settings: name, logo and colours. Change them here; every page, slide and
 * package follows. Colours must keep enough contrast (the accessibility tests check every page).
 */
const config: SiteConfigInput = {
  name: 'Leerlijn',
  locale: 'nl',
  colors: {
    accent: '#1d5c63',
  },
};

export const site = siteSchema.parse(config);
