import { startClaimLens } from '@/src/extension/content/start-content';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startClaimLens(ctx);
  },
});
