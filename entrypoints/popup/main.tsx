import { render } from 'preact';
import { WordingContext } from '@/components/shared/wording';
import { browserWording } from '@/utils/extension/i18n';
import { App } from './App';
import './style.css';

const wording = browserWording();
document.documentElement.lang = wording.locale;
document.title = wording.t('ext_name');

render(
  <WordingContext.Provider value={wording}>
    <App />
  </WordingContext.Provider>,
  document.getElementById('app')!,
);
