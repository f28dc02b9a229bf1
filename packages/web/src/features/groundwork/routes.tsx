import type { RouteObject } from 'react-router';

/** The groundwork screens, mounted by the app router inside the signed-in layout. */
export const groundworkRoutes: RouteObject[] = [];
