/**
 * What the build knows about where the page is published, from its environment (vite.config.ts
 * fills these from REPOSITORY or GitHub Actions' GITHUB_REPOSITORY, BYLINE and NEWSROOM). Empty
 * strings when unset: a local build has no repository, and corrections fall back to e-mail.
 */
export const BUILD = {
  /** `owner/name` of the repository whose issue form takes corrections, or ''. */
  repository: import.meta.env.VITE_REPOSITORY ?? '',
  byline: import.meta.env.VITE_BYLINE ?? '',
  newsroom: import.meta.env.VITE_NEWSROOM ?? '',
}
