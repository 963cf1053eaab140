/** Placeholders a phrasing may use; `{name|fallback}` supplies words for when the value is unknown. */
export const PLACEHOLDERS = ['customerName', 'orderId', 'emotionWord', 'agentName', 'item'] as const;
export type PlaceholderName = (typeof PLACEHOLDERS)[number];
