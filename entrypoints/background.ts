import { startBackground } from '@/src/extension/background/start-background';

export default defineBackground(() => {
  startBackground();
});
