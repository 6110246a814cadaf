import { render } from 'preact';
import { ext } from '../src/shared/browser-api';
import { openNewsmarkDb } from '../src/store/db';
import { App } from './App';
import { t, uiLanguage } from './i18n';
import { resolveTargetUrl } from './target-url';

document.documentElement.lang = uiLanguage().startsWith('vi') ? 'vi' : 'en';
document.title = t('popupTitle');

render(
  <App db={openNewsmarkDb()} targetUrl={resolveTargetUrl(location.search, ext.tabs)} />,
  document.getElementById('app')!,
);
