/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** `public` or `preview`, set by astro.config.ts from STRATEGI_BUILD. */
  readonly STRATEGI_BUILD_MODE: string;
  /** Absolute path of the content folder, set by astro.config.ts. */
  readonly STRATEGI_CONTENT_DIR: string;
}
