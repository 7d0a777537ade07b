import { render } from 'preact';
import { App } from './ui/App';
import { installAutomationHook } from './ui/automation';
import { registerServiceWorker } from './ui/registerServiceWorker';
import './ui/styles.css';

installAutomationHook();
render(<App />, document.getElementById('app')!);
registerServiceWorker();
