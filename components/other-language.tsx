import type { Lang } from "../lib/domain/types";
import { STORY_WORDING } from "../lib/i18n/data/story-wording";

/** Source text shown as written: marked with its language, and noted when it is not the page's. */
export function OtherLanguage({ text, textLang, lang, className }: { text: string; textLang: Lang; lang: Lang; className?: string }) {
  return (
    <>
      <span lang={textLang} className={className}>{text}</span>
      {textLang !== lang && <span className="ml-1 text-xs text-slate-600 dark:text-slate-400">{STORY_WORDING[lang].inLanguage[textLang]}</span>}
    </>
  );
}
