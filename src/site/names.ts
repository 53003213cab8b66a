/**
 * Names of institutions and places in the reader's language. A notice names its
 * organisation and places in its original language; a reader of another
 * language should not read "Parlament Europejski" or "Brussels (Βέλγιο)".
 * Names come from data files (src/site/data/) and the site's organisationNames.
 */
import type { Language } from '../browser/languages.ts';
import institutions from './data/institutions.json' with { type: 'json' };
import placeData from './data/places.json' with { type: 'json' };

/** A name in some or all of the 24 languages. */
export type Names = Partial<Record<Language, string>>;

/** Names compared as a recruiter may type them: any case, straight or curly apostrophes, any spacing. */
function key(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('en').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

function index(entries: Names[]): Map<string, Names> {
  const byName = new Map<string, Names>();
  for (const names of entries) for (const name of Object.values(names)) byName.set(key(name), names);
  return byName;
}

const BODIES = index(Object.values(institutions.bodies));
const PLACES = index(placeData.places.map((place) => place.names as Names));
const COUNTRY_OF = new Map(placeData.places.map((place) => [place.names as Names, place.country]));

/**
 * The organisation's names in every language it has, from the site's own (`extra`, from
 * organisationNames in site.yaml) or the EU's official names; undefined when neither knows it,
 * and the name is then shown as written.
 */
export function organisationNames(name: string, extra: readonly Names[] = []): Names | undefined {
  const own = extra.find((names) => Object.values(names).some((candidate) => key(candidate) === key(name)));
  return own ?? BODIES.get(key(name));
}

/** The name of a city in `language`, when it is a usual duty station or a capital named in any of the 24 languages. */
export function placeName(city: string, country: string, language: Language): string | undefined {
  const names = PLACES.get(key(city));
  return names && COUNTRY_OF.get(names) === country ? names[language] : undefined;
}

/** The zones whose name is not their city's. */
const ZONE_CITIES: Record<string, string> = { 'Europe/Malta': 'Valletta', 'Asia/Nicosia': 'Nicosia', 'Europe/Nicosia': 'Nicosia' };

/** The city a time zone is named after, in `language`: "Lisbonne" for Europe/Lisbon in French; undefined for a zone without one in the data. */
export function zoneCity(timeZone: string, language: Language): string | undefined {
  const city = ZONE_CITIES[timeZone] ?? timeZone.split('/').at(-1)!.replace(/_/g, ' ');
  return PLACES.get(key(city))?.[language];
}
