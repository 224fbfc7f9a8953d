import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/app.tsx';
import { warmUpIntl } from './lib/intl.ts';
import { createShowRequests } from './lib/show-requests.ts';
import './styles.css';

// Before React starts: ask for the state now so the IPC round trip overlaps
// React's own start-up, and catch main's "show this checklist" that comes
// right after load.
const firstState = window.optout?.getState();
const showRequests = createShowRequests(window.optout);
warmUpIntl();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App api={window.optout} showRequests={showRequests} firstState={firstState} />
  </StrictMode>,
);
