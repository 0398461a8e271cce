// The Pages Router document (only the incident page lives there: it is prerendered per language
// and served from the full-page cache, with no framework JavaScript).
import { Head, Html, Main, NextScript, type DocumentProps } from "next/document";
import { BODY_CLASS } from "../components/site-body";

export default function Document(props: DocumentProps) {
  const lang = props.__NEXT_DATA__.props?.pageProps?.lang === "fr" ? "fr" : "en";
  return (
    <Html lang={lang}>
      <Head />
      <body className={BODY_CLASS}>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
