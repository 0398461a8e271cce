import { getMessages } from "./_lib/request-context";

export default async function NotFound() {
  const { t } = await getMessages();
  return (
    <>
      <h1 className="text-2xl font-bold">{t.notFound}</h1>
      <p className="mt-2">{t.notFoundText}</p>
      <p className="mt-4"><a className="underline hover:no-underline" href="/">{t.backHome}</a></p>
    </>
  );
}
