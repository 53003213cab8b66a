/**
 * The files `npm run new` writes: a new notice with its facts and the usual
 * sections, or a translation of an existing notice. Hints are HTML comments,
 * which are never published.
 */
import { stringify } from 'yaml';

/** The sections of a vacancy notice, in the order candidates expect them, each with what to write in it. */
export const SECTIONS = [
  { heading: 'About us', hint: 'Who recruits: the institution, the service and what it does, in two or three short paragraphs.' },
  { heading: 'The post', hint: 'What the person recruited will do: one sentence on the role, then the main tasks as a list.' },
  {
    heading: 'What we look for',
    hint: 'The skills, experience and qualities you look for; say which are required and which are an advantage.',
  },
  {
    heading: 'How to apply',
    hint: 'What to send (CV, motivation letter, form), in which format, to which address, and the deadline with its time and time zone.',
  },
  { heading: 'Eligibility', hint: 'The conditions candidates must meet: citizenship, education, professional experience, languages.' },
  {
    heading: 'Selection',
    hint: 'How candidates are selected: who assesses them, the steps (interview, written test) and the language of the selection.',
  },
  {
    heading: 'Recruitment and conditions',
    hint: 'Contract and its length, grade, place of employment, probationary period, pay, equal opportunities, personal data.',
  },
] as const;

/** The answers a new notice is made from, already checked. */
export interface NewNotice {
  reference: string;
  title: string;
  staffCategory: string;
  grade?: string;
  domain: string;
  city: string;
  country: string;
  published?: string;
  deadline: string;
  timezone?: string;
  service?: string;
  email?: string;
  url?: string;
}

/** A YAML scalar, quoted only when YAML needs it. */
const scalar = (value: string) => stringify(value).trimEnd();
/** Dates always in double quotes, so that no YAML reader takes them for timestamps. */
const quoted = (value: string) => JSON.stringify(value);

export function noticeFile(notice: NewNotice): string {
  const lines = [
    '---',
    `reference: ${scalar(notice.reference)}`,
    `title: ${scalar(notice.title)}`,
    notice.service && `service: ${scalar(notice.service)}`,
    `staffCategory: ${notice.staffCategory}`,
    notice.grade && `grade: ${scalar(notice.grade)}`,
    `domain: ${notice.domain}`,
    'locations:',
    `  - city: ${scalar(notice.city)}`,
    `    country: ${notice.country}`,
    notice.published && `published: ${quoted(notice.published)}`,
    `deadline: ${quoted(notice.deadline)}`,
    notice.timezone && `timezone: ${notice.timezone}`,
    'apply:',
    notice.email ? `  email: ${scalar(notice.email)}` : `  url: ${scalar(notice.url ?? '')}`,
    '# Optional: organisation, legalBasis, contractDuration, probationMonths, securityClearance.',
    '# Every field is explained in docs/publishing.md.',
    '---',
  ];
  return `${lines.filter(Boolean).join('\n')}\n${sectionsOf(SECTIONS)}`;
}

function sectionsOf(sections: readonly { heading: string; hint: string }[]): string {
  return sections.map(({ heading, hint }) => `\n## ${heading}\n\n<!-- ${hint} -->\n`).join('');
}

export interface NewTranslation {
  title: string;
  /** Place names in this language, one per location of the original; left out when they are the same. */
  places?: string[];
  /** The original's fingerprint (originalFingerprint). */
  translatedFrom: string;
}

/** A translation with the original's headings, each with a hint naming the section to translate. */
export function translationFile(translation: NewTranslation, originalFile: string, originalBody: string): string {
  const headings = [...originalBody.matchAll(/^(#{2,3})\s+(.+?)\s*$/gm)];
  const lines = [
    '---',
    `title: ${scalar(translation.title)}`,
    translation.places && `places: [${translation.places.map(quoted).join(', ')}]`,
    `translatedFrom: ${translation.translatedFrom}`,
    '---',
  ];
  const body = headings.length
    ? headings
        .map(
          ([, marks, text]) => `\n${marks} ${text}\n\n<!-- Translate the section "${text}" of ${originalFile} here, and its heading. -->\n`,
        )
        .join('')
    : `\n<!-- Translate the text of ${originalFile} here. -->\n`;
  return `${lines.filter(Boolean).join('\n')}\n${body}`;
}
