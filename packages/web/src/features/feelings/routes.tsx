import type { RouteObject } from 'react-router';

/** The feelings screens, mounted by the app router inside the signed-in layout. */
export const feelingsRoutes: RouteObject[] = [];
