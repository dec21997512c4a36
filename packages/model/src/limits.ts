/**
 * Bounds that keep one hostile file from stalling or exhausting a run. A strategy document is a few kB;
 * these are far above any real one and far below what would hurt.
 */
export const limits = {
  /** Largest file read, in bytes. */
  maxFileBytes: 256 * 1024,
  /** Longest line, in characters. */
  maxLineLength: 20_000,
  /** Most YAML aliases expanded in one frontmatter. */
  maxAliasCount: 50,
  /** Deepest nesting of YAML values. */
  maxYamlDepth: 20,
  /**
   * Deepest nesting of a body: quotes, lists, emphasis and raw HTML elements inside each other, counted as in
   * parse/nesting.ts. Rendering walks the tree recursively and fails somewhere past 1,000; a list nested 30 deep
   * is 60, and real text stays under 15.
   */
  maxNestingDepth: 64,
  /**
   * Most inline markers (`*`, `_`, `[`, `]`, `` ` ``, `<`) in one paragraph and in one body, counted before parsing
   * (parse/markers.ts): micromark matches them in time that grows with the square of a paragraph's count, or faster.
   * Real text has under 10 in a paragraph and under 50 in a body. The slowest body found within both bounds (ten
   * paragraphs of 100 nested «![» and 100 «](b)», the worst of the patterns measured) parsed in 1.5 s on a
   * 2-core machine shared by eight test runs, where «[a](» × 60,000 in one paragraph takes four minutes.
   */
  maxMarkersPerParagraph: 200,
  maxMarkersPerBody: 2_000,
  /** Files larger than this are parsed in a worker thread that can be stopped (see parse/isolated.ts). */
  isolateAboveBytes: 16 * 1024,
  /** Most processor time one file may take to parse before it is stopped and reported: the last resort, after the bounds above. */
  parseTimeoutMs: 5_000,
  /** Most memory (V8 old generation, MB) the worker may use for one file before it is stopped and reported. */
  parseMemoryMb: 256,
};
export type Limits = { [K in keyof typeof limits]: number };
