export default defineBackground(() => {
  // wired up in src/background
});
