import { render } from 'preact';
import { browser } from '../src/shared/browser-api';
import { openNewsmarkDb } from '../src/store/db';
import { requestPersistenceOnce } from '../src/store/persistence';
import { App, type Surface } from './App';
import { VIEWS } from './components/Tabs';
import { t, uiLanguage } from './i18n';
import { type TabLinkApi, tabLink } from './tab-link';
import { resolveTargetUrl } from './target-url';

document.documentElement.lang = uiLanguage().startsWith('vi') ? 'vi' : 'en';
document.title = t('popupTitle');

// panel.html is the same app as the side panel (Chromium) or sidebar (Firefox).
const surface: Surface = document.documentElement.dataset.surface === 'panel' ? 'panel' : 'popup';
const params = new URLSearchParams(location.search);
// `popup.html?view=library` opens the same app full-size in a tab.
const requested = params.get('view');
const initialView = VIEWS.find((view) => view === requested);
if (initialView && surface === 'popup') document.documentElement.classList.add('full-size');

const db = openNewsmarkDb();
// The popup is a window in every browser, so it can ask where a service worker cannot.
requestPersistenceOnce(db).catch((error: unknown) => console.warn('Newsmark storage:', error));

// `?url=` pins one page (tests, a pinned tab); else the app follows the active tab, of the
// window `?window=` names (the panel's page opened in a tab of its own) or its own window.
const pinned = params.has('url');
const windowId = Number(params.get('window'));
const link = pinned
  ? undefined
  : tabLink(
      browser as unknown as TabLinkApi,
      Number.isInteger(windowId) && windowId > 0 ? windowId : undefined,
    );

render(
  <App
    db={db}
    surface={surface}
    {...(link ? { link } : { targetUrl: resolveTargetUrl(location.search, browser.tabs) })}
    {...(initialView ? { initialView } : {})}
  />,
  document.getElementById('app')!,
);
