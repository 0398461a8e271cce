// Words that place a day by counting back from the publication ("hier après-midi", "yesterday
// evening", "last night", "avant-hier"): the day they give is only as right as the publication's
// day. A weekday or a date ("lundi après-midi", "on 18 May") is the writer's own and holds however
// the article was stamped. French and English, as the press writes them; matched at a phrase's start.
export const PUBLICATION_RELATIVE_DAY = /^(?:hier|avant-hier|yesterday|the day before yesterday|last night)\b/i;
