/**
 * Debian's Chromium, as every browser test drives it through playwright-core: the project's one definition
 * (`@strategi/chromium`), which the site's PDF step uses too.
 */
export { chromiumArgs, chromiumPath } from '@strategi/chromium';
