/**
 * Styles inside the overlay's closed shadow root. The page's CSS cannot reach in; `:host` rules are
 * !important, since for a shadow host an !important rule of the shadow tree beats the page's rules,
 * `*{all:unset}` included. Every box is positioned in document coordinates, out of the page's flow.
 */
export const OVERLAY_CSS = `
:host { all: initial !important; display: block !important; position: absolute !important; top: 0 !important;
  left: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important;
  z-index: 2147483647 !important; pointer-events: none !important; }
* { box-sizing: border-box; }
.stop { position: fixed; top: 8px; left: 8px; pointer-events: auto; clip-path: inset(50%); width: 1px; height: 1px;
  overflow: hidden; padding: 0; border: 0; font: 600 13px/1.3 system-ui, sans-serif; }
.stop:focus { clip-path: none; width: auto; height: auto; padding: 6px 10px; border-radius: 6px;
  background: #1e293b; color: #f8fafc; outline: 2px solid #f59e0b; outline-offset: 1px; }
.ring { position: absolute; border: 2px solid #1d4ed8; border-radius: 3px; box-shadow: 0 0 0 2px #ffffff; }
.badge { position: absolute; min-width: 1.4em; padding: 0 2px; border-radius: 0.7em; background: #92400e; color: #ffffff;
  font: 700 9px/1.25 system-ui, sans-serif; text-align: center; box-shadow: 0 0 0 1px #ffffff; }
.card { position: absolute; pointer-events: auto; width: min(340px, calc(100vw - 16px)); overflow: auto;
  padding: 8px 10px; border-radius: 8px; border: 1px solid #cbd5e1; background: #ffffff; color: #0f172a;
  box-shadow: 0 6px 24px rgb(15 23 42 / 0.18); font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
.card[data-relation="conflicts"] { border-left: 4px solid #b45309; }
.card[data-relation="supports"] { border-left: 4px solid #64748b; }
.card[data-theme="dark"] { background: #0f172a; color: #e2e8f0; border-color: #334155; }
.heading { margin: 0 0 4px; font-weight: 650; }
.sign { display: inline-block; min-width: 1.2em; margin-right: 4px; font-weight: 700; }
p { margin: 0 0 4px; }
.who, .hint { color: #475569; font-size: 12px; }
.card[data-theme="dark"] .who, .card[data-theme="dark"] .hint { color: #94a3b8; }
.hint { font-size: 11px; margin: 4px 0 0; }
table { border-collapse: collapse; width: 100%; margin: 2px 0 6px; font-size: 12px; }
th, td { text-align: left; padding: 1px 6px 1px 0; vertical-align: top; font-weight: 400; }
tr.page th, tr.page td { font-weight: 700; }
.live { position: fixed; clip-path: inset(50%); width: 1px; height: 1px; overflow: hidden; }
`;
