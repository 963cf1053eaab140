// "Order #A-10234", "order number 55123", "#88231", 「注文番号：12345」. An id needs a digit and four or more
// characters, so "#1 priority" or "order of 3" are not taken for order numbers.
const ENGLISH = /(?:\border(?:\s+(?:number|no\.?|id|ref(?:erence)?))?\s*(?:is\s+)?[:#]?\s*#?|#)\s*([A-Z0-9][A-Z0-9-]{2,23}[A-Z0-9])\b/gi;
const JAPANESE = /(?:ご?注文番号|オーダー(?:番号|ID)|受注番号|注文ID)\s*(?:は|：|:)?\s*[#＃]?\s*([A-Za-z0-9][A-Za-z0-9-]{2,23}[A-Za-z0-9])/g;

/** Order numbers a message mentions, in order of appearance, without duplicates. */
export function findOrderIds(text: string): string[] {
  const normalized = text.normalize('NFKC');
  const found: { at: number; id: string }[] = [];
  for (const pattern of [ENGLISH, JAPANESE]) {
    for (const match of normalized.matchAll(pattern)) {
      const id = match[1]!;
      if (/\d/.test(id)) found.push({ at: match.index, id });
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((entry) => entry.id))];
}
