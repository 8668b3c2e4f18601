import { useT } from '../../i18n/useT';
import { isLanguage, LANGUAGES, type Language } from '../../i18n/table';
import { useEditor } from '../../store/useEditor';

// Each language is named in itself, so a reader of either can find their own.
const NAMES: Record<Language, string> = { id: 'Bahasa Indonesia', en: 'English' };

/** The interface language (remembered in this browser). */
export function LanguageSwitch() {
  const t = useT();
  const language = useEditor((s) => s.language);
  const setLanguage = useEditor((s) => s.setLanguage);
  return (
    <label className="language-switch">
      <span className="language-switch-label">{t('shell.language.label')}</span>
      <select
        data-testid="language-select"
        value={language}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (isLanguage(value)) setLanguage(value);
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {NAMES[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
