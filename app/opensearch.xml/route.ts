// GET /opensearch.xml: OpenSearch 1.1 description so browsers can add the site's search.
import { siteOrigin } from "../../lib/http/feed-responses";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The description, with absolute template URLs on this site's origin. */
export async function GET(req: Request): Promise<Response> {
  const origin = escapeXml(siteOrigin(req));
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>Outage Atlas</ShortName>
  <Description>Search outages of online services (French and English sources)</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Url type="text/html" method="get" template="${origin}/search?q={searchTerms}"/>
  <Url type="application/json" method="get" template="${origin}/api/search?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${origin}/opensearch.xml"/>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { "content-type": "application/opensearchdescription+xml; charset=utf-8", "cache-control": "public, max-age=86400" } });
}
