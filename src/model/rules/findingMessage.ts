import { translate, type MessageKey, type MessageParams } from '../../i18n/dictionary';
import type { Language } from '../../i18n/table';
import type { TextPlace } from '../textPlaces';
import type { Finding } from './finding';
import { addStrings } from '../../i18n/dictionary';
import { problemMessages } from '../../i18n/strings/problemMessages';

// The messages come with the parts that show them.
addStrings(problemMessages);

/** The finding as a sentence in `lang`, with its step numbers, labels and names filled in. */
export function findingMessage(finding: Finding, lang: Language): string {
  const key: MessageKey = `problems.${finding.code}`;
  const params: MessageParams = { ...finding.params };
  if (finding.place) params.where = placeName(finding.place, finding.params, lang);
  if (finding.code === 'text.hyphenated') {
    params.advice = translate(
      lang,
      `problems.advice.${String(finding.params.advice)}` as MessageKey,
    );
  }
  return translate(lang, key, params);
}

/** Where a text finding is, as the user reads it: "Langkah 3, kolom Kelengkapan". */
function placeName(place: TextPlace, params: Finding['params'], lang: Language): string {
  if (place.kind !== 'identity') return translate(lang, `problems.place.${place.kind}`, params);
  const field: MessageKey =
    place.field === 'organization' ? 'problems.field.organization' : `identity.${place.field}`;
  return translate(lang, 'problems.place.identity', { field: translate(lang, field) });
}
