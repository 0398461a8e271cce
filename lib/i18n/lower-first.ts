/** "Réseau (BGP/DNS)" → "réseau (BGP/DNS)": a label placed inside a sentence, acronyms kept. */
export const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
