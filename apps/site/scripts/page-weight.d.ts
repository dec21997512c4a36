export interface PageWeight {
  /** The page's URL path. */
  page: string;
  html: number;
  css: number;
  js: number;
  json: number;
  total: number;
}
/** The weight of the page at `file` (relative to `site`), in gzip-compressed bytes. */
export declare function pageWeight(site: string, file: string, sizes?: Map<string, number>): PageWeight;
/** The weight of every HTML page of a built site, heaviest first. */
export declare function siteWeights(site: string): PageWeight[];
