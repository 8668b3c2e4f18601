import { translate, type MessageKey } from '../../i18n/dictionary';
import type { Language } from '../../i18n/table';
import type { Finding } from './finding';

/** The finding as a sentence in `lang`, with its step numbers, labels and names filled in. */
export function findingMessage(finding: Finding, lang: Language): string {
  const key: MessageKey = `problems.${finding.code}`;
  return translate(lang, key, finding.params);
}
