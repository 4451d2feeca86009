/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** owner/name of the repository for "Report a correction" (vite.config.ts). */
  readonly VITE_REPOSITORY?: string
  readonly VITE_BYLINE?: string
  readonly VITE_NEWSROOM?: string
}
