import '@mantine/core/styles.css';
import { i18nReady } from './i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { openingPageCode } from './app/router';

// The first paint is already in the person's language, with the opening page's code (fetched in
// parallel): a spinner first would only delay the page behind React's reveal throttle.
void Promise.allSettled([i18nReady, openingPageCode]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
