import { serviceSlug } from "../lib/text/service-slug";

/** The services of an incident as links to their history pages. */
export function ServiceChips({ services }: { services: string[] }) {
  return (
    <ul className="flex flex-wrap gap-1.5">
      {services.map((s) => (
        <li key={s}>
          <a href={`/services/${serviceSlug(s)}`} className="inline-block rounded-full bg-slate-100 px-2.5 py-0.5 text-sm font-medium text-slate-800 hover:bg-slate-200 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700">
            {s}
          </a>
        </li>
      ))}
    </ul>
  );
}
