// Evaluated before React on purpose: see early.ts.
import './early.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/app.tsx';
import { firstState, showRequests } from './early.ts';
import './styles/base.css';
import './styles/nav.css';
import './styles/buttons.css';
import './styles/banners.css';
import './styles/welcome.css';
import './styles/list.css';
import './styles/detail.css';
import './styles/forms.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App api={window.optout} showRequests={showRequests} firstState={firstState} />
  </StrictMode>,
);
