export * from './facts';
export * from './engine';
export { guessPolicyLocale, type PolicyLocale, type ReturnReason } from './messages';
