export { buildFaqIndex } from './build';
export { searchFaq } from './search';
export type { FaqIndex, FaqIndexOptions, FaqMatch, FaqSearchOptions, FaqSearchResult, FaqField } from './types';
export { queryFromMessage } from './query-from-message';
export { serializeFaqIndex, loadFaqIndex, type SerializedFaqIndex } from './serialize';
