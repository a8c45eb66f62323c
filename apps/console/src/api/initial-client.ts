import { createConsoleClient } from './client';

/** The client of the page load (replaced when the session changes, see ClientProvider). */
export const initialClient = createConsoleClient();
