import { useEffect } from 'react';
import { useEditor } from '../../store/useEditor';

/** Keeps `<html lang>` in step with the interface language (screen readers, hyphenation). */
export function useDocumentLanguage(): void {
  const language = useEditor((s) => s.language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}
