// /api-docs: the public HTTP interface in a few lines (the contract is in README.md), so a reader
// who finds a feed or the JSON API knows what each address gives. Static wording, no data.
import type { GetServerSideProps } from "next";
import { PageHead } from "../components/page-head";
import { SiteBody } from "../components/site-body";
import { readPageRequest } from "../app/_lib/page-request";
import type { Lang } from "../lib/domain/types";
import { API_DOCS } from "../lib/i18n/data/api-docs";
import { messages } from "../lib/i18n/data/messages";

export const config = { unstable_runtimeJS: false };

type Props = { lang: Lang; path: string };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req }) => ({ props: readPageRequest(req, "/api-docs") });

export default function ApiDocsPage({ lang, path }: Props) {
  const t = messages[lang];
  const d = API_DOCS[lang];
  return (
    <>
      <PageHead t={t} lang={lang} title={d.title} canonical="/api-docs" />
      <SiteBody t={t} lang={lang} path={path}>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{d.title}</h1>
        <p className="mt-2">{d.intro}</p>
        {d.sections.map((s) => (
          <section key={s.title} className="mt-6" aria-labelledby={`api-${s.id}`}>
            <h2 id={`api-${s.id}`} className="text-xl font-semibold">{s.title}</h2>
            <dl className="mt-2 space-y-2">
              {s.rows.map(([addr, what]) => (
                <div key={addr}>
                  <dt><code className="rounded bg-slate-100 px-1 text-sm dark:bg-slate-800">{addr}</code></dt>
                  <dd className="ml-4 text-slate-700 dark:text-slate-300">{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </SiteBody>
    </>
  );
}
