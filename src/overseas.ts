/**
 * The programme's home country, and what counts as overseas. A domain fact read by the stats (which
 * talents and organisations the figures count), by the organisation and partnership writes (which
 * changes move partnerOrganizations) and by the seed generator: it lives here, importing nothing,
 * so that none of them imports another for it (stats imports projects, which import organisations).
 */

/** The programme's home country: talents and organisations from elsewhere are overseas (境外, Hong Kong included). */
export const DOMESTIC_COUNTRY = 'CN';

/** From abroad: a talent or organisation the figures count as overseas. */
export const isOverseas = (row: { countryCode: string }) => row.countryCode !== DOMESTIC_COUNTRY;
