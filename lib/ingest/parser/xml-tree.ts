// A feed's XML as a small tree, read leniently (htmlparser2 in XML mode: an unescaped "&" or a
// stray "<br>" does not lose the document, an unclosed element ends with its parent), with what
// a careful feed reader needs from XML: namespaces resolved from xmlns declarations, xml:base
// resolved down the tree (RFC 3986 against the parent's base), xml:lang inherited, CDATA kept as
// text, and HTML's named entities (&nbsp;, &eacute;) decoded as feedparser's loose parser does.
import { decodeHTML, decodeHTMLStrict } from "entities";
import { Parser } from "htmlparser2";

export interface XmlElement {
  /** local name, lower-cased: feedparser matches element names case-insensitively */
  name: string;
  /** namespace URI, "" when none */
  ns: string;
  /** attributes by local name (lower-cased), prefixes dropped; namespace declarations left out */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** the base URI in effect for this element's content */
  base: string;
  /** the xml:lang in effect, or null */
  lang: string | null;
  /** the prefixed name as written, for serialising embedded XHTML */
  qname: string;
}
export type XmlNode = XmlElement | string;

const XML_NS = "http://www.w3.org/XML/1998/namespace";

function resolve(ref: string, base: string): string {
  try {
    return new URL(ref.trim(), base).href;
  } catch {
    return base;
  }
}

/** Builds the tree of an XML text; `baseUrl` is the document's address. Never throws. */
export function parseXmlTree(text: string, baseUrl: string): XmlElement {
  const root: XmlElement = { name: "#document", ns: "", attrs: {}, children: [], base: baseUrl, lang: null, qname: "" };
  const stack: { el: XmlElement; scope: Record<string, string> }[] = [{ el: root, scope: { xml: XML_NS } }];
  let cdata = false;
  const parser = new Parser(
    {
      onopentag(qname, raw) {
        const parent = stack[stack.length - 1];
        const scope = { ...parent.scope };
        for (const [k, v] of Object.entries(raw)) {
          if (k === "xmlns") scope[""] = decodeHTMLStrict(v).trim();
          else if (k.startsWith("xmlns:")) scope[k.slice(6)] = decodeHTMLStrict(v).trim();
        }
        const attrs: Record<string, string> = {};
        let base = parent.el.base;
        let lang = parent.el.lang;
        for (const [k, v] of Object.entries(raw)) {
          if (k === "xmlns" || k.startsWith("xmlns:")) continue;
          const value = decodeHTMLStrict(v);
          if (k === "xml:base") base = resolve(value, base);
          else if (k === "xml:lang") lang = value.trim() || null;
          else attrs[k.slice(k.indexOf(":") + 1).toLowerCase()] = value;
        }
        const colon = qname.indexOf(":");
        const prefix = colon > 0 ? qname.slice(0, colon) : "";
        const el: XmlElement = { name: qname.slice(colon + 1).toLowerCase(), ns: scope[prefix] ?? (prefix ? prefix : ""), attrs, children: [], base, lang, qname };
        parent.el.children.push(el);
        stack.push({ el, scope });
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
      ontext(data) {
        const children = stack[stack.length - 1].el.children;
        const value = cdata ? data : decodeHTML(data);
        const last = children[children.length - 1];
        if (typeof last === "string") children[children.length - 1] = last + value;
        else children.push(value);
      },
      oncdatastart() {
        cdata = true;
      },
      oncdataend() {
        cdata = false;
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.end(text);
  return root;
}

/** The concatenated text of an element and its descendants. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return "";
  return el.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}

/** Child elements of `el` with local name `name`, in any of `namespaces` (any namespace when omitted). */
export function childrenNamed(el: XmlElement | undefined, name: string, namespaces?: readonly string[]): XmlElement[] {
  if (!el) return [];
  return el.children.filter((c): c is XmlElement => typeof c !== "string" && c.name === name && (!namespaces || namespaces.includes(c.ns)));
}

export function childNamed(el: XmlElement | undefined, name: string, namespaces?: readonly string[]): XmlElement | undefined {
  return childrenNamed(el, name, namespaces)[0];
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");

/** Serialises children as HTML (embedded XHTML, or markup left unescaped in an RSS description). */
export function innerHtml(el: XmlElement): string {
  return el.children
    .map((c) => {
      if (typeof c === "string") return escapeText(c);
      const attrs = Object.entries(c.attrs).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join("");
      return c.children.length === 0 ? `<${c.name}${attrs}/>` : `<${c.name}${attrs}>${innerHtml(c)}</${c.name}>`;
    })
    .join("");
}
