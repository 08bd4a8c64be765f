/** Shown where no content script can run: browser pages, extension stores, PDF viewers, or a tab opened before install. */
export function UnsupportedPage() {
  return (
    <section class="unsupported" aria-labelledby="unsupported-heading">
      <h2 id="unsupported-heading">ClaimLens can’t read this page</h2>
      <p>
        It works on ordinary web pages (http and https). Browser pages, extension stores and PDF files are out of
        its reach.
      </p>
      <p>If this is a news page that was open before ClaimLens was installed, reload it.</p>
    </section>
  );
}
