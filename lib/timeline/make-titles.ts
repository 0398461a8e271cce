// English and French titles: "Facebook, Instagram and WhatsApp outage" / "Panne de Facebook, Instagram et WhatsApp".
import { TITLE } from "./data/wording";

const MAX_NAMED = 4;

/** Both titles of an incident from its ranked services. */
export function makeTitles(services: string[]): { title: string; titleFr: string } {
  const named = services.slice(0, MAX_NAMED);
  if (named.length === 0) return { title: TITLE.en.none, titleFr: TITLE.fr.none };
  return { title: TITLE.en.template(joinList(named, TITLE.en.and)), titleFr: TITLE.fr.template(joinList(named, TITLE.fr.and)) };
}

function joinList(items: string[], and: string): string {
  if (items.length === 1) return items[0];
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}
