import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { IncidentBody } from "../../_components/incident-body";
import { IncidentHeader } from "../../_components/incident-header";
import { getIncidentBySlug, listRelatedIncidents } from "../../_lib/cached-reads";
import { incidentJsonLd } from "../../_lib/incident-json-ld";
import { incidentMetadata } from "../../_lib/incident-metadata";
import { serializeJsonLd } from "../../_lib/json-ld";
import { getMessages, getNonce, getSiteUrl } from "../../_lib/request-context";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  const found = await getIncidentBySlug(slug);
  if (!found) notFound();
  if ("redirectTo" in found) permanentRedirect(`/incidents/${encodeURIComponent(found.redirectTo)}`);
  return found.incident;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const inc = await load((await params).slug);
  const { lang, t } = await getMessages();
  return incidentMetadata(inc, lang, t);
}

export default async function IncidentPage({ params }: Props) {
  const inc = await load((await params).slug);
  const { lang, t } = await getMessages();
  const [related, base, nonce] = await Promise.all([listRelatedIncidents(inc.slug, inc.services), getSiteUrl(), getNonce()]);
  const jsonLd = serializeJsonLd(incidentJsonLd(inc, new URL(`/incidents/${inc.slug}`, base).href, lang));
  return (
    <article>
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <IncidentHeader inc={inc} lang={lang} t={t} />
      <IncidentBody inc={inc} related={related} now={Date.now()} lang={lang} t={t} />
    </article>
  );
}
