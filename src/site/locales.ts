/**
 * The interface strings of the 24 languages, from `locales/<lang>.json`, imported
 * as modules so that the build, the scripts and the tests read them the same way.
 */
import type { Language } from '../browser/languages.ts';
import bg from '../../locales/bg.json' with { type: 'json' };
import cs from '../../locales/cs.json' with { type: 'json' };
import da from '../../locales/da.json' with { type: 'json' };
import de from '../../locales/de.json' with { type: 'json' };
import el from '../../locales/el.json' with { type: 'json' };
import en from '../../locales/en.json' with { type: 'json' };
import es from '../../locales/es.json' with { type: 'json' };
import et from '../../locales/et.json' with { type: 'json' };
import fi from '../../locales/fi.json' with { type: 'json' };
import fr from '../../locales/fr.json' with { type: 'json' };
import ga from '../../locales/ga.json' with { type: 'json' };
import hr from '../../locales/hr.json' with { type: 'json' };
import hu from '../../locales/hu.json' with { type: 'json' };
import it from '../../locales/it.json' with { type: 'json' };
import lt from '../../locales/lt.json' with { type: 'json' };
import lv from '../../locales/lv.json' with { type: 'json' };
import mt from '../../locales/mt.json' with { type: 'json' };
import nl from '../../locales/nl.json' with { type: 'json' };
import pl from '../../locales/pl.json' with { type: 'json' };
import pt from '../../locales/pt.json' with { type: 'json' };
import ro from '../../locales/ro.json' with { type: 'json' };
import sk from '../../locales/sk.json' with { type: 'json' };
import sl from '../../locales/sl.json' with { type: 'json' };
import sv from '../../locales/sv.json' with { type: 'json' };

export type Messages = { [key: string]: string | Messages };

export const MESSAGES: Record<Language, Messages> = {
  bg,
  cs,
  da,
  de,
  el,
  en,
  es,
  et,
  fi,
  fr,
  ga,
  hr,
  hu,
  it,
  lt,
  lv,
  mt,
  nl,
  pl,
  pt,
  ro,
  sk,
  sl,
  sv,
};
