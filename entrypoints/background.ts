import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wiring for pack subscriptions and the panel arrives with the later issues.
});
