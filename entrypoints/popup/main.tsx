import { render } from 'preact';
import { loadClaimIndex } from '@/src/index/load-index';
import { PopupApp } from '@/src/popup/popup-app';
import { followNarrowWindow } from '@/src/popup/follow-narrow-window';
import '@/src/popup/popup.css';

followNarrowWindow(document.documentElement);
render(<PopupApp index={loadClaimIndex()} />, document.getElementById('app')!);
