// The filter fields of the search form (plain GET form: works without JavaScript). The article
// language is `articleLang` because `?lang=` switches the site's UI language (proxy.ts).
import type { SearchWording } from "../../lib/search/data/search-wording";

const CAUSES = ["network-bgp-dns", "config-change", "software-bug", "hardware-or-datacenter", "capacity-overload", "cyberattack", "third-party", "unknown"];
const field = "rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900";

/** Service, date range, article language and cause inputs, prefilled from the URL. */
export function SearchFilters({ w, v, causeLabels, langNames }: { w: SearchWording; v: Record<string, string>; causeLabels: Record<string, string>; langNames: Record<string, string> }) {
  return (
    <fieldset className="mt-3 flex flex-wrap items-end gap-3 text-sm">
      <legend className="sr-only">{w.filters}</legend>
      <label className="grid">{w.service}<input name="service" defaultValue={v.service ?? ""} maxLength={80} className={field} /></label>
      <label className="grid">{w.from}<input type="date" name="from" defaultValue={v.from ?? ""} className={field} /></label>
      <label className="grid">{w.to}<input type="date" name="to" defaultValue={v.to ?? ""} className={field} /></label>
      <label className="grid">{w.lang}
        <select name="articleLang" defaultValue={v.articleLang ?? ""} className={field}><option value="">{w.any}</option><option value="fr">{langNames.fr}</option><option value="en">{langNames.en}</option></select>
      </label>
      <label className="grid">{w.cause}
        <select name="cause" defaultValue={v.cause ?? ""} className={field}>
          <option value="">{w.any}</option>
          {CAUSES.map((c) => <option key={c} value={c}>{causeLabels[c] ?? c}</option>)}
        </select>
      </label>
      <button type="submit" className="rounded bg-slate-900 px-3 py-1 text-white dark:bg-slate-100 dark:text-slate-900">{w.apply}</button>
    </fieldset>
  );
}
