import { render } from 'preact';
import { loadClaimIndex } from '@/src/index/load-index';
import { PopupApp } from '@/src/popup/popup-app';
import '@/src/popup/popup.css';

render(<PopupApp index={loadClaimIndex()} />, document.getElementById('app')!);
