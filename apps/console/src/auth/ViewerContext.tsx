// Who is signed in, for every page behind the sign-in.
import { createContext, useContext } from 'react';
import type { ViewerQuery } from '../graphql/generated/graphql';

export type Viewer = ViewerQuery['viewer'];

export const ViewerContext = createContext<Viewer | null>(null);

/** Who is signed in; null while the signed-in layout is still asking (its pages render meanwhile). */
export function useViewerOrNull(): Viewer | null {
  return useContext(ViewerContext);
}

/** For the parts rendered only once the viewer is known (the header's menu, the command palette). */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer before the viewer is known');
  return viewer;
}
