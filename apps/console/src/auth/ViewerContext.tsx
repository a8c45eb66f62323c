// Who is signed in, for every page behind the sign-in.
import { createContext, useContext } from 'react';
import type { ViewerQuery } from '../graphql/generated/graphql';

export type Viewer = ViewerQuery['viewer'];

export const ViewerContext = createContext<Viewer | null>(null);

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside the signed-in layout');
  return viewer;
}
