import type { Metadata } from "next";
import { SourceHealthTable } from "../_components/source-health-table";
import { listSourceHealth } from "../_lib/cached-reads";
import { getMessages } from "../_lib/request-context";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.followedSources };
}

export default async function SourcesPage() {
  const [{ lang, t }, sources] = await Promise.all([getMessages(), listSourceHealth()]);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold tracking-tight sm:text-3xl">{t.followedSources}</h1>
      {sources.length === 0 ? <p>{t.noSources}</p> : <SourceHealthTable sources={sources} lang={lang} t={t} />}
    </>
  );
}
