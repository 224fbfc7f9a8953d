import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/app.tsx';
import { createShowRequests } from './lib/show-requests.ts';
import './styles.css';

// Before the first render: main may ask to show a checklist right after load.
const showRequests = createShowRequests(window.optout);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App api={window.optout} showRequests={showRequests} />
  </StrictMode>,
);
