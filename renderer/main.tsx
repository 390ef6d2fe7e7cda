import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { hasDesk } from './app/desk';
import './styles/base.css';
import './styles/library.css';
import './styles/review.css';

const root = createRoot(document.getElementById('root')!);
if (hasDesk()) {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
} else {
  root.render(
    <div className="view-message" role="alert">
      <h1>License Desk could not start</h1>
      <p>This window was opened without the License Desk bridge (window.desk). Start the app with “npm start”.</p>
    </div>,
  );
}
