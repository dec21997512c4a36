/** The editor's stylesheets and scripts (public-files.ts), which a browser may keep: their addresses name their content. */
import { Hono } from 'hono';
import { publicFiles } from '../public-files.ts';
import { keptByBrowser } from './built-preview.ts';

export const assetRoutes = new Hono();
for (const file of publicFiles) assetRoutes.get(file.path, (c) => keptByBrowser(c.body(file.body, 200, { 'Content-Type': file.type })));
