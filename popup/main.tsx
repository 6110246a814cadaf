import { render } from 'preact';
import { browser } from '../src/shared/browser-api';
import { openNewsmarkDb } from '../src/store/db';
import { requestPersistenceOnce } from '../src/store/persistence';
import { App } from './App';
import { VIEWS } from './components/Tabs';
import { t, uiLanguage } from './i18n';
import { resolveTargetUrl } from './target-url';

document.documentElement.lang = uiLanguage().startsWith('vi') ? 'vi' : 'en';
document.title = t('popupTitle');

// `popup.html?view=library` opens the same app full-size in a tab.
const requested = new URLSearchParams(location.search).get('view');
const initialView = VIEWS.find((view) => view === requested);
if (initialView) document.documentElement.classList.add('full-size');

const db = openNewsmarkDb();
// The popup is a window in every browser, so it can ask where a service worker cannot.
requestPersistenceOnce(db).catch((error: unknown) => console.warn('Newsmark storage:', error));

render(
  <App db={db} targetUrl={resolveTargetUrl(location.search, browser.tabs)} initialView={initialView} />,
  document.getElementById('app')!,
);
