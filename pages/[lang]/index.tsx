// /en and /fr: the home page in one language whatever the reader's settings, so each language has
// an address to share and index. Same page as /, language taken from the path.
import type { GetServerSideProps } from "next";
import { homeProps, type HomeProps } from "../../app/_lib/home-props";
import Home from "../index";
import { parseLocale } from "../../lib/i18n/resolve-locale";

export const config = { unstable_runtimeJS: false };

type Props = HomeProps;

export const getServerSideProps: GetServerSideProps<Props, { lang: string }> = async ({ params, query, resolvedUrl }) => {
  const lang = params?.lang === "en" || params?.lang === "fr" ? parseLocale(params.lang) : null;
  if (!lang) return { notFound: true };
  const rest = Object.fromEntries(Object.entries(query).filter(([k]) => k !== "lang"));
  return homeProps({ lang, path: resolvedUrl.split("?")[0] }, rest);
};

export default Home;
