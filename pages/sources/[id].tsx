// /sources/<id>: a dated snapshot of one ingested document's extracted text, linked beside the
// original wherever a fact cites it, so the citation survives when the original moves or its
// publisher goes away. Rendered per request with no framework JavaScript (see pages/search.tsx).
import type { GetServerSideProps } from "next";
import { PageHead } from "../../components/page-head";
import { SiteBody } from "../../components/site-body";
import { incidentPath } from "../../app/_lib/incident-metadata";
import { asProps, readPageRequest } from "../../app/_lib/page-request";
import { hostOf, safeHref } from "../../app/_lib/safe-href";
import { getDocumentSnapshot, type DocumentSnapshot } from "../../lib/db/document-snapshots";
import type { Lang } from "../../lib/domain/types";
import { messages } from "../../lib/i18n/data/messages";
import { formatDateTime } from "../../lib/i18n/format";

export const config = { unstable_runtimeJS: false };

type Props = { lang: Lang; path: string; doc: DocumentSnapshot };

export const getServerSideProps: GetServerSideProps<Props, { id: string }> = async ({ req, params }) => {
  const id = /^\d{1,12}$/.test(params?.id ?? "") ? Number(params!.id) : NaN;
  const doc = await getDocumentSnapshot(id);
  if (!doc) return { notFound: true };
  return { props: asProps({ ...readPageRequest(req, `/sources/${doc.id}`), doc }) };
};

export default function SnapshotPage({ lang, path, doc }: Props) {
  const t = messages[lang];
  const href = safeHref(doc.url);
  const docLang = doc.lang === "fr" || doc.lang === "en" ? doc.lang : undefined;
  const body = doc.text.startsWith(doc.title) ? doc.text.slice(doc.title.length) : doc.text;
  return (
    <>
      <PageHead t={t} lang={lang} title={`${t.snapshotTitle}: ${doc.title || hostOf(doc.url)}`} noindex />
      <SiteBody t={t} lang={lang} path={path}>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t.snapshotTitle}</p>
        <h1 className="text-2xl font-bold tracking-tight" lang={docLang}>{doc.title || hostOf(doc.url)}</h1>
        <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]" data-testid="snapshot-meta">
          <dt className="font-semibold">{t.sourceName}</dt><dd>{doc.source || hostOf(doc.url)}{docLang && ` · ${t.langName[docLang]}`}</dd>
          <dt className="font-semibold">{t.original}</dt>
          <dd>{href ? <a href={href} rel="noopener noreferrer nofollow" className="underline">{doc.url}</a> : doc.url}</dd>
          {doc.publishedAt && <><dt className="font-semibold">{t.published}</dt><dd>{formatDateTime(doc.publishedAt, lang)}</dd></>}
          <dt className="font-semibold">{t.fetchedAt}</dt><dd>{formatDateTime(doc.fetchedAt, lang)}</dd>
          {doc.incidentSlug && <><dt className="font-semibold">{t.navHome}</dt><dd><a href={incidentPath(doc.incidentSlug, lang)} className="underline">{doc.incidentSlug}</a></dd></>}
        </dl>
        <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">{t.snapshotIntro}</p>
        <div className="mt-4 space-y-3 border-l-4 border-slate-200 pl-4 dark:border-slate-700" lang={docLang} data-testid="snapshot-text">
          {body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p, i) => <p key={i}>{p}</p>)}
        </div>
      </SiteBody>
    </>
  );
}
