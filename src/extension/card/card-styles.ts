/** Styles inside the card's shadow root: the page's CSS cannot reach them, nor they the page. */
export const CARD_CSS = `
:host { all: initial; position: fixed; top: 0; left: 0; z-index: 2147483647; }
.card {
  box-sizing: border-box; width: min(360px, calc(100vw - 16px)); max-height: 60vh; overflow: auto;
  padding: 10px 12px; border-radius: 8px; border: 1px solid #cbd5e1; background: #ffffff; color: #0f172a;
  box-shadow: 0 6px 24px rgb(15 23 42 / 0.18); font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
}
.card[data-relation="conflicts"] { border-top: 4px solid #b91c1c; }
.card[data-relation="supports"] { border-top: 4px solid #1d4ed8; }
h2 { margin: 0 0 6px; font-size: 13px; font-weight: 650; }
.mark { display: inline-block; margin-right: 4px; font-weight: 700; }
p { margin: 0 0 4px; }
ul { margin: 0 0 8px; padding-left: 18px; }
.who { color: #475569; font-size: 12px; }
.who li { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.who b { font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; font-size: 12px; }
caption { text-align: left; font-weight: 600; padding-bottom: 2px; }
th, td { text-align: left; padding: 2px 6px 2px 0; vertical-align: top; }
tr.page th, tr.page td { font-weight: 700; }
.hint { color: #64748b; font-size: 11px; margin: 6px 0 0; }
@media (prefers-color-scheme: dark) {
  .card { background: #0f172a; color: #e2e8f0; border-color: #334155; }
  .who { color: #94a3b8; }
  .hint { color: #94a3b8; }
}
`;
