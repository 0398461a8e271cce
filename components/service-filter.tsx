import type { ServiceEntry } from "../lib/db/site-service-history";
import type { Messages } from "../lib/i18n/data/messages";

const base = "inline-block rounded-full border px-2.5 py-0.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-600";
const on = "border-slate-900 bg-slate-900 text-white dark:border-slate-100 dark:bg-slate-100 dark:text-slate-950";
const off = "border-slate-300 hover:border-slate-500 hover:underline dark:border-slate-700";

/** Links filtering the home page by service (?service=slug); the current one is marked. On phones
 * the list folds into a disclosure, so the first incident is not pushed below the fold by chips. */
export function ServiceFilter({ services, current, t, home = "/" }: { services: ServiceEntry[]; current: string | null; t: Messages; home?: string }) {
  if (services.length === 0) return null;
  const chips = (
    <ul className="flex flex-wrap gap-1.5">
      <li>
        <a href={home} className={`${base} ${current ? off : on}`} aria-current={current ? undefined : "page"}>{t.allServices}</a>
      </li>
      {services.map((s) => (
        <li key={s.slug}>
          <a href={`${home}?service=${encodeURIComponent(s.slug)}`} className={`${base} ${current === s.slug ? on : off}`} aria-current={current === s.slug ? "page" : undefined}>
            {s.name} <span className="opacity-80">({s.incidentCount})</span>
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <nav aria-label={t.filterByService} className="mb-6" data-testid="service-filter">
      <details className="sm:hidden">
        <summary className="cursor-pointer text-sm font-medium">{t.filterByService} ({services.length})</summary>
        <div className="mt-2">{chips}</div>
      </details>
      <div className="hidden sm:block">{chips}</div>
    </nav>
  );
}
