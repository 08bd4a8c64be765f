import { render } from 'preact';
import { OptionsApp } from '@/src/options/options-app';
import '@/src/options/options.css';

render(<OptionsApp />, document.getElementById('app')!);
