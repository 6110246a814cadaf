import { render } from 'preact';

render(<p>Newsmark</p>, document.getElementById('app')!);
